#pragma once
// "Try the demo data": a separate store of synthetic records (DataGenerator, never real people) for
// a new user to look around in — the three years before this one, about a tenth of the national
// volume — created with its own password and never the store in use.
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace reper {

class Clock;

class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
public:
    // A free name beside `currentStore` (reper-demo.reper, reper-demo-2.reper, …).
    static QString suggestedPath(const QString& currentStore);
    // Generates, creates `path` (refused when it exists or is `currentStore`) with `user` as its
    // administrator, and imports. `progress` gets thousandths of the work and answers false to
    // stop; nothing is left behind on failure or stop.
    static Status make(const QString& path, const QString& currentStore, const QString& user, const QString& password,
                       const Clock& clock, const std::function<bool(qint64 thousandths)>& progress = {});
};

} // namespace reper
