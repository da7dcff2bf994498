#include "FaultPoint.h"

#include <QMutex>
#include <QThread>
#include <cstdio>

namespace reper::FaultPoint {

namespace {

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QString& stopName()
{
    static QString name;
    return name;
}

} // namespace

bool reached(const char* name)
{
    const QString here = QString::fromLatin1(name);
    static const QString pauseAt = qEnvironmentVariable("REPER_TEST_PAUSE_AT");
    if (!pauseAt.isEmpty() && pauseAt == here) {
        std::fprintf(stderr, "REPER-PAUSED %s\n", name);
        std::fflush(stderr);
        for (;;)
            QThread::sleep(1); // until the test kills the program
    }
    const QMutexLocker lock(&mutex());
    return !stopName().isEmpty() && stopName() == here;
}

Error stopped(const char* name)
{
    Error e = makeError(QStringLiteral("stopped at the test point %1").arg(QString::fromLatin1(name)));
    e.fault = Fault::Stopped;
    return e;
}

void stopAt(const QString& name)
{
    const QMutexLocker lock(&mutex());
    stopName() = name;
}

} // namespace reper::FaultPoint
