#include "ColdStart.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <algorithm>
#include <vector>

namespace reper::bench {

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Writes the dirty pages out and drops the page cache; false where that is not allowed.
bool dropCache()
{
    if (QProcess::execute(QStringLiteral("sync"), {}) != 0)
        return false;
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("3\n") == 2;
}

// One start: milliseconds from starting the process to its "ready" line, or a negative number.
double startOnce(const QString& reper, const QStringList& arguments, const QProcessEnvironment& env, QString* error)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(reper, arguments);
    QByteArray out;
    while (!out.contains("ready\n")) {
        if (!p.waitForReadyRead(30000))
            break;
        out += p.readAllStandardOutput();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const bool ready = out.contains("ready\n");
    p.waitForFinished(30000);
    if (!ready) {
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = QStringLiteral("no \"ready\" from reper");
        return -1;
    }
    return ms;
}

} // namespace

QString findReper()
{
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& candidate : {dir + QStringLiteral("/../src/app/reper"), dir + QStringLiteral("/reper")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

StartTimes measureStart(const QString& reper, const QString& store, const QString& user, const QString& password,
                        std::optional<int> year, int runs, bool dropCaches)
{
    StartTimes out;
    if (reper.isEmpty()) {
        out.note = QStringLiteral("reper not built beside reper-bench");
        return out;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REPER_USER"), user);
    env.insert(QStringLiteral("REPER_PASSWORD"), password);
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QStringList arguments = {QStringLiteral("--exit-when-ready"), QStringLiteral("--store"), store};
    if (year)
        arguments << QStringLiteral("--year") << QString::number(*year);
    std::vector<double> cold;
    std::vector<double> warm;
    QString error;
    bool canDrop = dropCaches;
    for (int i = 0; i < runs; ++i) {
        if (canDrop) {
            canDrop = dropCache();
            if (canDrop) {
                const double ms = startOnce(reper, arguments, env, &error);
                if (ms < 0)
                    break;
                cold.push_back(ms);
            }
        }
        const double ms = startOnce(reper, arguments, env, &error);
        if (ms < 0)
            break;
        warm.push_back(ms);
    }
    if (warm.empty()) {
        out.note = error;
        return out;
    }
    out.measured = true;
    out.coldMs = median(cold);
    out.warmMs = median(warm);
    out.note = cold.empty() ? (dropCaches ? QStringLiteral("the file cache could not be dropped here: warm only")
                                          : QStringLiteral("warm only (--drop-caches for a cold start)"))
                            : QStringLiteral("file cache dropped before each cold run");
    return out;
}

} // namespace reper::bench
