#pragma once
// The figures of one year's bilanț for one scope (domain.md §5), as a plain struct that every
// renderer reads. Computed by FiguresRepository inside one read transaction.
#include <QMap>
#include <QString>
#include <QDateTime>

namespace reper {

struct BilantFigures
{
    int year = 0;
    QString scope; // "national" or a centre code CR-XX
    bool isNational() const { return scope == QLatin1String("national"); }

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
    qint64 repatriationEvents = 0;        // completed repatriations of Romanian citizens arrived in Y
    qint64 judicialSupportActions = 0;    // support actions dated in Y
    qint64 judicialCaseRefs = 0;          // distinct case references among them
    qint64 campaignsNational = 0;         // of prevention_campaigns, national level
    qint64 campaignsLocal = 0;            // of prevention_campaigns, local level
    qint64 identificationsInYear = 0;     // identification rows notified in Y
    qint64 attempts = 0;                  // victims identified in Y whose identification was an attempt
    QMap<QString, qint64> fundedProjectsByFocus; // project_focus code -> projects overlapping Y

    // Breakdowns of victims identified in Y: name -> code -> victims. "unknown" stands for an empty
    // value. Names: sex, age_group, minor_adult, primary_exploitation, scope, county,
    // exploitation_country, institution.
    QMap<QString, QMap<QString, qint64>> breakdowns;
};

} // namespace reper
