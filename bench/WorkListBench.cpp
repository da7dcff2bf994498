#include "WorkListBench.h"

#include "storage/Store.h"
#include "storage/cases/DueItems.h"
#include "storage/engine/Database.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace reper::bench {

namespace {

constexpr double kWorkListAimMs = 200;

} // namespace

void benchWorkList(Store& national, int repeat, AimTable& aims)
{
    const qint64 open = national.db()
                            .queryInt(QStringLiteral("SELECT count(*) FROM victim_case WHERE status IN "
                                                     "('active', 'follow_up')"))
                            .value_or(-1);
    DueItems due(national);
    for (const QString& center : {QStringLiteral("CR-BV"), QString()}) {
        const QString scope = center.isEmpty() ? QStringLiteral("national") : center;
        const QString what = QStringLiteral("work list, %1").arg(scope);
        DueQuery query;
        query.center = center;
        qsizetype items = 0;
        bool ok = true;
        double cold = 0;
        std::vector<double> warm;
        QElapsedTimer t;
        for (int i = 0; i <= repeat && ok; ++i) {
            t.restart();
            auto listed = due.list(query);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            ok = listed.ok();
            if (!ok)
                break;
            items = listed->size();
            if (i == 0)
                cold = ms;
            else
                warm.push_back(ms);
        }
        if (!ok || warm.empty()) {
            aims.notMeasured(what, QStringLiteral("the work list failed"));
            continue;
        }
        std::sort(warm.begin(), warm.end());
        const double median = warm[warm.size() / 2];
        std::printf("work list %-8s cold %7.1f ms warm %7.1f ms (%lld items due within 7 days or overdue; "
                    "%lld open cases in the store)\n",
                    qPrintable(scope), cold, median, qint64(items), open);
        aims.atMost(what, std::max(cold, median), kWorkListAimMs, QStringLiteral("ms"));
    }
}

} // namespace reper::bench
