#pragma once
// Checks on a whole record that the GUI forms and the import share: codes in their lists, dates in
// order, CNP check digit, birth date and year in agreement. Each problem names the field (the
// column name of interchange.md §1) and says what is wrong, without repeating identity values.
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
FieldProblems check(const Victim& v);
FieldProblems check(const VictimIdentity& identity);
FieldProblems check(const Identification& i, const Victim& v);
FieldProblems check(const Assistance& a);
FieldProblems check(const Repatriation& r);
FieldProblems check(const JudicialParticipation& j);
FieldProblems check(const Campaign& c);
FieldProblems check(const PreventionActivity& p);
FieldProblems check(const Training& t);
FieldProblems check(const Event& e);
FieldProblems check(const FundedProject& f);
// "ends N days before it starts", or nothing when the period is in order or open.
std::optional<QString> periodProblem(const QDate& start, const QDate& end);
} // namespace RecordValidator

} // namespace reper
