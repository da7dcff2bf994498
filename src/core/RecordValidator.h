#pragma once
// Checks on a whole record, one function per record kind, that the window's forms and the import
// both call: required fields (interchange.md §1's starred columns), codes in their lists, dates in
// order, counts of zero or more, CNP check digit, birth date and year in agreement. Each problem
// names the field (the column name of interchange.md §1) and says what is wrong, without repeating
// identity values. What only a widget knows (a typed name that is not in its list) or only the
// store knows (a victim code, a campaign code) is checked where that is known.
#include "core/Records.h"

#include <QList>
#include <QString>

namespace reper {

struct FieldProblem
{
    QString field;
    QString message;
};
using FieldProblems = QList<FieldProblem>;

namespace RecordValidator {
// `today`, when given, is the day a birth date may not be after.
FieldProblems check(const Victim& v, const QDate& today = {});
FieldProblems check(const VictimIdentity& identity);
// `v`, when given, is the victim, whose birth date may not be after the notification date.
FieldProblems check(const Identification& i, const Victim& v = {});
FieldProblems check(const Assistance& a);
FieldProblems check(const Repatriation& r);
FieldProblems check(const JudicialParticipation& j);
FieldProblems check(const Campaign& c);
FieldProblems check(const PreventionActivity& p);
FieldProblems check(const Protocol& p);
FieldProblems check(const ActionPlan& p);
FieldProblems check(const TeamMeeting& m);
FieldProblems check(const Training& t);
FieldProblems check(const Event& e);
FieldProblems check(const FundedProject& f);
FieldProblems check(const VictimCase& c);
FieldProblems check(const MonitoringContact& m);
// The message of a required field left empty ("is required"), as the forms recognise it.
QString requiredMessage();
// Adds to `out` the problems of `more` on fields `out` does not name yet (a field a widget already
// reports, say a county typed that is not in the list, is not also "required").
void addNew(FieldProblems& out, const FieldProblems& more);
// "ends N days before it starts", or nothing when the period is in order or open.
std::optional<QString> periodProblem(const QDate& start, const QDate& end);
} // namespace RecordValidator

} // namespace reper
