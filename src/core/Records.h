#pragma once
// The records of domain.md §3 as plain values. Codes are the stable codes of §4; dates are calendar
// dates (a null QDate is "not given"). Identity fields of a victim are a type of their own so that
// screens, reports and exports work without them.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace reper {

using RecordId = qint64;

// Who created and last changed a record, and when.
struct RecordStamp
{
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;
    // The record's version when it was read (counted by the store on every change): a save of what
    // was read at version n is refused once the stored record is past n. 0: not read from the store
    // (a record built by a program, saved without the check).
    qint64 version = 0;
};

struct Victim
{
    RecordId id = 0;
    QString code; // opaque victim code, unique in the store
    QString center; // CR-XX
    QString sex;
    QDate birthDate;
    std::optional<int> birthYear;
    QString citizenship; // ISO 3166-1 alpha-2
    QString county;
    QString residenceEnv;
    QString education;
    RecordStamp stamp;
};

struct VictimIdentity
{
    QString lastName;
    QString firstName;
    QString cnp;
    QString address;
    QString phone;
    QString notes;
    bool isEmpty() const
    {
        return lastName.isEmpty() && firstName.isEmpty() && cnp.isEmpty() && address.isEmpty() && phone.isEmpty()
            && notes.isEmpty();
    }
};

struct Identification
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QDate notificationDate;
    QDate identificationDate;
    QString mnirStatus;
    QString institution;
    QString scope;
    QStringList exploitation; // one or more forms, in the order given
    QString primaryExploitation;
    std::optional<bool> attempt;
    QString exploitationCountry;
    QString recruitment;
    QString recruiterRelation;
    RecordStamp stamp;
};

struct Assistance
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QString service;
    QString provider;
    QDate startDate;
    QDate endDate; // null while ongoing
    RecordStamp stamp;
};

struct Repatriation
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QString fromCountry;
    QDate requestDate;
    QDate arrivalDate;
    QString entryPoint;
    QString status;
    RecordStamp stamp;
};

struct JudicialParticipation
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QDate date;
    QString caseRef;
    QString body;
    QString stage;
    QString role;
    QString support;
    QDate hearingDate; // the next hearing, when one is set (schema step 9; the hearing deadline)
    RecordStamp stamp;
};

struct Campaign
{
    RecordId id = 0;
    QString code;
    QString center;
    QString title;
    QString level;
    QString funding;
    QString funder;
    QDate startDate;
    QDate endDate;
    RecordStamp stamp;
};

struct PreventionActivity
{
    RecordId id = 0;
    QString center;
    QDate date;
    QString county;
    RecordId campaignId = 0; // 0: no campaign
    QString type;
    QString targetGroup;
    qint64 participants = 0;
    std::optional<qint64> materials;
    std::optional<qint64> onlineReach;
    RecordStamp stamp;
};

struct Protocol
{
    RecordId id = 0;
    QString center;
    QDate signedDate;
    QString partner;
    RecordStamp stamp;
};

struct ActionPlan
{
    RecordId id = 0;
    QString center;
    QDate date;
    QString partner;
    RecordStamp stamp;
};

struct TeamMeeting
{
    RecordId id = 0;
    QString center;
    QDate date;
    QString county;
    std::optional<qint64> attendees;
    RecordStamp stamp;
};

struct Training
{
    RecordId id = 0;
    QString center;
    QDate date;
    QString county;
    QString audience;
    qint64 participants = 0;
    QString topic;
    RecordStamp stamp;
};

struct Event
{
    RecordId id = 0;
    QString center;
    QDate date;
    QString type;
    QString role;
    QString title;
    RecordStamp stamp;
};

struct FundedProject
{
    RecordId id = 0;
    QString code;
    QString center;
    QString title;
    QString funder;
    QString focus;
    QDate startDate;
    QDate endDate;
    RecordStamp stamp;
};

// A victim's case (issue 10): one per victim, opened with it. Status and closing reason are codes of
// the case_status and closing_reason lists; a closed case has its closing date and reason, and a
// case closed as referred names the institution.
struct VictimCase
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QString status;
    qint64 workerId = 0; // 0: no case worker yet
    QString workerName;
    QDate openedOn;
    QDate closedOn;
    QString closingReason;
    QString referredTo;
    RecordStamp stamp;
    bool isClosed() const { return status == QLatin1String("closed") || status == QLatin1String("closed_referred"); }
};

// A monitoring contact ("contact de monitorizare"): the case worker's visit, call or meeting.
struct MonitoringContact
{
    RecordId id = 0;
    RecordId victimId = 0;
    QString center;
    QDate date;
    QString kind; // contact_kind
    QString withWhom;
    QString outcome;
    QDate nextDate; // null: none planned
    RecordStamp stamp;
};

} // namespace reper
