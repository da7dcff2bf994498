#include "ServerBench.h"

#include "BenchAims.h"
#include "BenchChild.h"
#include "BenchTiming.h"
#include "core/Clock.h"
#include "importer/Importer.h"
#include "storage/Store.h"
#include "storage/engine/Database.h"
#include "storage/engine/postgres/PgConnection.h"
#include "storage/engine/postgres/PgUrl.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/SecuritySession.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace reper::bench {

namespace {

constexpr double kServerBilantAim = 1.5; // the national bilanț on the server, within 1.5× the local file
constexpr double kListPageAimMs = 100; // a page of a list on loopback
constexpr qint64 kListVictims = 400000; // the size of list the issue asks about
constexpr int kPageSize = 250; // RecordListModel::kPageSize

// Synthetic accounts of the benchmark's own store; never printed.
const QString kAdmin = QStringLiteral("bench_admin");
const QString kAdminPassword = QStringLiteral("bench-admin-passphrase-1");
const QString kNational = QStringLiteral("bench_national");
const QString kNationalTemporary = QStringLiteral("bench-temporary-passphrase-1");
const QString kNationalPassword = QStringLiteral("bench-national-passphrase-1");
const QString kLocalPassword = QStringLiteral("bench-password-1");

int failed(const QString& what, const QString& why)
{
    std::fprintf(stderr, "reper-bench --server: %s: %s\n", qPrintable(what), qPrintable(why));
    return 1;
}

// The store made on the server and its national coordinator's first sign-in (their own password).
Result<PgUrl> makeServerStore(const PgUrl& owner)
{
    QElapsedTimer t;
    t.start();
    auto made = ServerInit::run(owner, kAdmin, kAdminPassword, SystemClock::instance());
    if (!made)
        return made.error();
    if (made->outcome != ServerInit::Outcome::Created || !made->store)
        return makeError(QStringLiteral("the database already held a Reper store; the benchmark needs an empty one"));
    auto added
        = UserService(*made->store).add(kNational, {QStringLiteral("coordinator")}, QString(), kNationalTemporary);
    if (!added)
        return added.error();
    const PgUrl national = owner.withUser(kNational);
    auto first = SecuritySession::connect(national, kNationalTemporary, SystemClock::instance());
    if (!first)
        return first.error();
    if (auto s = UserService(**first).changeOwnPassword(kNationalPassword); !s)
        return s.error();
    std::printf("server store      %8.1f ms (init: schema, roles, policies, first administrator; a national "
                "coordinator added and signed in)\n",
                double(t.nsecsElapsed()) / 1e6);
    return national;
}

Result<std::unique_ptr<Store>> signIn(const PgUrl& national)
{
    return SecuritySession::connect(national, kNationalPassword, SystemClock::instance());
}

// Generates the data into `csv`; with `victimsOnly`, keeps victims.csv alone.
Status generate(const GeneratorOptions& options, const QString& csv, bool victimsOnly)
{
    QElapsedTimer t;
    t.start();
    DataGenerator generator;
    if (auto s = generator.write(csv, options); !s)
        return s;
    qint64 rows = generator.rowsWritten();
    if (victimsOnly) {
        rows = 0;
        for (const GeneratedFile& f : generator.files()) {
            if (f.fileName == QLatin1String("victims.csv"))
                rows = f.rows;
            else
                QFile::remove(QDir(csv).filePath(f.fileName));
        }
    }
    std::printf("generate          %10lld rows   %8.1f s   (%d years from %d at scale %.2f%s)\n", rows,
                double(t.elapsed()) / 1000, options.years, options.firstYear, options.scale,
                victimsOnly ? ", victims.csv only" : "");
    return Status::success();
}

// Imports `csv` on the server as the national coordinator; rows/s.
Result<double> importOnServer(const PgUrl& national, const QString& csv)
{
    auto store = signIn(national);
    if (!store)
        return store.error();
    QElapsedTimer t;
    t.start();
    Importer importer(**store);
    const ImportReport report = importer.run(csv, false);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!report.ok())
        return makeError(report.problems.isEmpty() ? report.failure : report.problems.first().toString());
    const double rate = double(report.rows()) / seconds;
    std::printf("import, server    %10lld rows   %8.1f s   %8.0f rows/s   (%lld new records)\n", qint64(report.rows()),
                seconds, rate, qint64(report.added()));
    return rate;
}

