#pragma once
// Deadlines (issue 10 §3): the rules an administrator edits and the items they give. A rule says,
// for one kind of deadline, after which record's date it falls (the offsets, in days or months),
// how many days early it is shown, and who is told. An item is one date a case has to meet; the
// storage layer computes them from the records (DueItems), this file holds what they are and the
// date arithmetic, with no store.
#include "core/Records.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace reper {

namespace DeadlineKind {
inline constexpr const char* ReflectionPeriod = "reflection_period"; // foreign victim, from identification
inline constexpr const char* AssistanceReview = "assistance_review"; // each open assistance period
inline constexpr const char* RepatriationFollowUp = "repatriation_followup"; // after arrival
inline constexpr const char* Hearing = "hearing"; // a hearing date on the proceedings record
inline constexpr const char* NextContact = "next_contact"; // the last contact's next date
inline constexpr const char* NoContact = "no_contact"; // no contact for a while
} // namespace DeadlineKind

struct DeadlineRule
{
    QString kind;
    QString triggerRecord; // the table whose date starts it (fixed per kind)
    QList<int> offsets; // one or more, in `unit` after the trigger date
    QString unit; // "day" or "month"
    int leadDays = 0; // shown this many days before its date; a record dated within them satisfies it
    QString notify; // "case_worker" or "coordinator"
    bool enabled = true;
    QString updatedBy; // who changed it last (empty: the default)
    QString updatedAt;

    // The dates the rule gives from a trigger date, in offset order (a month offset from the 31st
    // ends on the last day of a shorter month).
    QList<QDate> datesFrom(const QDate& trigger) const;
    // The date of one offset (0-based step) from a trigger date, as datesFrom gives it, without the
    // list (the work list asks for tens of thousands); null when the trigger is.
    QDate dateAt(const QDate& trigger, int step) const;
    QString offsetsText() const; // "3,6,12"
    // Reads "3,6,12"; false unless it is one to twelve whole numbers from 0 to 3650.
    static bool parseOffsets(const QString& text, QList<int>* out);
    // Checks what an administrator may change (offsets, unit, lead, notify); the message names the field.
    Status check() const;
    // The kind's words for a person ("Perioada de recuperare și reflecție"), translated.
    static QString kindLabel(const QString& kind);
    static QStringList kinds(); // the six, in the order of the issue
};

// One deadline of one case.
struct DueItem
{
    QString kind;
    RecordId victimId = 0;
    QString victimCode;
    QString center;
    QString workerName; // the case worker, empty when nobody is assigned
    QString notify; // the rule's "case_worker" or "coordinator"
    QString sourceTable; // the record that started it ("identification", "judicial", …)
    RecordId sourceId = 0;
    QDate since; // the trigger date ("since when")
    QDate due;
    int step = 0; // which offset of the rule (0-based): the 3-, 6- or 12-month follow-up
    int offset = 0;
    QString unit;
    QDate visibleFrom; // due − lead days

    // A stable identifier (rule, record, date): the ICS UID and the key of a dismissal.
    QString key() const;
    // What is due, in words ("Follow-up 6 months after repatriation"), translated.
    QString what() const;
};

// Where an item stands on `today`.
enum class DueBucket { Overdue, Today, ThisWeek, Later };
DueBucket dueBucket(const DueItem& item, const QDate& today);

} // namespace reper

// Its members are relocatable (QString, QDate, integers): a national list of tens of thousands of
// items grows by reallocating its memory instead of moving each item into a new block.
Q_DECLARE_TYPEINFO(reper::DueItem, Q_RELOCATABLE_TYPE);
