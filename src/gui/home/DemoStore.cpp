#include "DemoStore.h"

#include "core/Clock.h"
#include "generator/DataGenerator.h"
#include "importer/Importer.h"
#include "storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace reper {

QString DemoStore::suggestedPath(const QString& currentStore)
{
    const QDir dir = QFileInfo(currentStore).absoluteDir();
    QString path = dir.filePath(QStringLiteral("reper-demo.reper"));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".keys")); ++n)
        path = dir.filePath(QStringLiteral("reper-demo-%1.reper").arg(n));
    return path;
}

Status DemoStore::make(const QString& path, const QString& currentStore, const QString& user, const QString& password,
                       const Clock& clock, const std::function<bool(qint64)>& progress)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(currentStore).absoluteFilePath())
        return makeError(tr("The demo data goes into a store of its own, never into the one in use."));
    if (QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".keys")))
        return makeError(tr("%1 exists already: choose another file.").arg(QDir::toNativeSeparators(path)));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError(tr("The demo data could not be made."), QStringLiteral("no temporary folder"));
    GeneratorOptions options;
    options.years = 3;
    options.firstYear = clock.today().year() - options.years; // whole years, none after today
    options.scale = 0.1;
    // About 2,000 rows: generating is the first tenth of the work, importing the rest.
    const qint64 expected = 2000;
    const auto report = [&](qint64 thousandths) { return !progress || progress(std::min<qint64>(thousandths, 999)); };
    const QString csv = tmp.filePath(QStringLiteral("csv"));
    DataGenerator generator;
    if (auto s = generator.write(csv, options, [&](qint64 rows) { return report(rows * 100 / expected / 10); }); !s)
        return s;
    auto created = Store::create(path, user, password, clock);
    if (!created)
        return created.error();
    Importer importer(*created->store);
    const qint64 rows = std::max<qint64>(1, generator.rowsWritten());
    importer.setProgress([&](qint64 done) { return report(100 + done * 900 / rows); });
    const ImportReport imported = importer.run(csv, false);
    created->store.reset();
    if (!imported.ok()) {
        for (const char* suffix : {"", ".keys", "-wal", "-shm", ".lockout"})
            QFile::remove(path + QLatin1String(suffix));
        Error e = makeError(imported.cancelled ? tr("Stopped: no demo store was made.")
                                               : tr("The demo data could not be imported."),
                            imported.failure);
        e.cancelled = imported.cancelled;
        return e;
    }
    return Status::success();
}

} // namespace reper