// One year's national bilanț, cold (the first after signing in) and warm, on the local file and
// on the server; the ratio of the warm medians.
bool benchBilant(Store& local, const PgUrl& national, int year, int repeat, AimTable& aims)
{
    auto server = signIn(national);
    if (!server) {
        aims.notMeasured(QStringLiteral("national bilanț, server / local file"), server.error().message);
        return false;
    }
    BilantFigures onFile;
    BilantFigures onServer;
    bool ok = true;
    FiguresRepository fileFigures(local);
    FiguresRepository serverFigures(**server);
    const auto file = timeIt(repeat, [&] {
        auto f = fileFigures.compute(year);
        ok = ok && f.ok();
        if (f)
            onFile = *f;
    });
    const auto remote = timeIt(repeat, [&] {
        auto f = serverFigures.compute(year);
        ok = ok && f.ok();
        if (f)
            onServer = *f;
    });
    const bool same = ok && sameFigures(onFile, onServer);
    std::printf("bilant national   local file cold %7.1f ms warm %7.1f ms | server cold %7.1f ms warm %7.1f ms | "
                "ratio (warm) %.2f | figures %s\n",
                file.first, file.second, remote.first, remote.second, file.second > 0 ? remote.second / file.second : 0,
                !ok        ? "FAILED"
                    : same ? "agree"
                           : "DIFFER");
    std::printf("                  victims identified %lld, assisted %lld, activities %lld, persons %lld (%d)\n",
                onServer.victimsIdentified, onServer.victimsAssistanceMonitored, onServer.preventionActivities,
                onServer.personsReached, year);
    if (ok)
        aims.atMost(QStringLiteral("national bilanț %1, server / local file (warm)").arg(year),
                    remote.second / file.second, kServerBilantAim, QStringLiteral("×"));
    else
        aims.notMeasured(QStringLiteral("national bilanț, server / local file"), QStringLiteral("a bilanț failed"));
    return same;
}

// The victims list as the window opens it (RecordListModel::reload: the count, then the first
// page in the default order) and a page in the middle of the list, cold and warm.
// The aim is the server's; the local file's figures are printed beside them for comparison.
void benchVictimsList(Store& store, const QString& where, int repeat, AimTable* aims)
{
    const qint64 victims = store.db().queryInt(QStringLiteral("SELECT count(*) FROM victim")).value_or(-1);
    RecordListQuery query(store, ListKind::Victims);
    const ListFilter filter;
    ListSort sort;
    sort.column = query.spec().defaultSortColumn;
    sort.descending = query.spec().defaultDescending;
    qint64 total = -1;
    int rows = 0;
    bool ok = true;
    const auto open = timeIt(repeat, [&] {
        auto counted = query.count(filter);
        auto page = query.page(filter, sort, 0, kPageSize, counted && *counted >= RecordListQuery::kManyMatches);
        ok = ok && counted && page;
        total = counted.value_or(-1);
        rows = page ? int(page->size()) : 0;
    });
    const qint64 middle = (total / 2) / kPageSize * kPageSize;
    const auto deep = timeIt(repeat, [&] {
        auto page = query.page(filter, sort, middle, kPageSize, true);
        ok = ok && page;
    });
    const QString size = QStringLiteral("%1 victims").arg(victims);
    std::printf("victims list, %-6s count + first page cold %7.1f ms warm %7.1f ms | page at %lld cold %7.1f ms "
                "warm %7.1f ms (%lld listed, %d on a page)%s\n",
                qPrintable(where), open.first, open.second, middle, deep.first, deep.second, total, rows,
                ok ? "" : " FAILED");
    if (victims < kListVictims)
        std::printf("                  the store holds %lld victims, fewer than the %lld the aim is for\n", victims,
                    kListVictims);
    if (!aims)
        return;
    if (!ok) {
        aims->notMeasured(QStringLiteral("victims list, %1").arg(where), QStringLiteral("a list query failed"));
        return;
    }
    aims->atMost(QStringLiteral("victims list, %1, %2: count + first page").arg(where, size),
                 std::max(open.first, open.second), kListPageAimMs, QStringLiteral("ms"));
    aims->atMost(QStringLiteral("victims list, %1: the page at %2").arg(where).arg(middle),
                 std::max(deep.first, deep.second), kListPageAimMs, QStringLiteral("ms"));
}

