#include "Deadlines.h"

#include <QCoreApplication>

namespace reper {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)
};
} // namespace

QList<QDate> DeadlineRule::datesFrom(const QDate& trigger) const
{
    QList<QDate> out;
    if (!trigger.isValid())
        return out;
    for (int i = 0; i < offsets.size(); ++i)
        out << dateAt(trigger, i);
    return out;
}

QDate DeadlineRule::dateAt(const QDate& trigger, int step) const
{
    if (!trigger.isValid())
        return {};
    const int n = offsets.at(step);
    return unit == QLatin1String("month") ? trigger.addMonths(n) : trigger.addDays(n);
}

QString DeadlineRule::offsetsText() const
{
    QStringList parts;
    for (int n : offsets)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

bool DeadlineRule::parseOffsets(const QString& text, QList<int>* out)
{
    out->clear();
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.isEmpty() || parts.size() > 12)
        return false;
    for (const QString& p : parts) {
        const QString t = p.trimmed();
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || t.isEmpty() || t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1Char('-')) || n < 0 || n > 3650)
            return false;
        *out << n;
    }
    return true;
}

Status DeadlineRule::check() const
{
    if (!kinds().contains(kind))
        return makeError(Tr::tr("kind: %1 is not a kind of deadline.").arg(kind));
    if (offsets.isEmpty() || offsets.size() > 12)
        return makeError(Tr::tr("offsets: give one to twelve whole numbers, separated by commas."));
    for (int n : offsets)
        if (n < 0 || n > 3650)
            return makeError(Tr::tr("offsets: %1 is not a whole number from 0 to 3650.").arg(n));
    if (unit != QLatin1String("day") && unit != QLatin1String("month"))
        return makeError(Tr::tr("unit: day or month."));
    if (leadDays < 0 || leadDays > 365)
        return makeError(Tr::tr("lead: %1 is not a number of days from 0 to 365.").arg(leadDays));
    if (notify != QLatin1String("case_worker") && notify != QLatin1String("coordinator"))
        return makeError(Tr::tr("notify: case_worker or coordinator."));
    return Status::success();
}

QStringList DeadlineRule::kinds()
{
    return {QLatin1String(DeadlineKind::ReflectionPeriod),     QLatin1String(DeadlineKind::AssistanceReview),
            QLatin1String(DeadlineKind::RepatriationFollowUp), QLatin1String(DeadlineKind::Hearing),
            QLatin1String(DeadlineKind::NextContact),          QLatin1String(DeadlineKind::NoContact)};
}

QString DeadlineRule::kindLabel(const QString& kind)
{
    if (kind == QLatin1String(DeadlineKind::ReflectionPeriod))
        return Tr::tr("End of the recovery and reflection period");
    if (kind == QLatin1String(DeadlineKind::AssistanceReview))
        return Tr::tr("Review of the assistance period");
    if (kind == QLatin1String(DeadlineKind::RepatriationFollowUp))
        return Tr::tr("Follow-up after repatriation");
    if (kind == QLatin1String(DeadlineKind::Hearing))
        return Tr::tr("Court hearing");
    if (kind == QLatin1String(DeadlineKind::NextContact))
        return Tr::tr("Planned monitoring contact");
    if (kind == QLatin1String(DeadlineKind::NoContact))
        return Tr::tr("No contact for too long");
    return kind;
}

QString DueItem::key() const
{
    return QStringLiteral("%1-%2-%3").arg(kind).arg(sourceId).arg(due.toString(Qt::ISODate));
}

QString DueItem::what() const
{
    if (kind == QLatin1String(DeadlineKind::RepatriationFollowUp))
        return unit == QLatin1String("month") ? Tr::tr("Follow-up %n month(s) after repatriation", "", offset)
                                              : Tr::tr("Follow-up %n day(s) after repatriation", "", offset);
    if (kind == QLatin1String(DeadlineKind::NoContact))
        return unit == QLatin1String("month") ? Tr::tr("No monitoring contact for %n month(s)", "", offset)
                                              : Tr::tr("No monitoring contact for %n day(s)", "", offset);
    return DeadlineRule::kindLabel(kind);
}

DueBucket dueBucket(const DueItem& item, const QDate& today)
{
    if (item.due < today)
        return DueBucket::Overdue;
    if (item.due == today)
        return DueBucket::Today;
    if (item.due <= today.addDays(7) || item.visibleFrom <= today)
        return DueBucket::ThisWeek;
    return DueBucket::Later;
}

} // namespace reper
