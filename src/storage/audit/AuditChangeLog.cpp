#include "AuditChangeLog.h"

#include "storage/Store.h"
#include "storage/engine/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <vector>

namespace reper {

namespace {

struct TableSpec
{
    QString table;
    QString codeColumn; // the record's own code, if it has one
    bool victimLinked; // the victim's code names the record
    QStringList columns; // the statistical columns the triggers stage
};

const std::vector<TableSpec>& specs()
{
    static const std::vector<TableSpec> all = {
        {QStringLiteral("victim"),
         QStringLiteral("code"),
         false,
         {QStringLiteral("code"), QStringLiteral("center_id"), QStringLiteral("sex"), QStringLiteral("birth_date"),
          QStringLiteral("birth_year"), QStringLiteral("citizenship"), QStringLiteral("county"),
          QStringLiteral("residence_env"), QStringLiteral("education")}},
        {QStringLiteral("identification"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("notification_date"),
          QStringLiteral("identification_date"), QStringLiteral("mnir_status"), QStringLiteral("institution"),
          QStringLiteral("scope"), QStringLiteral("primary_exploitation"), QStringLiteral("attempt"),
          QStringLiteral("exploitation_country"), QStringLiteral("recruitment"), QStringLiteral("recruiter_relation")}},
        {QStringLiteral("assistance"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("service"),
          QStringLiteral("provider"), QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {QStringLiteral("repatriation"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("from_country"),
          QStringLiteral("request_date"), QStringLiteral("arrival_date"), QStringLiteral("entry_point"),
          QStringLiteral("status")}},
        {QStringLiteral("judicial"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("case_ref"),
          QStringLiteral("body"), QStringLiteral("stage"), QStringLiteral("role"), QStringLiteral("support"),
          QStringLiteral("hearing_date")}},
        {QStringLiteral("victim_case"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("status"),
          QStringLiteral("worker_id"), QStringLiteral("opened_on"), QStringLiteral("closed_on"),
          QStringLiteral("closing_reason"), QStringLiteral("referred_to")}},
        {QStringLiteral("monitoring_contact"),
         {},
         true,
         {QStringLiteral("victim_id"), QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("kind"),
          QStringLiteral("next_date")}},
        {QStringLiteral("campaign"),
         QStringLiteral("code"),
         false,
         {QStringLiteral("code"), QStringLiteral("center_id"), QStringLiteral("title"), QStringLiteral("level"),
          QStringLiteral("funding"), QStringLiteral("funder"), QStringLiteral("start_date"),
          QStringLiteral("end_date")}},
        {QStringLiteral("prevention_activity"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("campaign_id"),
          QStringLiteral("type"), QStringLiteral("target_group"), QStringLiteral("participants"),
          QStringLiteral("materials"), QStringLiteral("online_reach")}},
        {QStringLiteral("protocol"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("signed_date"), QStringLiteral("partner")}},
        {QStringLiteral("action_plan"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("partner")}},
        {QStringLiteral("team_meeting"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("attendees")}},
        {QStringLiteral("training"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("county"), QStringLiteral("audience"),
          QStringLiteral("participants"), QStringLiteral("topic")}},
        {QStringLiteral("event"),
         {},
         false,
         {QStringLiteral("center_id"), QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("role"),
          QStringLiteral("title")}},
        {QStringLiteral("funded_project"),
         QStringLiteral("code"),
         false,
         {QStringLiteral("code"), QStringLiteral("center_id"), QStringLiteral("title"), QStringLiteral("funder"),
          QStringLiteral("focus"), QStringLiteral("start_date"), QStringLiteral("end_date")}},
        {QStringLiteral("center"), QStringLiteral("code"), false, {QStringLiteral("code"), QStringLiteral("seat")}},
        {QStringLiteral("county"),
         QStringLiteral("code"),
         false,
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("center_id")}},
    };
    return all;
}

// A victim and the records about them (identification, assistance, repatriation, judicial): the
// trail says which fields changed, never their values (a birth date, a county, a case reference) —
// administrators read the trail and may see no record, and the trail is never erased. The record's
// own code (the victim code, a pseudonym) still names it. Campaigns and the other activities keep
// their values.
bool keepsValues(const TableSpec* spec)
{
    return spec && !spec->victimLinked && spec->table != QLatin1String("victim");
}

const TableSpec* specFor(const QString& table)
{
    for (const TableSpec& s : specs())
        if (s.table == table)
            return &s;
    return nullptr;
}

struct Staged
{
    QString field;
    QString oldValue;
    QString newValue;
    bool oldNull = true;
    bool newNull = true;
};

struct Group
{
    QString table; // the record's table (identity and exploitation forms join their record)
    QString recordId; // text: county records are keyed by code
    QString op; // "update" or "delete"
    QList<Staged> fields;
    QStringList identityFields;
    QStringList formsBefore; // exploitation forms removed or replaced
    bool formsTouched = false;
    qint64 actor = 0;
};

QString fieldName(const QString& column) { return column.endsWith(QLatin1String("_id")) ? column.chopped(3) : column; }

} // namespace

QStringList AuditChangeLog::auditedTables()
{
    QStringList out;
    for (const TableSpec& s : specs())
        out << s.table;
    out << QStringLiteral("victim_identity") << QStringLiteral("identification_exploitation");
    return out;
}

QString AuditChangeLog::victimCode(qint64 victimId)
{
    auto stGuard = m_store.db().cached("SELECT code FROM victim WHERE id = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return {};
    st->bind(1, victimId);
    const QString code = st->next() ? st->text(0) : QString();
    st->reset();
    return code;
}

QString AuditChangeLog::campaignCode(qint64 campaignId)
{
    auto stGuard = m_store.db().cached("SELECT code FROM campaign WHERE id = ?");
    Statement* st = stGuard ? stGuard->get() : nullptr;
    if (!st)
        return {};
    st->bind(1, campaignId);
    const QString code = st->next() ? st->text(0) : QString();
    st->reset();
    return code;
}

QString AuditChangeLog::valueText(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return value;
    if (field == QLatin1String("center_id"))
        return m_store.reference().centerCode(value.toLongLong());
    if (field == QLatin1String("victim_id"))
        return victimCode(value.toLongLong());
    if (field == QLatin1String("campaign_id"))
        return campaignCode(value.toLongLong());
    if (field == QLatin1String("worker_id")) {
        UserRepository users(m_store.db());
        auto who = users.findById(value.toLongLong());
        return who && who->has_value() ? (*who)->name : value;
    }
    return value;
}

Result<bool> AuditChangeLog::pending()
{
    auto anyGuard = m_store.db().cached("SELECT 1 FROM audit_change LIMIT 1");
    Statement* any = anyGuard ? anyGuard->get() : nullptr;
    if (!any)
        return makeError(QStringLiteral("audit staging unreadable"), m_store.db().lastError());
    const bool staged = any->next();
    if (any->failed())
        return any->error();
    any->reset();
    return staged;
}

Result<QList<AuditEvent>> AuditChangeLog::take()
{
    Database& db = m_store.db();
    auto staged = pending();
    if (!staged)
        return staged.error();
    if (!*staged)
        return QList<AuditEvent>();

    auto st = db.prepare(
        QStringLiteral("SELECT tbl, record_id, op, field, old_value, new_value, actor FROM audit_change ORDER BY id"));
    if (!st)
        return st.error();
    std::vector<Group> groups;
    const auto groupFor = [&](const QString& table, const QString& id, const QString& op) -> Group& {
        for (Group& g : groups)
            if (g.table == table && g.recordId == id && g.op == op)
                return g;
        groups.push_back(Group{table, id, op, {}, {}, {}, false, 0});
        return groups.back();
    };
    while (st->next()) {
        const QString tbl = st->text(0);
        const QString id = st->text(1);
        const QString op = st->text(2);
        const QString field = st->text(3);
        if (tbl == QLatin1String("victim_identity")) {
            groupFor(QStringLiteral("victim"), id, QStringLiteral("update")).identityFields
                << field << (op == QLatin1String("delete") ? QStringLiteral("erased") : QStringLiteral("changed"));
            continue;
        }
        if (tbl == QLatin1String("identification_exploitation")) {
            Group& g = groupFor(QStringLiteral("identification"), id, QStringLiteral("update"));
            g.formsTouched = true;
            g.formsBefore << st->text(4);
            continue;
        }
        Group& g = groupFor(tbl, id, op);
        g.fields << Staged{field, st->text(4), st->text(5), st->isNull(4), st->isNull(5)};
        if (!st->isNull(6))
            g.actor = st->int64(6);
    }
    if (st->failed())
        return st->error();
    if (auto s = db.exec(QStringLiteral("DELETE FROM audit_change")); !s)
        return s.error();

    // A record deleted in this batch takes its identity and forms along (cascades): one entry.
    for (Group& g : groups) {
        if (g.op != QLatin1String("update"))
            continue;
        for (Group& d : groups) {
            if (d.op == QLatin1String("delete") && d.table == g.table && d.recordId == g.recordId) {
                d.identityFields += g.identityFields;
                d.formsBefore += g.formsBefore;
                d.formsTouched = d.formsTouched || g.formsTouched;
                g.table.clear(); // merged
            }
        }
    }

    QList<AuditEvent> out;
    for (const Group& g : groups) {
        if (g.table.isEmpty())
            continue;
        const TableSpec* spec = specFor(g.table);
        const bool deleted = g.op == QLatin1String("delete");
        const bool namesOnly = spec && !keepsValues(spec);
        AuditEvent e;
        e.action = deleted ? AuditAction::RecordDeleted : AuditAction::RecordChanged;
        e.recordType = g.table;
        if (g.table == QLatin1String("county"))
            e.recordCode = g.recordId;
        else
            e.recordId = g.recordId.toLongLong();
        QJsonObject fields;
        QString centerId;
        QString victimId;
        for (const Staged& f : g.fields) {
            if (f.field == QLatin1String("center_id"))
                centerId = deleted ? f.oldValue : f.newValue;
            if (f.field == QLatin1String("victim_id"))
                victimId = deleted ? f.oldValue : f.newValue;
            if (spec && f.field == spec->codeColumn)
                e.recordCode = deleted ? f.oldValue : f.newValue;
            if (namesOnly && f.field != spec->codeColumn) {
                fields.insert(fieldName(f.field), deleted ? QStringLiteral("deleted") : QStringLiteral("changed"));
                continue;
            }
            QJsonObject change;
            change.insert(QStringLiteral("old"), f.oldNull ? QJsonValue() : QJsonValue(valueText(f.field, f.oldValue)));
            if (!deleted)
                change.insert(QStringLiteral("new"),
                              f.newNull ? QJsonValue() : QJsonValue(valueText(f.field, f.newValue)));
            fields.insert(fieldName(f.field), change);
        }
        for (int i = 0; i + 1 < g.identityFields.size(); i += 2)
            fields.insert(g.identityFields[i], deleted ? QStringLiteral("deleted") : g.identityFields[i + 1]);
        if (g.formsTouched && namesOnly) {
            fields.insert(QStringLiteral("exploitation"),
                          deleted ? QStringLiteral("deleted") : QStringLiteral("changed"));
        } else if (g.formsTouched) {
            QJsonObject change;
            change.insert(QStringLiteral("old"), g.formsBefore.join(QLatin1Char(';')));
            if (!deleted) {
                auto forms = db.prepare(QStringLiteral(
                    "SELECT form FROM identification_exploitation WHERE identification_id = ? ORDER BY position"));
                QStringList now;
                if (forms) {
                    forms->bind(1, e.recordId);
                    while (forms->next())
                        now << forms->text(0);
                }
                change.insert(QStringLiteral("new"), now.join(QLatin1Char(';')));
            }
            fields.insert(QStringLiteral("exploitation"), change);
        }
        // For a change, what the record is now says which centre and victim it belongs to.
        if (!deleted && spec && g.table != QLatin1String("county")) {
            QString cols = g.table == QLatin1String("center") ? QStringLiteral("id") : QStringLiteral("center_id");
            cols += spec->victimLinked ? QStringLiteral(", victim_id") : QStringLiteral(", NULL");
            cols += spec->codeColumn.isEmpty() ? QStringLiteral(", NULL") : QStringLiteral(", ") + spec->codeColumn;
            auto now = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(cols, g.table));
            if (now) {
                now->bind(1, e.recordId);
                if (now->next()) {
                    centerId = now->text(0);
                    if (spec->victimLinked)
                        victimId = now->text(1);
                    if (!spec->codeColumn.isEmpty())
                        e.recordCode = now->text(2);
                }
            }
        }
        if (g.table == QLatin1String("victim") && e.recordCode.isEmpty())
            e.recordCode = victimCode(e.recordId);
        if (spec && spec->victimLinked && !victimId.isEmpty()) {
            e.recordCode = victimCode(victimId.toLongLong());
            if (e.recordCode.isEmpty()) // the victim went in the same batch
                for (const Group& v : groups)
                    if (v.table == QLatin1String("victim") && v.recordId == victimId)
                        for (const Staged& f : v.fields)
                            if (f.field == QLatin1String("code"))
                                e.recordCode = f.oldValue;
        }
        if (!centerId.isEmpty())
            e.center = m_store.reference().centerCode(centerId.toLongLong());
        QJsonObject detail;
        detail.insert(QStringLiteral("fields"), fields);
        if (g.actor && g.actor != m_store.user().id) {
            UserRepository users(db);
            auto who = users.findById(g.actor);
            if (who && who->has_value())
                detail.insert(QStringLiteral("changed_by"), (*who)->name);
        }
        e.detail = detail;
        out << e;
    }
    return out;
}

Result<AuditEvent> AuditChangeLog::describeCreated(const QString& table, RecordId id)
{
    const TableSpec* spec = specFor(table);
    if (!spec || table == QLatin1String("county"))
        return makeError(
            QCoreApplication::translate("AuditTrail", "The audit trail does not know the table %1.").arg(table));
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(spec->columns.join(QStringLiteral(", ")), table));
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->next())
        return st->failed() ? Result<AuditEvent>(st->error())
                            : Result<AuditEvent>(makeError(QStringLiteral("no such record"), table));
    AuditEvent e;
    e.action = AuditAction::RecordCreated;
    e.recordType = table;
    e.recordId = id;
    QJsonObject fields;
    for (int c = 0; c < spec->columns.size(); ++c) {
        const QString column = spec->columns[c];
        const QString value = st->isNull(c) ? QString() : valueText(column, st->text(c));
        if (column == QLatin1String("center_id"))
            e.center = value;
        if (column == spec->codeColumn || (spec->victimLinked && column == QLatin1String("victim_id")))
            e.recordCode = value;
        if (st->isNull(c))
            continue;
        // A victim's and their records' values stay out of the trail: the fields given, by name.
        if (keepsValues(spec) || column == spec->codeColumn)
            fields.insert(fieldName(column), value);
        else
            fields.insert(fieldName(column), QStringLiteral("given"));
    }
    e.detail.insert(QStringLiteral("fields"), fields);
    return e;
}

} // namespace reper
