// The lists of the centres' own work: prevention campaigns and activities, and cooperation.
#include "storage/lists/ListSpec.h"

namespace reper {

namespace {

ListColumn col(const char* name, const char* sql, ValueType type, const char* list = "")
{
    return ListColumn{QString::fromLatin1(name), QString::fromLatin1(sql), type, QString::fromLatin1(list)};
}

QString dated(const char* column)
{
    return QStringLiteral("%1 BETWEEN '{from}' AND '{to}'").arg(QLatin1String(column));
}

QString overlapping(const char* alias)
{
    return QStringLiteral("%1.start_date <= '{to}' AND (%1.end_date IS NULL OR %1.end_date >= '{from}')")
        .arg(QLatin1String(alias));
}

QString folded(const char* column)
{
    return QStringLiteral("reper_fold(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
}

ListSpec base(ListKind kind, const char* table, const char* alias)
{
    ListSpec s;
    s.kind = kind;
    s.table = QStringLiteral("%1 %2").arg(QLatin1String(table), QLatin1String(alias));
    s.id = QStringLiteral("%1.id").arg(QLatin1String(alias));
    s.center = QStringLiteral("%1.center_id").arg(QLatin1String(alias));
    return s;
}

} // namespace

ListSpec ListSpecs::campaigns()
{
    ListSpec s = base(ListKind::Campaigns, "campaign", "k");
    s.yearCondition = overlapping("k");
    s.statusList = QStringLiteral("campaign_level");
    s.statusCondition = QStringLiteral("k.level = ?");
    s.keySearch = {QStringLiteral("k.code LIKE ? ESCAPE '\\'")};
    s.foldedSearch = {QStringLiteral("k.search_key LIKE ? ESCAPE '\\'"), folded("k.funder")};
    s.columns = {
        col("start_date", "k.start_date", ValueType::Date),
        col("end_date", "k.end_date", ValueType::Date),
        col("campaign_code", "k.code", ValueType::Key),
        col("center", "k.center_id", ValueType::Center),
        col("title", "k.title", ValueType::Text),
        col("level", "k.level", ValueType::Code, "campaign_level"),
        col("funding", "k.funding", ValueType::Code, "funding"),
        col("funder", "k.funder", ValueType::Text),
        col("activities", "(SELECT count(*) FROM prevention_activity pa WHERE pa.campaign_id = k.id)",
            ValueType::Count),
    };
    return s;
}

ListSpec ListSpecs::prevention()
{
    ListSpec s = base(ListKind::Prevention, "prevention_activity", "p");
    s.joins = QStringLiteral("LEFT JOIN campaign k ON k.id = p.campaign_id");
    s.yearCondition = dated("p.date");
    s.statusList = QStringLiteral("activity_type");
    s.statusCondition = QStringLiteral("p.type = ?");
    s.keySearch = {QStringLiteral("p.campaign_id IN (SELECT id FROM campaign WHERE code LIKE ? ESCAPE '\\')")};
    s.foldedSearch = {QStringLiteral("p.campaign_id IN (SELECT id FROM campaign WHERE search_key LIKE ? ESCAPE '\\')")};
    s.countySearch = QStringLiteral("p.county");
    s.columns = {
        col("date", "p.date", ValueType::Date),
        col("center", "p.center_id", ValueType::Center),
        col("county", "p.county", ValueType::County),
        col("campaign_code", "k.code", ValueType::Key),
        col("type", "p.type", ValueType::Code, "activity_type"),
        col("target_group", "p.target_group", ValueType::Code, "target_group"),
        col("participants", "p.participants", ValueType::Count),
        col("materials", "p.materials", ValueType::Count),
        col("online_reach", "p.online_reach", ValueType::Count),
    };
    return s;
}

ListSpec ListSpecs::protocols()
{
    ListSpec s = base(ListKind::Protocols, "protocol", "o");
    s.yearCondition = dated("o.signed_date");
    s.foldedSearch = {folded("o.partner")};
    s.columns = {
        col("signed_date", "o.signed_date", ValueType::Date),
        col("center", "o.center_id", ValueType::Center),
        col("partner", "o.partner", ValueType::Text),
    };
    return s;
}

ListSpec ListSpecs::actionPlans()
{
    ListSpec s = base(ListKind::ActionPlans, "action_plan", "l");
    s.yearCondition = dated("l.date");
    s.foldedSearch = {folded("l.partner")};
    s.columns = {
        col("date", "l.date", ValueType::Date),
        col("center", "l.center_id", ValueType::Center),
        col("partner", "l.partner", ValueType::Text),
    };
    return s;
}

ListSpec ListSpecs::teamMeetings()
{
    ListSpec s = base(ListKind::TeamMeetings, "team_meeting", "m");
    s.yearCondition = dated("m.date");
    s.countySearch = QStringLiteral("m.county");
    s.columns = {
        col("date", "m.date", ValueType::Date),
        col("center", "m.center_id", ValueType::Center),
        col("county", "m.county", ValueType::County),
        col("attendees", "m.attendees", ValueType::Count),
    };
    return s;
}

ListSpec ListSpecs::trainings()
{
    ListSpec s = base(ListKind::Trainings, "training", "t");
    s.yearCondition = dated("t.date");
    s.statusList = QStringLiteral("audience");
    s.statusCondition = QStringLiteral("t.audience = ?");
    s.foldedSearch = {folded("t.topic")};
    s.countySearch = QStringLiteral("t.county");
    s.columns = {
        col("date", "t.date", ValueType::Date),
        col("center", "t.center_id", ValueType::Center),
        col("county", "t.county", ValueType::County),
        col("audience", "t.audience", ValueType::Code, "audience"),
        col("participants", "t.participants", ValueType::Count),
        col("topic", "t.topic", ValueType::Text),
    };
    return s;
}

ListSpec ListSpecs::events()
{
    ListSpec s = base(ListKind::Events, "event", "e");
    s.yearCondition = dated("e.date");
    s.statusList = QStringLiteral("event_type");
    s.statusCondition = QStringLiteral("e.type = ?");
    s.foldedSearch = {folded("e.title")};
    s.columns = {
        col("date", "e.date", ValueType::Date),
        col("center", "e.center_id", ValueType::Center),
        col("type", "e.type", ValueType::Code, "event_type"),
        col("role", "e.role", ValueType::Code, "event_role"),
        col("title", "e.title", ValueType::Text),
    };
    return s;
}

ListSpec ListSpecs::fundedProjects()
{
    ListSpec s = base(ListKind::FundedProjects, "funded_project", "f");
    s.yearCondition = overlapping("f");
    s.statusList = QStringLiteral("project_focus");
    s.statusCondition = QStringLiteral("f.focus = ?");
    s.keySearch = {QStringLiteral("f.code LIKE ? ESCAPE '\\'")};
    s.foldedSearch = {folded("f.title"), folded("f.funder")};
    s.columns = {
        col("start_date", "f.start_date", ValueType::Date),
        col("end_date", "f.end_date", ValueType::Date),
        col("project_code", "f.code", ValueType::Key),
        col("center", "f.center_id", ValueType::Center),
        col("title", "f.title", ValueType::Text),
        col("funder", "f.funder", ValueType::Text),
        col("focus", "f.focus", ValueType::Code, "project_focus"),
    };
    return s;
}

} // namespace reper
