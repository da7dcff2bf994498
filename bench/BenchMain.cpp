// reper-bench: on a generated store (default 10 years at 20 times the national volume of 2019,
// about two million records), the import against the insert floor, the time of one year's national
// and CR-BV bilanț against the floor of the bare SQL on the same store, the national bilanț
// document in every format, the start of the window, and the peak memory of a document and of an
// import on that store and on one twice its size; then the aims of issue 15 beside each figure. The
// usage is kHelp below.
#include "BenchAims.h"
#include "BenchChild.h"
#include "BenchTiming.h"
#include "ColdStart.h"
#include "DuplicateBench.h"
#include "FloorQueries.h"
#include "ImportFloor.h"
#include "ServerBench.h"
#include "WorkListBench.h"
#include "core/BilantFigures.h"
#include "core/Clock.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "generator/DataGenerator.h"
#include "report/ReportFormat.h"
#include "storage/Store.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace reper;
using namespace reper::bench;

namespace {

const char* kHelp = R"(Usage: reper-bench [--years N] [--first-year Y] [--scale F] [--repeat N] [--keep DIR]
                   [--no-double] [--drop-caches]
       reper-bench --store FILE --password PASSWORD [--first-year Y] [--years N] [--repeat N]
                   [--drop-caches]
       reper-bench --server OWNER_URL [--years N] [--first-year Y] [--scale F] [--repeat N] [--keep DIR]
                   [--list-only] [--measure-only]
       reper-bench --help | --version
Reper's speed and memory figures (docs/benchmarks.md), printed, with the aims of issue 15

Generates a store of synthetic data (by default 10 years from 2011 at 20 times the national
volume of 2019, about two million records), imports it and inserts the same rows again with bare
statements (the floor), times one year's national and CR-BV bilanț against the bare SQL on the
same store, the bilanț document in every format and the start of the window (reper
--exit-when-ready), and measures the peak memory of a document and of an import in processes of
their own — on this store and on one of twice the years.

Options:
  --years N                      years of data (default 10)
  --first-year Y                 the first year (default 2011); the figures are of the middle year
  --scale F                      times the national volume of 2019 (default 20)
  --repeat N                     warm runs after the cold one, of which the median (default 5)
  --keep DIR                     build the stores and their CSV files in DIR and keep them
  --no-double                    skip the store of twice the years (the memory growth)
  --drop-caches                  drop the system's file cache before each cold start of the
                                 window (needs root; else the start is measured warm only)
  --store FILE                   measure the reports on a store already built (user $REPER_USER,
                                 else admin)
  --password PASSWORD            the password of --store
  --server OWNER_URL             the figures of issue 8 on a PostgreSQL server instead: on an empty
                                 database, as its owner allowed to create roles (password in
                                 $PGPASSWORD or the address; never printed), init the store, add a
                                 national coordinator, import the same data there and into a local
                                 file, time the national bilanț on both and open the victims list
                                 (scripts/bench-server.sh starts a throwaway server for it)
  --list-only                    with --server: import victims.csv only and time the victims list
                                 (size it with --years/--scale for 400,000 victims)
  --measure-only                 with --server and --keep DIR: measure only, on the server's store
                                 and DIR's local file that a run with the same options and --keep
                                 left (to compare two builds on the same data)
  --help                         this text
  --version                      the program's version
)";

constexpr double kFiguresPerBilantAim = 2.0; // the document's figures, within 2× one national bilanț
constexpr double kEveryFormatAimMs = 500;
constexpr double kImportFloorAim = 0.6;
constexpr double kStartAimMs = 1000;
constexpr double kPeakAimMb = 200;
constexpr double kGrowthAimPercent = 10;

double peakRssMb() { return double(platform::peakResidentBytes()) / (1024.0 * 1024.0); }

struct DocumentTimes
{
    bool ok = false;
    double figuresMs = 0; // warm
    double everyFormatMs = 0; // the figures once and the 7 renderings, warm
};

