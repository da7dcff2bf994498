#include "TestPause.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QThread>

namespace reper::TestPause {

void at(const char* name)
{
    static const QString point = qEnvironmentVariable("REPER_TEST_PAUSE_AT");
    static const QString folder = qEnvironmentVariable("REPER_TEST_PAUSE_DIR");
    if (point.isEmpty() || folder.isEmpty() || point != QLatin1String(name))
        return;
    const QDir dir(folder);
    QFile reached(dir.filePath(point + QStringLiteral(".reached")));
    if (reached.open(QIODevice::WriteOnly))
        reached.close();
    const QString release = dir.filePath(point + QStringLiteral(".release"));
    while (!QFile::exists(release))
        QThread::msleep(20);
}

} // namespace reper::TestPause
