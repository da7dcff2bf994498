// reper: the program a centre's staff start. The window comes with its own issue; until then this
// opens the default local store (or, when there is none yet, a demo store of synthetic data) and
// prints the bilanț of the latest complete year.
#include "AppPaths.h"
#include "Clock.h"
#include "DataGenerator.h"
#include "FiguresRepository.h"
#include "Importer.h"
#include "KeyFile.h"
#include "Logging.h"
#include "Store.h"
#include "TextRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace reper;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "reper: %s\n", qPrintable(message));
    return 1;
}

// A demo store beside the default one, filled with synthetic data for two years.
Result<std::unique_ptr<Store>> openDemo(const QString& path, const QString& password)
{
    if (QFileInfo::exists(path))
        return Store::open(path, QStringLiteral("demo"), password, SystemClock::instance());
    std::printf("Creating a demo store of synthetic data at %s (user demo, password \"%s\")...\n", qPrintable(path),
                qPrintable(password));
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto created = Store::create(path, QStringLiteral("demo"), password, SystemClock::instance());
    if (!created)
        return created.error();
    QTemporaryDir csv;
    GeneratorOptions options;
    options.firstYear = QDate::currentDate().year() - 2;
    options.years = 2;
    DataGenerator generator;
    if (auto s = generator.write(csv.path(), options); !s)
        return s.error();
    const ImportReport report = Importer(*created->store).run(csv.path(), false);
    if (!report.ok())
        return makeError(QStringLiteral("the demo data could not be imported"),
                         report.problems.isEmpty() ? report.failure : report.problems.first().toString());
    return std::move(created->store);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reper"));
    Logging::setup(AppPaths::logDir());

    QString storePath = qEnvironmentVariable("REPER_STORE", AppPaths::defaultStorePath());
    const QStringList args = app.arguments();
    int year = QDate::currentDate().year() - 1;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--store"))
            storePath = args[i + 1];
        else if (args[i] == QLatin1String("--year"))
            year = args[i + 1].toInt();
    }

    std::unique_ptr<Store> store;
    if (QFileInfo::exists(storePath)) {
        auto keys = KeyFile::load(KeyFile::pathFor(storePath));
        if (!keys)
            return fail(keys.error().message);
        QString user = qEnvironmentVariable("REPER_USER");
        if (user.isEmpty() && keys->slots().size() == 1)
            user = keys->slots().front().user;
        if (!qEnvironmentVariableIsSet("REPER_PASSWORD") || user.isEmpty())
            return fail(QStringLiteral("until the window exists, give the user and password in $REPER_USER and "
                                       "$REPER_PASSWORD (or use reper-cli)"));
        auto opened = Store::open(storePath, user, qEnvironmentVariable("REPER_PASSWORD"), SystemClock::instance());
        if (!opened)
            return fail(opened.error().message);
        store = std::move(*opened);
    } else {
        std::printf("There is no store at %s yet: create one with  reper-cli init --admin NAME\n",
                    qPrintable(storePath));
        const QString demoPath = QDir(AppPaths::dataDir()).filePath(QStringLiteral("demo.reper"));
        auto demo = openDemo(demoPath, qEnvironmentVariable("REPER_PASSWORD", QStringLiteral("demo-reper")));
        if (!demo)
            return fail(demo.error().message + QStringLiteral(" ") + demo.error().detail);
        store = std::move(*demo);
    }
    auto figures = FiguresRepository(*store).compute(year);
    if (!figures)
        return fail(figures.error().message);
    std::fputs(renderText(*figures).toUtf8().constData(), stdout);
    return 0;
}
