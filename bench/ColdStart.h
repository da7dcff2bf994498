#pragma once
// The start of the window as a user sees it: from starting the `reper` process to the home page
// painted with its figures (reper --exit-when-ready prints "ready" then), on a store; with the
// operating system's file cache dropped first where this machine allows it (root, Linux).
#include <QString>
#include <optional>

namespace reper::bench {

struct StartTimes
{
    bool measured = false;
    QString note; // why not, or how (cold or warm)
    double coldMs = 0; // median of the runs after dropping the cache (0: not dropped)
    double warmMs = 0; // median of the runs right after another
};

// `reper` beside this program's build (src/app/reper), or empty.
QString findReper();

StartTimes measureStart(const QString& reper, const QString& store, const QString& user, const QString& password,
                        std::optional<int> year, int runs, bool dropCaches);

} // namespace reper::bench
