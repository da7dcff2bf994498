#include "DeadlineRuleRepository.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRuleRepository)
};

QJsonObject toJson(const DeadlineRule& r)
{
    return {{QStringLiteral("offsets"), r.offsetsText()},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("lead_days"), r.leadDays},
            {QStringLiteral("notify"), r.notify},
            {QStringLiteral("enabled"), r.enabled}};
}

} // namespace

Result<QList<DeadlineRule>> DeadlineRuleRepository::list()
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT r.kind, r.trigger_record, r.offsets, r.unit, r.lead_days, r.notify, r.enabled, u.name, "
                       "r.updated_at FROM deadline_rule r LEFT JOIN app_user u ON u.id = r.updated_by"));
    if (!st)
        return st.error();
    QList<DeadlineRule> rules;
    while (st->next()) {
        DeadlineRule r;
        r.kind = st->text(0);
        r.triggerRecord = st->text(1);
        DeadlineRule::parseOffsets(st->text(2), &r.offsets);
        r.unit = st->text(3);
        r.leadDays = int(st->int64(4));
        r.notify = st->text(5);
        r.enabled = st->int64(6) != 0;
        r.updatedBy = st->text(7);
        r.updatedAt = st->text(8);
        rules << r;
    }
    if (st->failed())
        return st->error();
    const QStringList order = DeadlineRule::kinds();
    std::sort(rules.begin(), rules.end(), [&](const DeadlineRule& a, const DeadlineRule& b) {
        return order.indexOf(a.kind) < order.indexOf(b.kind);
    });
    return rules;
}

Result<DeadlineRule> DeadlineRuleRepository::find(const QString& kind)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const DeadlineRule& r : *all)
        if (r.kind == kind)
            return r;
    return makeError(Tr::tr("There is no deadline rule '%1'.").arg(kind));
}

Status DeadlineRuleRepository::save(const DeadlineRule& rule)
{
    if (!m_store.access().canAdminister())
        return makeError(Tr::tr("Only an administrator may change the deadline rules."));
    if (auto s = rule.check(); !s)
        return s;
    auto before = find(rule.kind);
    if (!before)
        return before.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto st = db.prepare(QStringLiteral("UPDATE deadline_rule SET offsets = ?, unit = ?, lead_days = ?, notify = ?, "
                                        "enabled = ?, updated_by = ?, updated_at = ? WHERE kind = ?"));
    if (!st)
        return st.error();
    st->bind(1, rule.offsetsText())
        .bind(2, rule.unit)
        .bind(3, rule.leadDays)
        .bind(4, rule.notify)
        .bind(5, rule.enabled ? 1 : 0)
        .bind(6, m_store.user().id)
        .bind(7, m_store.timestamp())
        .bind(8, rule.kind);
    if (auto s = st->exec(); !s)
        return s;
    if (AuditTrail& audit = m_store.audit(); audit.canSign()) {
        QJsonObject detail = toJson(rule);
        detail.insert(QStringLiteral("before"), toJson(*before));
        if (auto s = audit.append(
                {AuditAction::DeadlineRuleChanged, QStringLiteral("deadline_rule"), 0, rule.kind, QString(), detail});
            !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    Logging::logger("storage")->info("deadline rule {} changed", rule.kind.toStdString());
    return Status::success();
}

} // namespace reper
