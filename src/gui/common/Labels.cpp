#include "Labels.h"

#include "core/Codes.h"
#include "gui/common/UiLanguage.h"
#include "storage/repositories/ReferenceRepository.h"

#include <QHash>
#include <QLocale>

namespace reper {

namespace {

bool isCodeList(const QString& list)
{
    for (const CodeList* l : Codes::all())
        if (l->name() == list)
            return true;
    return false;
}

} // namespace

QList<QPair<QString, QString>> Labels::codes(const QString& list)
{
    QList<QPair<QString, QString>> out;
    if (list == QLatin1String("assistance_state")) {
        out << qMakePair(QStringLiteral("ongoing"), tr("ongoing")) << qMakePair(QStringLiteral("ended"), tr("ended"));
        return out;
    }
    if (!isCodeList(list))
        return out;
    for (const CodeEntry& e : Codes::byName(list).entries())
        out << qMakePair(e.code, e.label(UiLanguage::current()));
    return out;
}

QString Labels::code(const QString& list, const QString& code)
{
    if (code.isEmpty())
        return {};
    if (list == QLatin1String("assistance_state"))
        return code == QLatin1String("ongoing") ? tr("ongoing") : tr("ended");
    if (!isCodeList(list))
        return code;
    return Codes::byName(list).label(code, UiLanguage::current());
}

QString Labels::country(const QString& code)
{
    return code.isEmpty() ? QString() : Codes::countries().label(code, UiLanguage::current());
}

QString Labels::county(const ReferenceRepository& reference, const QString& code)
{
    const QString name = reference.countyName(code);
    return name.isEmpty() ? code : name;
}

QString Labels::centerSeat(const ReferenceRepository& reference, const QString& code)
{
    for (const Center& c : reference.centers())
        if (c.code == code)
            return c.seat;
    return code;
}

QString Labels::center(const ReferenceRepository& reference, const QString& code)
{
    if (code.isEmpty())
        return {};
    return code + QStringLiteral(" ") + centerSeat(reference, code);
}

QString Labels::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString Labels::count(qint64 value) { return UiLanguage::locale().toString(value); }

QString Labels::yesNo(bool value) { return value ? tr("yes") : tr("no"); }

QString Labels::role(const QString& role)
{
    if (role == QLatin1String("operator"))
        return tr("operator");
    if (role == QLatin1String("coordinator"))
        return tr("coordinator");
    if (role == QLatin1String("analyst"))
        return tr("analyst");
    if (role == QLatin1String("administrator"))
        return tr("administrator");
    if (role == QLatin1String("identity"))
        return tr("identity");
    return role;
}

QString Labels::roles(const QStringList& roles)
{
    QStringList shown;
    for (const QString& r : roles)
        shown << role(r);
    return shown.join(QStringLiteral(", "));
}

QString Labels::columnTitle(const QString& column)
{
    static const QHash<QString, const char*> titles = {
        {QStringLiteral("victim_code"), QT_TR_NOOP("Victim code")},
        {QStringLiteral("center"), QT_TR_NOOP("Centre")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("birth_year"), QT_TR_NOOP("Year of birth")},
        {QStringLiteral("citizenship"), QT_TR_NOOP("Citizenship")},
        {QStringLiteral("county"), QT_TR_NOOP("County")},
        {QStringLiteral("notification_date"), QT_TR_NOOP("Last notification")},
        {QStringLiteral("mnir_status"), QT_TR_NOOP("MNIR status")},
        {QStringLiteral("identifications"), QT_TR_NOOP("Identifications")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Start")},
        {QStringLiteral("end_date"), QT_TR_NOOP("End")},
        {QStringLiteral("service"), QT_TR_NOOP("Service")},
        {QStringLiteral("provider"), QT_TR_NOOP("Provider")},
        {QStringLiteral("request_date"), QT_TR_NOOP("Requested")},
        {QStringLiteral("arrival_date"), QT_TR_NOOP("Arrived")},
        {QStringLiteral("from_country"), QT_TR_NOOP("From country")},
        {QStringLiteral("entry_point"), QT_TR_NOOP("Entry point")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("case_ref"), QT_TR_NOOP("Case number")},
        {QStringLiteral("body"), QT_TR_NOOP("Body")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("support"), QT_TR_NOOP("Support")},
        {QStringLiteral("campaign_code"), QT_TR_NOOP("Campaign")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("level"), QT_TR_NOOP("Level")},
        {QStringLiteral("funding"), QT_TR_NOOP("Funding")},
        {QStringLiteral("funder"), QT_TR_NOOP("Funder")},
        {QStringLiteral("activities"), QT_TR_NOOP("Activities")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("target_group"), QT_TR_NOOP("Target group")},
        {QStringLiteral("participants"), QT_TR_NOOP("Participants")},
        {QStringLiteral("materials"), QT_TR_NOOP("Materials")},
        {QStringLiteral("online_reach"), QT_TR_NOOP("Online reach")},
        {QStringLiteral("signed_date"), QT_TR_NOOP("Signed")},
        {QStringLiteral("partner"), QT_TR_NOOP("Partner")},
        {QStringLiteral("attendees"), QT_TR_NOOP("Attendees")},
        {QStringLiteral("audience"), QT_TR_NOOP("Audience")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")},
        {QStringLiteral("project_code"), QT_TR_NOOP("Project code")},
        {QStringLiteral("focus"), QT_TR_NOOP("Focus")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind of contact")},
        {QStringLiteral("with_whom"), QT_TR_NOOP("With whom")},
        {QStringLiteral("next_date"), QT_TR_NOOP("Next contact")},
    };
    const auto it = titles.constFind(column);
    return it == titles.constEnd() ? column : tr(*it);
}

QString Labels::kindTitle(ListKind kind)
{
    switch (kind) {
    case ListKind::Victims: return tr("Victims");
    case ListKind::Assistance: return tr("Assistance");
    case ListKind::Repatriations: return tr("Repatriations");
    case ListKind::Judicial: return tr("Criminal proceedings");
    case ListKind::MonitoringContacts: return tr("Monitoring contacts");
    case ListKind::Campaigns: return tr("Campaigns");
    case ListKind::Prevention: return tr("Prevention activities");
    case ListKind::Protocols: return tr("Protocols");
    case ListKind::ActionPlans: return tr("Action plans");
    case ListKind::TeamMeetings: return tr("Team meetings");
    case ListKind::Trainings: return tr("Trainings");
    case ListKind::Events: return tr("Events");
    case ListKind::FundedProjects: return tr("Funded projects");
    }
    return {};
}

QString Labels::recordTitle(ListKind kind)
{
    switch (kind) {
    case ListKind::Victims: return tr("Victim");
    case ListKind::Assistance: return tr("Assistance");
    case ListKind::Repatriations: return tr("Repatriation");
    case ListKind::Judicial: return tr("Support in criminal proceedings");
    case ListKind::MonitoringContacts: return tr("Monitoring contact");
    case ListKind::Campaigns: return tr("Campaign");
    case ListKind::Prevention: return tr("Prevention activity");
    case ListKind::Protocols: return tr("Protocol");
    case ListKind::ActionPlans: return tr("Action plan");
    case ListKind::TeamMeetings: return tr("Team meeting");
    case ListKind::Trainings: return tr("Training");
    case ListKind::Events: return tr("Event");
    case ListKind::FundedProjects: return tr("Funded project");
    }
    return {};
}

QString Labels::statusTitle(ListKind kind)
{
    switch (kind) {
    case ListKind::Victims: return tr("MNIR status");
    case ListKind::Assistance: return tr("State");
    case ListKind::Repatriations: return tr("Status");
    case ListKind::Judicial: return tr("Stage");
    case ListKind::MonitoringContacts: return tr("Kind of contact");
    case ListKind::Campaigns: return tr("Level");
    case ListKind::Prevention: return tr("Type");
    case ListKind::Trainings: return tr("Audience");
    case ListKind::Events: return tr("Type");
    case ListKind::FundedProjects: return tr("Focus");
    default: return {};
    }
}

QString Labels::displayValue(const ReferenceRepository& reference, const ListColumn& column, const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (column.type) {
    case ValueType::Date: return date(value.toDate());
    case ValueType::Count: return count(value.toLongLong());
    case ValueType::Year: return QString::number(value.toLongLong());
    case ValueType::Code: return code(column.codeList, value.toString());
    case ValueType::Country: return country(value.toString());
    case ValueType::County: return county(reference, value.toString());
    case ValueType::Center: return centerSeat(reference, value.toString());
    default: return value.toString();
    }
}

} // namespace reper
