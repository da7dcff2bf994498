// The lists of victims and of the records kept about them (assistance, repatriations, support in
// criminal proceedings).
#include "storage/lists/ListSpec.h"

namespace reper {

namespace {

const QString kVictimCodeSearch
    = QStringLiteral("%1.victim_id IN (SELECT id FROM victim WHERE code LIKE ? ESCAPE '\\')");

ListColumn col(const char* name, const char* sql, ValueType type, const char* list = "")
{
    return ListColumn{QString::fromLatin1(name), QString::fromLatin1(sql), type, QString::fromLatin1(list)};
}

} // namespace

ListSpec ListSpecs::victims()
{
    ListSpec s;
    s.kind = ListKind::Victims;
    s.table = QStringLiteral("victim v");
    s.id = QStringLiteral("v.id");
    s.center = QStringLiteral("v.center_id");
    s.yearCondition = QStringLiteral(
        "v.id IN (SELECT victim_id FROM identification WHERE notification_date BETWEEN '{from}' AND '{to}')");
    s.statusList = QStringLiteral("mnir_status");
    s.statusCondition = QStringLiteral("(SELECT s.mnir_status FROM identification s WHERE s.victim_id = v.id "
                                       "ORDER BY s.notification_date DESC, s.id DESC LIMIT 1) = ?");
    s.keySearch = {QStringLiteral("v.code LIKE ? ESCAPE '\\'")};
    s.identitySearch = true;
    s.columns = {
        col("victim_code", "v.code", ValueType::Key),
        col("center", "v.center_id", ValueType::Center),
        col("sex", "v.sex", ValueType::Code, "sex"),
        col("birth_year", "COALESCE(v.birth_year, CAST(substr(v.birth_date, 1, 4) AS INTEGER))", ValueType::Year),
        col("citizenship", "v.citizenship", ValueType::Country),
        col("county", "v.county", ValueType::County),
        col("notification_date", "(SELECT max(n.notification_date) FROM identification n WHERE n.victim_id = v.id)",
            ValueType::Date),
        col("mnir_status",
            "(SELECT s.mnir_status FROM identification s WHERE s.victim_id = v.id "
            "ORDER BY s.notification_date DESC, s.id DESC LIMIT 1)",
            ValueType::Code, "mnir_status"),
        col("identifications", "(SELECT count(*) FROM identification c WHERE c.victim_id = v.id)", ValueType::Count),
    };
    s.defaultSortColumn = 0;
    return s;
}

ListSpec ListSpecs::assistance()
{
    ListSpec s;
    s.kind = ListKind::Assistance;
    s.table = QStringLiteral("assistance a");
    s.joins = QStringLiteral("JOIN victim v ON v.id = a.victim_id");
    s.id = QStringLiteral("a.id");
    s.center = QStringLiteral("a.center_id");
    s.yearCondition = QStringLiteral("a.start_date <= '{to}' AND (a.end_date IS NULL OR a.end_date >= '{from}')");
    s.statusList = QStringLiteral("assistance_state");
    s.statusCondition = QStringLiteral("(CASE WHEN a.end_date IS NULL THEN 'ongoing' ELSE 'ended' END) = ?");
    s.keySearch = {kVictimCodeSearch.arg(QLatin1Char('a'))};
    s.columns = {
        col("start_date", "a.start_date", ValueType::Date),
        col("end_date", "a.end_date", ValueType::Date),
        col("victim_code", "v.code", ValueType::Key),
        col("center", "a.center_id", ValueType::Center),
        col("service", "a.service", ValueType::Code, "service"),
        col("provider", "a.provider", ValueType::Code, "provider"),
    };
    return s;
}

ListSpec ListSpecs::repatriations()
{
    ListSpec s;
    s.kind = ListKind::Repatriations;
    s.table = QStringLiteral("repatriation r");
    s.joins = QStringLiteral("JOIN victim v ON v.id = r.victim_id");
    s.id = QStringLiteral("r.id");
    s.center = QStringLiteral("r.center_id");
    s.yearCondition
        = QStringLiteral("(r.request_date BETWEEN '{from}' AND '{to}' OR r.arrival_date BETWEEN '{from}' AND '{to}')");
    s.statusList = QStringLiteral("repatriation_status");
    s.statusCondition = QStringLiteral("r.status = ?");
    s.keySearch = {kVictimCodeSearch.arg(QLatin1Char('r'))};
    s.foldedSearch = {QStringLiteral("reper_fold(r.entry_point) LIKE ? ESCAPE '\\'")};
    s.columns = {
        col("request_date", "r.request_date", ValueType::Date),
        col("arrival_date", "r.arrival_date", ValueType::Date),
        col("victim_code", "v.code", ValueType::Key),
        col("center", "r.center_id", ValueType::Center),
        col("from_country", "r.from_country", ValueType::Country),
        col("entry_point", "r.entry_point", ValueType::Text),
        col("status", "r.status", ValueType::Code, "repatriation_status"),
    };
    return s;
}

ListSpec ListSpecs::judicial()
{
    ListSpec s;
    s.kind = ListKind::Judicial;
    s.table = QStringLiteral("judicial j");
    s.joins = QStringLiteral("JOIN victim v ON v.id = j.victim_id");
    s.id = QStringLiteral("j.id");
    s.center = QStringLiteral("j.center_id");
    s.yearCondition = QStringLiteral("j.date BETWEEN '{from}' AND '{to}'");
    s.statusList = QStringLiteral("judicial_stage");
    s.statusCondition = QStringLiteral("j.stage = ?");
    s.keySearch = {kVictimCodeSearch.arg(QLatin1Char('j')), QStringLiteral("j.case_ref LIKE ? ESCAPE '\\'")};
    s.columns = {
        col("date", "j.date", ValueType::Date),
        col("victim_code", "v.code", ValueType::Key),
        col("center", "j.center_id", ValueType::Center),
        col("case_ref", "j.case_ref", ValueType::Key),
        col("body", "j.body", ValueType::Code, "judicial_body"),
        col("stage", "j.stage", ValueType::Code, "judicial_stage"),
        col("role", "j.role", ValueType::Code, "procedural_role"),
        col("support", "j.support", ValueType::Code, "judicial_support"),
    };
    return s;
}

ListSpec ListSpecs::monitoringContacts()
{
    ListSpec s;
    s.kind = ListKind::MonitoringContacts;
    s.table = QStringLiteral("monitoring_contact m");
    s.joins = QStringLiteral("JOIN victim v ON v.id = m.victim_id");
    s.id = QStringLiteral("m.id");
    s.center = QStringLiteral("m.center_id");
    s.yearCondition = QStringLiteral("m.date BETWEEN '{from}' AND '{to}'");
    s.statusList = QStringLiteral("contact_kind");
    s.statusCondition = QStringLiteral("m.kind = ?");
    s.keySearch = {kVictimCodeSearch.arg(QLatin1Char('m'))};
    s.foldedSearch = {QStringLiteral("reper_fold(m.with_whom) LIKE ? ESCAPE '\\'")};
    s.columns = {
        col("date", "m.date", ValueType::Date),           col("victim_code", "v.code", ValueType::Key),
        col("center", "m.center_id", ValueType::Center),  col("kind", "m.kind", ValueType::Code, "contact_kind"),
        col("with_whom", "m.with_whom", ValueType::Text), col("next_date", "m.next_date", ValueType::Date),
    };
    return s;
}

} // namespace reper