// The bilanț document of the year in every format, as reper-cli makes it: the figures once, then
// each renderer; and each format from scratch (figures and rendering), as one command each.
DocumentTimes benchDocument(Store& store, int year, int repeat)
{
    DocumentTimes out;
    FiguresRepository figures(store);
    BilantReportData data;
    const auto compute = timeIt(repeat, [&] { data = *figures.computeReport(year); });
    std::printf("document figures  cold %7.1f ms warm %7.1f ms (the year, the year before, %lld centres)\n",
                compute.first, compute.second, qint64(data.centres.size()));
    ReportOptions options;
    options.generatedAt = QDateTime::currentDateTimeUtc();
    options.programVersion = QString::fromLatin1(programVersion());
    double renderAll = 0;
    double fromScratch = 0;
    for (const QString& name : ReportFormats::names()) {
        const ReportFormat format = *ReportFormats::parse(name);
        qsizetype size = 0;
        bool ok = true;
        const auto render = timeIt(repeat, [&] {
            const auto bytes = ReportFormats::render(format, data, options);
            ok = ok && bytes.ok();
            size = bytes ? bytes->size() : 0;
        });
        if (!ok) {
            std::fprintf(stderr, "render %s failed\n", qPrintable(name));
            return out;
        }
        renderAll += render.second;
        fromScratch += compute.second + render.second;
        std::printf("render %-5s      cold %7.1f ms warm %7.1f ms  %9lld bytes\n", qPrintable(name), render.first,
                    render.second, qint64(size));
    }
    std::printf("every format      %7.1f ms (figures once + 7 renderings, warm); %7.1f ms as 7 separate reports\n",
                compute.second + renderAll, fromScratch);
    out.ok = true;
    out.figuresMs = compute.second;
    out.everyFormatMs = compute.second + renderAll;
    return out;
}

struct Options
{
    GeneratorOptions generator;
    int repeat = 5;
    QString keep;
    QString existing; // --store PATH --password PW: measure the reports on a store already built
    QString existingPassword;
    bool doubled = true;
    bool dropCaches = false;
    QString server; // --server OWNER_URL
    bool listOnly = false;
    bool measureOnly = false;
};

// Generates `years` of data into dir/csv-N and imports it into dir/STORE in a process of its own.
ChildResult generateAndImport(const GeneratorOptions& options, const QString& dir, const QString& store,
                              const QString& password)
{
    ChildResult fail;
    QElapsedTimer t;
    t.start();
    const QString csv = dir + QStringLiteral("/csv-%1y").arg(options.years);
    DataGenerator generator;
    if (auto s = generator.write(csv, options); !s) {
        fail.error = QStringLiteral("generate: ") + s.error().message;
        return fail;
    }
    std::printf("generate          %10lld rows   %8.1f s   (%d years from %d)\n", generator.rowsWritten(),
                double(t.elapsed()) / 1000, options.years, options.firstYear);
    QFile::remove(store);
    QFile::remove(store + QStringLiteral(".keys"));
    return runChild({QStringLiteral("--child-import"), csv, store, password});
}

void printMemory(const char* what, const ChildResult& r)
{
    if (r.ok)
        std::printf("peak memory       %8.1f MB  %s\n", r.number(QStringLiteral("peak_mb")), what);
    else
        std::printf("peak memory       not measured: %s (%s)\n", what, qPrintable(r.error));
}

} // namespace