// What autovacuum does on its own within a minute or so of the import's commit, as the owner: the
// statistics of the freshly imported tables, and (PostgreSQL 13 and later vacuum a table after a
// large insert, autovacuum_vacuum_insert_threshold) their visibility map. Without the statistics
// the plans of the case rule and of the victims list differ by orders of magnitude, without the map
// no count or list page is an index-only scan (docs/benchmarks.md); which a run got would depend
// on autovacuum's timing.
void vacuumAnalyze(const PgUrl& owner)
{
    QElapsedTimer t;
    t.start();
    auto conn = PgConnection::connect(owner, PgConnection::Options{});
    const Status s = conn ? (*conn)->exec(QStringLiteral("VACUUM (ANALYZE)")) : Status(conn.error());
    std::printf("vacuum, analyze   %8.1f ms (as the owner, as autovacuum would after the import)%s\n",
                double(t.nsecsElapsed()) / 1e6, s ? "" : " FAILED");
}

} // namespace

int runServerBench(const ServerBenchOptions& o)
{
    // A run takes minutes: each line as it is measured, also into a file or a pipe.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    auto owner = PgUrl::parse(o.ownerUrl);
    if (!owner)
        return failed(QStringLiteral("the address"), owner.error().message);
    const int year = o.generator.firstYear + o.generator.years / 2;
    std::printf("reper-bench --server %s: %d years from %d at scale %.2f; figures for %d%s\n",
                qPrintable(owner->text()), o.generator.years, o.generator.firstYear, o.generator.scale, year,
                o.listOnly ? "; the victims list only" : "");
    AimTable aims(8);
    // --measure-only: the store on the server and the local file in `dir` are a run's with --keep.
    auto national = o.measureOnly ? Result<PgUrl>(owner->withUser(kNational)) : makeServerStore(*owner);
    if (!national)
        return failed(QStringLiteral("init"), national.error().message + QLatin1Char(' ') + national.error().detail);
    if (!o.measureOnly) {
        const QString csv = QDir(o.dir).filePath(QStringLiteral("csv-server"));
        if (auto s = generate(o.generator, csv, o.listOnly); !s)
            return failed(QStringLiteral("generate"), s.error().message);
        auto serverRate = importOnServer(*national, csv);
        if (!serverRate)
            return failed(QStringLiteral("import on the server"), serverRate.error().message);
        vacuumAnalyze(*owner);
        if (!o.listOnly) {
            // The same folder into a local file, in a process of its own as the local benchmark does.
            const QString file = QDir(o.dir).filePath(QStringLiteral("server-bench.reper"));
            QFile::remove(file);
            QFile::remove(file + QStringLiteral(".keys"));
            const ChildResult local = runChild({QStringLiteral("--child-import"), csv, file, kLocalPassword});
            if (!local.ok)
                return failed(QStringLiteral("import into a local file"), local.error);
            const double localRate = local.number(QStringLiteral("rows")) / local.number(QStringLiteral("seconds"));
            std::printf("import, local     %10.0f rows   %8.1f s   %8.0f rows/s   | server / local %.2f\n",
                        local.number(QStringLiteral("rows")), local.number(QStringLiteral("seconds")), localRate,
                        *serverRate / localRate);
        }
    }

    bool agree = true;
    if (!o.listOnly) {
        const QString file = QDir(o.dir).filePath(QStringLiteral("server-bench.reper"));
        auto opened = Store::open(file, QStringLiteral("admin"), kLocalPassword, SystemClock::instance());
        if (!opened)
            return failed(QStringLiteral("open the local file"), opened.error().message);
        agree = benchBilant(**opened, *national, year, o.repeat, aims);
        benchVictimsList(**opened, QStringLiteral("local"), o.repeat, nullptr);
    }
    auto server = signIn(*national);
    if (!server)
        return failed(QStringLiteral("sign in"), server.error().message);
    benchVictimsList(**server, QStringLiteral("server"), o.repeat, &aims);
    aims.print();
    return agree ? 0 : 1;
}

} // namespace reper::bench
