#pragma once
// What the parts of reper-bench share to time a thing and compare figures: a median, a cold run
// followed by warm ones, and the equality of two sets of bilanț figures.
#include "core/BilantFigures.h"

#include <QElapsedTimer>
#include <algorithm>
#include <utility>
#include <vector>

namespace reper::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Times `fn` once cold (first after opening the store) and `repeat` times warm; milliseconds.
template<typename Fn>
std::pair<double, double> timeIt(int repeat, Fn fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    const double cold = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> warm;
    for (int i = 0; i < repeat; ++i) {
        t.restart();
        fn();
        warm.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {cold, median(warm)};
}

inline bool sameFigures(const BilantFigures& a, const BilantFigures& b)
{
    return a.victimsIdentified == b.victimsIdentified && a.victimsAssistanceMonitored == b.victimsAssistanceMonitored
        && a.victimsRepatriated == b.victimsRepatriated
        && a.victimsJudicialParticipation == b.victimsJudicialParticipation
        && a.preventionActivities == b.preventionActivities && a.preventionCampaigns == b.preventionCampaigns
        && a.personsReached == b.personsReached && a.onlineReach == b.onlineReach
        && a.protocolsSigned == b.protocolsSigned && a.actionPlans == b.actionPlans && a.teamMeetings == b.teamMeetings
        && a.trainingSessions == b.trainingSessions && a.specialistsTrained == b.specialistsTrained
        && a.interinstitutionalEvents == b.interinstitutionalEvents && a.fundedProjects == b.fundedProjects;
}

} // namespace reper::bench
