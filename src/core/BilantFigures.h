#pragma once
// The figures of one year's bilanț for one scope (domain.md §5), as a plain struct that every
// renderer reads. Computed by FiguresRepository inside one read transaction.
#include "core/Scope.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace reper {

struct BilantFigures
{
    int year = 0;
    Scope scope;
    bool isNational() const { return scope.isNational(); }

    // The thirteen figures of domain.md §5, plus online reach and victims identified.
    qint64 victimsAssistanceMonitored = 0;
    qint64 victimsRepatriated = 0;
    qint64 victimsJudicialParticipation = 0;
    qint64 preventionActivities = 0;
    qint64 preventionCampaigns = 0;
    qint64 personsReached = 0;
    qint64 onlineReach = 0;
    qint64 protocolsSigned = 0;
    qint64 actionPlans = 0;
    qint64 teamMeetings = 0;
    qint64 trainingSessions = 0;
    qint64 specialistsTrained = 0;
    qint64 interinstitutionalEvents = 0;
    qint64 fundedProjects = 0;
    qint64 victimsIdentified = 0;

    // Further figures §5 names without a key.
    qint64 repatriationEvents = 0; // completed repatriations of Romanian citizens arrived in Y
    qint64 judicialSupportActions = 0; // support actions dated in Y
    qint64 judicialCaseRefs = 0; // distinct case references among them
    qint64 campaignsNational = 0; // of prevention_campaigns, national level
    qint64 campaignsLocal = 0; // of prevention_campaigns, local level
    qint64 identificationsInYear = 0; // identification rows notified in Y
    qint64 attempts = 0; // victims identified in Y whose identification was an attempt
    QMap<QString, qint64> fundedProjectsByFocus; // project_focus code -> projects overlapping Y

    // Breakdowns of victims identified in Y: name -> code -> victims. "unknown" stands for an empty
    // value. Names: sex, age_group, minor_adult, primary_exploitation, scope, county,
    // exploitation_country, institution.
    QMap<QString, QMap<QString, qint64>> breakdowns;

    // Victims identified in Y by the month (0 = January) of their earliest notification in Y; the
    // twelve add up to victimsIdentified.
    std::array<qint64, 12> identifiedByMonth{};
};

// A closed year: its figures were frozen by a coordinator, under a version of the counting rules,
// with a content hash (SHA-256 of the canonical JSON of the frozen figures).
struct BilantClosure
{
    QString closedAt; // UTC "YYYY-MM-DD HH:MM:SS"
    QString closedBy; // user name
    QString rulesVersion; // of docs/counting-rules.md
    QString contentHash; // hex
    bool forced = false; // closed although the data-quality check found blocking problems
};

// A record of a closed year added or changed after the closing (its updated_at is later). Never
// identity: the victim's code and record ids only.
struct ChangedRecord
{
    QString kind; // the table: identification, assistance, prevention_activity, …
    qint64 id = 0;
    QString victimCode; // empty for records without a victim
    QString date; // the date that puts the record in the year
    QString centre; // CR-XX
    QString updatedAt; // UTC "YYYY-MM-DD HH:MM:SS"
};

// Everything one bilanț document shows, read in one transaction: the year in its scope, the year
// before in the same scope, and nationally one entry per centre (in the store's centre order).
struct BilantReportData
{
    BilantFigures figures;
    std::optional<BilantFigures> previous;
    QList<BilantFigures> centres;

    // For a closed year: the closure; whether the figures above are the frozen ones (else the
    // current ones were asked for); the records changed since; and, for the revised edition,
    // today's figures beside the frozen ones.
    std::optional<BilantClosure> closure;
    bool frozen = false;
    QList<ChangedRecord> changedSinceClosure;
    std::optional<BilantFigures> currentFigures;
    QList<BilantFigures> currentCentres;
};

} // namespace reper
