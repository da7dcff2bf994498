#include "PopulationRepository.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "PopulationRepository").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationRepository)
};

const char* const kSelect = "SELECT p.year, p.total, p.female, p.male, p.children, p.adults, p.source, u.name, "
                            "p.entered_at FROM population p JOIN app_user u ON u.id = p.entered_by";

PopulationEntry readEntry(const Statement& st)
{
    PopulationEntry e;
    e.year = int(st.int64(0));
    e.total = st.int64(1);
    e.female = st.optInt64(2);
    e.male = st.optInt64(3);
    e.children = st.optInt64(4);
    e.adults = st.optInt64(5);
    e.source = st.text(6);
    e.enteredBy = st.text(7);
    e.enteredAt = st.text(8);
    return e;
}

QJsonObject toJson(const PopulationEntry& e)
{
    QJsonObject o{{QStringLiteral("total"), e.total}, {QStringLiteral("source"), e.source}};
    const auto part = [&](const char* name, const std::optional<qint64>& v) {
        if (v)
            o.insert(QLatin1String(name), *v);
    };
    part("female", e.female);
    part("male", e.male);
    part("children", e.children);
    part("adults", e.adults);
    return o;
}

Status mayChange(const Store& store)
{
    if (!store.access().canAdminister())
        return makeError(Tr::tr("Only an administrator may enter the population of a year."));
    return Status::success();
}

} // namespace

Status PopulationRepository::check(const PopulationEntry& e)
{
    if (e.year < 1900 || e.year > 2200)
        return makeError(Tr::tr("year: %1 is not a year from 1900 to 2200.").arg(e.year));
    if (e.total <= 0)
        return makeError(Tr::tr("total: the population must be a positive number."));
    const std::pair<const char*, const std::optional<qint64>*> parts[]
        = {{"female", &e.female}, {"male", &e.male}, {"children", &e.children}, {"adults", &e.adults}};
    for (const auto& [name, value] : parts) {
        if (*value && (**value < 0 || **value > e.total))
            return makeError(Tr::tr("%1: %2 is not between 0 and the total, %3.")
                                 .arg(QLatin1String(name))
                                 .arg(**value)
                                 .arg(e.total));
    }
    if (e.female && e.male && *e.female + *e.male != e.total)
        return makeError(Tr::tr("female, male: %1 and %2 add up to %3, not to the total %4.")
                             .arg(*e.female)
                             .arg(*e.male)
                             .arg(*e.female + *e.male)
                             .arg(e.total));
    if (e.children && e.adults && *e.children + *e.adults != e.total)
        return makeError(Tr::tr("children, adults: %1 and %2 add up to %3, not to the total %4.")
                             .arg(*e.children)
                             .arg(*e.adults)
                             .arg(*e.children + *e.adults)
                             .arg(e.total));
    if (e.source.trimmed().isEmpty())
        return makeError(Tr::tr("source: say where the numbers come from (institute, table, date)."));
    return Status::success();
}

Status PopulationRepository::set(const PopulationEntry& entry)
{
    if (auto s = mayChange(m_store); !s)
        return s;
    if (auto s = check(entry); !s)
        return s;
    auto before = find(entry.year);
    if (!before)
        return before.error();
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto del = db.prepare(QStringLiteral("DELETE FROM population WHERE year = ?"));
    if (!del)
        return del.error();
    del->bind(1, entry.year);
    if (auto s = del->exec(); !s)
        return s;
    auto insert = db.prepare(QStringLiteral("INSERT INTO population (year, total, female, male, children, adults, "
                                            "source, entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, entry.year)
        .bind(2, entry.total)
        .bind(3, entry.female)
        .bind(4, entry.male)
        .bind(5, entry.children)
        .bind(6, entry.adults)
        .bind(7, entry.source.trimmed())
        .bind(8, m_store.user().id)
        .bind(9, m_store.timestamp());
    if (auto s = insert->exec(); !s)
        return s;
    if (AuditTrail& audit = m_store.audit(); audit.canSign()) {
        QJsonObject detail = toJson(entry);
        if (*before)
            detail.insert(QStringLiteral("before"), toJson(**before));
        if (auto s = audit.append({AuditAction::PopulationSet, QStringLiteral("population"), entry.year,
                                   QString::number(entry.year), QString(), detail});
            !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    Logging::logger("storage")->info("population of {} entered", entry.year);
    return Status::success();
}

Status PopulationRepository::remove(int year)
{
    if (auto s = mayChange(m_store); !s)
        return s;
    auto before = find(year);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(Tr::tr("No population was entered for %1.").arg(year));
    Database& db = m_store.db();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    auto del = db.prepare(QStringLiteral("DELETE FROM population WHERE year = ?"));
    if (!del)
        return del.error();
    del->bind(1, year);
    if (auto s = del->exec(); !s)
        return s;
    if (AuditTrail& audit = m_store.audit(); audit.canSign()) {
        if (auto s = audit.append({AuditAction::PopulationRemoved, QStringLiteral("population"), year,
                                   QString::number(year), QString(), toJson(**before)});
            !s)
            return s;
    }
    return tx.commit();
}

Result<std::optional<PopulationEntry>> PopulationRepository::find(int year)
{
    auto st = m_store.db().prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE p.year = ?"));
    if (!st)
        return st.error();
    st->bind(1, year);
    if (st->next())
        return std::optional<PopulationEntry>(readEntry(*st));
    if (st->failed())
        return st->error();
    return std::optional<PopulationEntry>();
}

Result<QList<PopulationEntry>> PopulationRepository::list()
{
    auto st = m_store.db().prepare(QLatin1String(kSelect) + QStringLiteral(" ORDER BY p.year"));
    if (!st)
        return st.error();
    QList<PopulationEntry> out;
    while (st->next())
        out << readEntry(*st);
    if (st->failed())
        return st->error();
    return out;
}

} // namespace reper