int main(int argc, char** argv)
{
    // Answered at once: no application, no data generated.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("reper-bench %s\n", programVersion());
            return 0;
        }
    }
    // The document's charts and PDF need fonts: a QGuiApplication, offscreen when nothing else is asked.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() > 1 && args[1] == QLatin1String("--child-import"))
        return childImport(args.mid(2));
    if (args.size() > 1 && args[1] == QLatin1String("--child-document"))
        return childDocument(args.mid(2));

    Options o;
    o.generator.firstYear = 2011;
    o.generator.years = 10;
    o.generator.scale = 20;
    for (int i = 1; i < args.size(); ++i) {
        const QString& name = args[i];
        if (name == QLatin1String("--no-double")) {
            o.doubled = false;
            continue;
        }
        if (name == QLatin1String("--drop-caches")) {
            o.dropCaches = true;
            continue;
        }
        if (name == QLatin1String("--list-only")) {
            o.listOnly = true;
            continue;
        }
        if (name == QLatin1String("--measure-only")) {
            o.measureOnly = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "reper-bench: '%s' needs a value (reper-bench --help)\n", qPrintable(name));
            return 2;
        }
        const QString& value = args[++i];
        if (name == QLatin1String("--years"))
            o.generator.years = value.toInt();
        else if (name == QLatin1String("--scale"))
            o.generator.scale = value.toDouble();
        else if (name == QLatin1String("--repeat"))
            o.repeat = value.toInt();
        else if (name == QLatin1String("--keep"))
            o.keep = value;
        else if (name == QLatin1String("--store"))
            o.existing = value;
        else if (name == QLatin1String("--password"))
            o.existingPassword = value;
        else if (name == QLatin1String("--server"))
            o.server = value;
        else if (name == QLatin1String("--first-year"))
            o.generator.firstYear = value.toInt();
        else {
            std::fprintf(stderr, "reper-bench: unknown option '%s' (reper-bench --help)\n", qPrintable(name));
            return 2;
        }
    }
    QTemporaryDir tmp;
    const QString dir = o.keep.isEmpty() ? tmp.path() : o.keep;
    QDir().mkpath(dir);
    if (o.measureOnly && (o.server.isEmpty() || o.keep.isEmpty())) {
        std::fprintf(stderr, "reper-bench: --measure-only needs --server and the --keep folder of an earlier run\n");
        return 2;
    }
    if (!o.server.isEmpty())
        return runServerBench({o.server, o.generator, o.repeat, dir, o.listOnly, o.measureOnly});
    const int year = o.generator.firstYear + o.generator.years / 2;
    std::printf("reper-bench: %d years from %d at scale %.2f; figures for %d\n", o.generator.years,
                o.generator.firstYear, o.generator.scale, year);
    AimTable aims;

    QString storePath = dir + QStringLiteral("/bench.reper");
    QString password = QStringLiteral("bench-password-1");
    QString user = QStringLiteral("admin");
    QString recoveryKey; // a store built here: its first CR-BV operator gets the key and indexes the names
    double importSeconds = 0;
    ChildResult imported;
    if (!o.existing.isEmpty()) {
        storePath = o.existing;
        password = o.existingPassword;
        user = qEnvironmentVariable("REPER_USER", QStringLiteral("admin"));
    } else {
        imported = generateAndImport(o.generator, dir, storePath, password);
        if (!imported.ok) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.error));
            return 1;
        }
        importSeconds = imported.number(QStringLiteral("seconds"));
        const double rows = imported.number(QStringLiteral("rows"));
        recoveryKey = imported.values.value(QStringLiteral("recovery"));
        std::printf("import            %10.0f rows   %8.1f s   %8.0f rows/s   (%.0f store rows)\n", rows, importSeconds,
                    rows / importSeconds, imported.number(QStringLiteral("store_rows")));
        printMemory("of the import (a process of its own)", imported);

        // The floor: the same rows again into a new store, bare statements, one transaction.
        const QString floorPath = dir + QStringLiteral("/floor.reper");
        QFile::remove(floorPath);
        QFile::remove(floorPath + QStringLiteral(".keys"));
        auto source = Store::open(storePath, user, password, SystemClock::instance());
        auto fresh = Store::create(floorPath, user, password, SystemClock::instance());
        if (!source || !fresh) {
            std::fprintf(stderr, "floor: %s\n", qPrintable((source ? fresh.error() : source.error()).message));
            return 1;
        }
        const FloorResult floor = insertFloor((*source)->db(), *fresh->store);
        fresh->store.reset();
        source->reset();
        for (const QString& suffix :
             {QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(floorPath + suffix);
        if (!floor.ok) {
            std::fprintf(stderr, "floor failed: %s\n", qPrintable(floor.error));
            return 1;
        }
        std::printf("insert floor      %10lld store rows %6.1f s   %8.0f rows/s | import / floor %.2f (time ratio "
                    "floor / import)\n",
                    floor.rows, floor.seconds, double(floor.rows) / floor.seconds, floor.seconds / importSeconds);
        aims.atLeast(QStringLiteral("import speed / insert floor"), floor.seconds / importSeconds, kImportFloorAim,
                     QStringLiteral("×"));
        aims.atMost(QStringLiteral("peak memory of the import"), imported.number(QStringLiteral("peak_mb")), kPeakAimMb,
                    QStringLiteral("MB"));
    }

    // Reopen, so "cold" is the first run after opening, as a user would see it.
    QElapsedTimer t;
    t.start();
    auto opened = Store::open(storePath, user, password, SystemClock::instance());
    std::printf("open store        %8.1f ms (Argon2id unlock, cipher check, schema)\n", double(t.nsecsElapsed()) / 1e6);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    // A wrong password and a name that is no user cost the same: Argon2id runs for both.
    if (auto keys = KeyFile::load(KeyFile::pathFor(storePath))) {
        const auto wrong = timeIt(3, [&] { (void)keys->unlockSlot(user, QStringLiteral("not the password at all")); });
        const auto unknown = timeIt(
            3, [&] { (void)keys->unlockSlot(QStringLiteral("nobody-by-this-name"), QStringLiteral("not it")); });
        std::printf("refused sign-in   wrong password %7.1f ms | unknown name %7.1f ms (median of 3)\n", wrong.second,
                    unknown.second);
    }
    if (!recoveryKey.isEmpty()) {
        // The first operator of CR-BV: the recovery key hands CR-BV's key over, and their first
        // sign-in writes the search tokens of every CR-BV name the import sealed without them.
        const QString op = QStringLiteral("op-bv");
        const QString own = QStringLiteral("bench-operator-password");
        bool ready = UserService(**opened).add(op, {QStringLiteral("operator")}, QStringLiteral("CR-BV"), own).ok();
        if (ready) {
            auto first = Store::open(storePath, op, own, SystemClock::instance());
            ready = first && UserService(**first).changeOwnPassword(own + QStringLiteral("-2")).ok();
        }
        ready = ready && IdentityGrants(**opened).handOverWithRecoveryKey(recoveryKey).ok();
        const qint64 pending
            = *(*opened)->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_identity WHERE indexed = 0"));
        t.restart();
        auto indexed = ready ? Store::open(storePath, op, own + QStringLiteral("-2"), SystemClock::instance())
                             : Result<std::unique_ptr<Store>>(makeError(QStringLiteral("no operator")));
        std::printf(
            "first CR-BV login %8.1f ms (Argon2id, and the search tokens of %lld names sealed by the import)%s\n",
            double(t.nsecsElapsed()) / 1e6,
            pending
                - *(*opened)->db().queryInt(QStringLiteral("SELECT count(*) FROM victim_identity WHERE indexed = 0")),
            indexed ? "" : " FAILED");
        // Then every other centre's first operator, and the national duplicate search.
        benchDuplicates(**opened, storePath, recoveryKey, o.repeat, aims);
    }
    benchWorkList(**opened, o.repeat, aims);
    bool agree = true;
    double nationalBilantMs = 0;
    for (const QString& center : {QString(), QStringLiteral("CR-BV")}) {
        const qint64 centerId = center.isEmpty() ? 0 : *(*opened)->reference().centerId(center);
        BilantFigures viaRepository;
        BilantFigures viaFloor;
        FiguresRepository figures(**opened);
        const auto repo = timeIt(o.repeat, [&] { viaRepository = *figures.compute(year, center); });
        const auto floor
            = timeIt(o.repeat, [&] { bench::runFloor((*opened)->db().handle(), year, centerId, &viaFloor); });
        const bool same = sameFigures(viaRepository, viaFloor);
        agree = agree && same;
        if (center.isEmpty())
            nationalBilantMs = repo.second;
        const QString scope = center.isEmpty() ? QStringLiteral("national") : center;
        std::printf("bilant %-9s  repository cold %7.1f ms warm %7.1f ms | floor cold %7.1f ms warm %7.1f ms | "
                    "ratio (warm) %.2f | figures %s\n",
                    qPrintable(scope), repo.first, repo.second, floor.first, floor.second,
                    floor.second > 0 ? repo.second / floor.second : 0.0, same ? "agree" : "DIFFER");
        std::printf("                  victims identified %lld, assisted %lld, activities %lld, persons %lld\n",
                    viaRepository.victimsIdentified, viaRepository.victimsAssistanceMonitored,
                    viaRepository.preventionActivities, viaRepository.personsReached);
    }
    const DocumentTimes document = benchDocument(**opened, year, o.repeat);
    if (document.ok) {
        aims.atMost(QStringLiteral("document figures / one national bilanț"), document.figuresMs / nationalBilantMs,
                    kFiguresPerBilantAim, QStringLiteral("×"));
        aims.atMost(QStringLiteral("every format of the national document (figures once)"), document.everyFormatMs,
                    kEveryFormatAimMs, QStringLiteral("ms"));
    }
    opened->reset();

    const ChildResult doc
        = runChild({QStringLiteral("--child-document"), storePath, user, password, QString::number(year)});
    printMemory("of the national document, every format (a process of its own)", doc);
    if (doc.ok)
        aims.atMost(QStringLiteral("peak memory of the national document"), doc.number(QStringLiteral("peak_mb")),
                    kPeakAimMb, QStringLiteral("MB"));
    else
        aims.notMeasured(QStringLiteral("peak memory of the national document"), doc.error);

    // The window's start, from the process to the home page painted with the year's figures.
    const StartTimes start = measureStart(findReper(), storePath, user, password, year, 3, o.dropCaches);
    if (start.measured) {
        std::printf("start of reper    cold %s warm %7.1f ms (process start to the home page of %d painted; %s)\n",
                    start.coldMs > 0 ? qPrintable(QStringLiteral("%1 ms").arg(start.coldMs, 7, 'f', 1))
                                     : "not measured",
                    start.warmMs, year, qPrintable(start.note));
        const bool cold = start.coldMs > 0;
        aims.atMost(cold ? QStringLiteral("start of the window, file cache dropped")
                         : QStringLiteral("start of the window (warm: cache not dropped)"),
                    cold ? start.coldMs : start.warmMs, kStartAimMs, QStringLiteral("ms"));
    } else {
        std::printf("start of reper    not measured: %s\n", qPrintable(start.note));
        aims.notMeasured(QStringLiteral("start of the window"), start.note);
    }

    // The same on a store of twice the years (ending where this one ends): does memory stay flat?
    if (o.doubled && o.existing.isEmpty()) {
        GeneratorOptions twice = o.generator;
        twice.years = 2 * o.generator.years;
        twice.firstYear = o.generator.firstYear - o.generator.years;
        const QString bigPath = dir + QStringLiteral("/bench-double.reper");
        const ChildResult bigImport = generateAndImport(twice, dir, bigPath, password);
        printMemory("of the import, twice the years", bigImport);
        const ChildResult bigDoc = bigImport.ok ? runChild({QStringLiteral("--child-document"), bigPath,
                                                            QStringLiteral("admin"), password, QString::number(year)})
                                                : bigImport;
        printMemory("of the national document, twice the years", bigDoc);
        const auto growth = [&](const QString& what, const ChildResult& small, const ChildResult& big) {
            if (!small.ok || !big.ok) {
                aims.notMeasured(what, small.ok ? big.error : small.error);
                return;
            }
            const double a = small.number(QStringLiteral("peak_mb"));
            const double b = big.number(QStringLiteral("peak_mb"));
            aims.atMost(what, 100.0 * (b - a) / a, kGrowthAimPercent, QStringLiteral("%"));
        };
        growth(QStringLiteral("peak memory of the document, store doubled: growth"), doc, bigDoc);
        growth(QStringLiteral("peak memory of the import, store doubled: growth"), imported, bigImport);
        if (o.keep.isEmpty())
            for (const QString& suffix :
                 {QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(bigPath + suffix);
    }
    std::printf("peak RSS          %8.1f MB at the end (this process)\n", peakRssMb());
    aims.print();
    return agree && document.ok ? 0 : 1;
}
