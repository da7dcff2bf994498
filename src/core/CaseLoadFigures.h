#pragma once
// The case-load report (issue 10 §7): for a coordinator, the cases of a scope — how many are open per
// case worker and how many of them have a deadline overdue (a snapshot on the day it is made), how
// many were opened and closed in a period, the median days from a case's opening to its first
// monitoring contact, and the repatriation follow-ups of the period met by their date. Counted by
// CaseLoadRepository (storage); laid out by CaseLoadDocument (report). docs/decisions.md C12 says
// what each figure counts.
#include "core/Scope.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace reper {

struct WorkerLoad
{
    QString center; // CR-XX
    QString worker; // the case worker's user name; empty: no case worker assigned
    int open = 0; // open cases (active or follow-up) on the day of the report
    int overdue = 0; // of them, those with at least one deadline overdue
};

struct CaseLoadFigures
{
    Scope scope;
    QDate from; // the period, both days included
    QDate to;
    QDate asOf; // the day of the snapshot (open cases, overdue deadlines): the store's today

    QList<WorkerLoad> workers; // by centre, then worker name, the unassigned last in each centre
    int open = 0; // open cases on asOf
    int openOverdue = 0; // open cases with a deadline overdue on asOf (the work list's items)

    int opened = 0; // cases opened in the period
    int closed = 0; // cases closed in the period (closed or closed–referred)
    int openedWithContact = 0; // cases opened in the period with a contact on or after the opening
    std::optional<double> medianDaysToContact; // over those; none when there is none

    int followUpsDue = 0; // repatriation follow-ups due in the period, up to asOf
    int followUpsOnTime = 0; // met by a contact dated from (due − lead) to the due date
    int followUpsLate = 0; // met by a contact after the due date (up to asOf)

    int followUpsMissed() const { return followUpsDue - followUpsOnTime - followUpsLate; }
    int openedWithoutContact() const { return opened - openedWithContact; }
};

namespace CaseLoad {
// The median of whole numbers: the middle one, or the mean of the two middle ones for an even
// count; none for no numbers.
std::optional<double> median(QList<int> values);
} // namespace CaseLoad

} // namespace reper
