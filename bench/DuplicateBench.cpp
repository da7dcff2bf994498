#include "DuplicateBench.h"

#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/duplicates/DuplicateRepository.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/repositories/ReferenceRepository.h"
#include "storage/services/UserService.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace reper::bench {

namespace {

constexpr double kSearchAimMs = 2000;

double msSince(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

} // namespace

void benchDuplicates(Store& national, const QString& storePath, const QString& recoveryKey, int repeat, AimTable& aims)
{
    const QString what = QStringLiteral("national duplicate search");
    if (recoveryKey.isEmpty()) {
        aims.notMeasured(what, QStringLiteral("a store made by the bench is needed (its recovery key)"));
        return;
    }
    // One operator per centre without one (CR-BV's was made before), with a password of their own.
    QStringList operators;
    for (const Center& c : national.reference().centers()) {
        const QString name = QStringLiteral("op-%1").arg(c.code.mid(3).toLower());
        if (name == QLatin1String("op-bv"))
            continue;
        const QString own = QStringLiteral("bench-operator-password");
        if (!UserService(national).add(name, {QStringLiteral("operator")}, c.code, own))
            continue;
        auto first = Store::open(storePath, name, own, SystemClock::instance());
        if (first && UserService(**first).changeOwnPassword(own + QStringLiteral("-2")))
            operators << name;
    }
    if (!IdentityGrants(national).handOverWithRecoveryKey(recoveryKey)) {
        aims.notMeasured(what, QStringLiteral("the centres' keys were not handed over"));
        return;
    }
    QElapsedTimer t;
    t.start();
    for (const QString& name : operators)
        (void)Store::open(storePath, name, QStringLiteral("bench-operator-password-2"), SystemClock::instance());
    const double indexMs = msSince(t);
    const qint64 hashed = national.db().queryInt(QStringLiteral("SELECT count(*) FROM victim_match")).value_or(0);
    const qint64 identities
        = national.db().queryInt(QStringLiteral("SELECT count(*) FROM victim_identity")).value_or(0);
    std::printf("first logins      %8.1f ms (%lld centres' operators: the match hashes of the names the import "
                "sealed; %lld of %lld identities hashed)\n",
                indexMs, qint64(operators.size()), hashed, identities);

    DuplicateRepository search(national);
    qint64 pairs = 0;
    qint64 across = 0;
    bool ok = true;
    std::vector<double> warm;
    double cold = 0;
    for (int i = 0; i <= repeat; ++i) {
        t.restart();
        auto found = search.find();
        const double ms = msSince(t);
        ok = ok && found.ok();
        if (!found)
            break;
        pairs = found->size();
        across
            = std::count_if(found->cbegin(), found->cend(), [](const DuplicatePair& p) { return p.crossesCentres(); });
        if (i == 0)
            cold = ms;
        else
            warm.push_back(ms);
    }
    if (!ok || warm.empty()) {
        aims.notMeasured(what, QStringLiteral("the search failed"));
        return;
    }
    std::sort(warm.begin(), warm.end());
    const double median = warm[warm.size() / 2];
    std::printf("duplicates        cold %7.1f ms warm %7.1f ms (national: %lld pairs, %lld across centres)\n", cold,
                median, pairs, across);
    aims.atMost(what, std::max(cold, median), kSearchAimMs, QStringLiteral("ms"));
}

} // namespace reper::bench
