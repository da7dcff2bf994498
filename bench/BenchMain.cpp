// reper-bench: on a generated store (default 10 years at 20 times the national volume of 2019,
// about two million records), the import rate and peak memory, the time of one year's national
// and CR-BV bilanț against the floor of the bare SQL on the same store, and the national bilanț
// document in every format (figures of the year, the year before and the 15 centres; then txt,
// json, html, pdf, odt, csv, xlsx). The usage is kHelp below.
#include "FloorQueries.h"
#include "core/BilantFigures.h"
#include "core/Clock.h"
#include "core/Version.h"
#include "generator/DataGenerator.h"
#include "importer/Importer.h"
#include "report/ReportFormat.h"
#include "storage/Store.h"
#include "storage/figures/FiguresRepository.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/UserService.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace reper;

namespace {

const char* kHelp = R"(Usage: reper-bench [--years N] [--first-year Y] [--scale F] [--repeat N] [--keep DIR]
       reper-bench --store FILE --password PASSWORD [--first-year Y] [--years N] [--repeat N]
       reper-bench --help | --version
Reper's speed and memory figures (docs/benchmarks.md), printed

Generates a store of synthetic data (by default 10 years from 2011 at 20 times the national
volume of 2019, about two million records), imports it, and times one year's national and CR-BV
bilanț against the bare SQL on the same store, then the bilanț document in every format.

Options:
  --years N                      years of data (default 10)
  --first-year Y                 the first year (default 2011); the figures are of the middle year
  --scale F                      times the national volume of 2019 (default 20)
  --repeat N                     warm runs after the cold one, of which the median (default 5)
  --keep DIR                     build the store and its CSV files in DIR and keep them
  --store FILE                   measure the reports on a store already built (user $REPER_USER,
                                 else admin)
  --password PASSWORD            the password of --store
  --help                         this text
  --version                      the program's version
)";

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool sameFigures(const BilantFigures& a, const BilantFigures& b)
{
    return a.victimsIdentified == b.victimsIdentified && a.victimsAssistanceMonitored == b.victimsAssistanceMonitored
        && a.victimsRepatriated == b.victimsRepatriated
        && a.victimsJudicialParticipation == b.victimsJudicialParticipation
        && a.preventionActivities == b.preventionActivities && a.preventionCampaigns == b.preventionCampaigns
        && a.personsReached == b.personsReached && a.onlineReach == b.onlineReach
        && a.protocolsSigned == b.protocolsSigned && a.actionPlans == b.actionPlans && a.teamMeetings == b.teamMeetings
        && a.trainingSessions == b.trainingSessions && a.specialistsTrained == b.specialistsTrained
        && a.interinstitutionalEvents == b.interinstitutionalEvents && a.fundedProjects == b.fundedProjects;
}

// Times `fn` once cold (first after opening the store) and `repeat` times warm; milliseconds.
template<typename Fn>
std::pair<double, double> timeIt(int repeat, Fn fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    const double cold = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> warm;
    for (int i = 0; i < repeat; ++i) {
        t.restart();
        fn();
        warm.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return {cold, median(warm)};
}

} // namespace

// The bilanț document of the year in every format, as reper-cli makes it: the figures once, then
// each renderer; and each format from scratch (figures and rendering), as one command each.
bool benchDocument(Store& store, int year, int repeat)
{
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
            return false;
        }
        renderAll += render.second;
        fromScratch += compute.second + render.second;
        std::printf("render %-5s      cold %7.1f ms warm %7.1f ms  %9lld bytes\n", qPrintable(name), render.first,
                    render.second, qint64(size));
    }
    std::printf("every format      %7.1f ms (figures once + 7 renderings, warm); %7.1f ms as 7 separate reports\n",
                compute.second + renderAll, fromScratch);
    return true;
}

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
    GeneratorOptions options;
    options.firstYear = 2011;
    options.years = 10;
    options.scale = 20;
    int repeat = 5;
    QString keep;
    QString existing; // --store PATH --password PW: measure the reports on a store already built
    QString existingPassword;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); i += 2) {
        const QString& name = args[i];
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "reper-bench: '%s' needs a value (reper-bench --help)\n", qPrintable(name));
            return 2;
        }
        const QString& value = args[i + 1];
        if (name == QLatin1String("--years"))
            options.years = value.toInt();
        else if (name == QLatin1String("--scale"))
            options.scale = value.toDouble();
        else if (name == QLatin1String("--repeat"))
            repeat = value.toInt();
        else if (name == QLatin1String("--keep"))
            keep = value;
        else if (name == QLatin1String("--store"))
            existing = value;
        else if (name == QLatin1String("--password"))
            existingPassword = value;
        else if (name == QLatin1String("--first-year"))
            options.firstYear = value.toInt();
        else {
            std::fprintf(stderr, "reper-bench: unknown option '%s' (reper-bench --help)\n", qPrintable(name));
            return 2;
        }
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const int year = options.firstYear + options.years / 2;
    std::printf("reper-bench: %d years from %d at scale %.2f; figures for %d\n", options.years, options.firstYear,
                options.scale, year);

    QElapsedTimer t;
    t.start();
    QString storePath = dir + QStringLiteral("/bench.reper");
    QString password = QStringLiteral("bench-password-1");
    QString user = QStringLiteral("admin");
    QString recoveryKey; // a store built here: its first CR-BV operator gets the key and indexes the names
    if (!existing.isEmpty()) {
        storePath = existing;
        password = existingPassword;
        user = qEnvironmentVariable("REPER_USER", QStringLiteral("admin"));
    } else {
        DataGenerator generator;
        if (auto s = generator.write(dir + QStringLiteral("/csv"), options); !s) {
            std::fprintf(stderr, "generate: %s\n", qPrintable(s.error().message));
            return 1;
        }
        std::printf("generate          %10lld rows   %8.1f s\n", generator.rowsWritten(), double(t.elapsed()) / 1000);
        const double rssBeforeImport = peakRssMb();

        auto created = Store::create(storePath, user, password, SystemClock::instance());
        if (!created) {
            std::fprintf(stderr, "create: %s\n", qPrintable(created.error().message));
            return 1;
        }
        Store& store = *created->store;
        recoveryKey = created->recoveryKey;
        t.restart();
        Importer importer(store);
        const ImportReport report = importer.run(dir + QStringLiteral("/csv"), false);
        const double importSeconds = double(t.elapsed()) / 1000;
        if (!report.ok()) {
            std::fprintf(stderr, "import failed: %s\n",
                         qPrintable(report.problems.isEmpty() ? report.failure : report.problems.first().toString()));
            return 1;
        }
        const qint64 records = *store.db().queryInt(QStringLiteral(
            "SELECT (SELECT count(*) FROM victim) + (SELECT count(*) FROM victim_identity) + "
            "(SELECT count(*) FROM identification) + (SELECT count(*) FROM identification_exploitation) + "
            "(SELECT count(*) FROM assistance) + (SELECT count(*) FROM repatriation) + (SELECT count(*) FROM judicial) "
            "+ "
            "(SELECT count(*) FROM campaign) + (SELECT count(*) FROM prevention_activity) + "
            "(SELECT count(*) FROM protocol) + (SELECT count(*) FROM action_plan) + (SELECT count(*) FROM "
            "team_meeting) + "
            "(SELECT count(*) FROM training) + (SELECT count(*) FROM event) + (SELECT count(*) FROM funded_project)"));
        std::printf("import            %10lld rows   %8.1f s   %8.0f rows/s   (%lld store rows)\n", report.rows(),
                    importSeconds, double(report.rows()) / importSeconds, records);
        std::printf("peak RSS          %8.1f MB before import, %8.1f MB after\n", rssBeforeImport, peakRssMb());
        created->store.reset();
    }

    // Reopen, so "cold" is the first run after opening, as a user would see it.
    t.restart();
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
    }
    bool agree = true;
    for (const QString& center : {QString(), QStringLiteral("CR-BV")}) {
        const qint64 centerId = center.isEmpty() ? 0 : *(*opened)->reference().centerId(center);
        BilantFigures viaRepository;
        BilantFigures viaFloor;
        FiguresRepository figures(**opened);
        const auto repo = timeIt(repeat, [&] { viaRepository = *figures.compute(year, center); });
        const auto floor
            = timeIt(repeat, [&] { bench::runFloor((*opened)->db().handle(), year, centerId, &viaFloor); });
        const bool same = sameFigures(viaRepository, viaFloor);
        agree = agree && same;
        const QString scope = center.isEmpty() ? QStringLiteral("national") : center;
        std::printf("bilant %-9s  repository cold %7.1f ms warm %7.1f ms | floor cold %7.1f ms warm %7.1f ms | "
                    "ratio (warm) %.2f | figures %s\n",
                    qPrintable(scope), repo.first, repo.second, floor.first, floor.second,
                    floor.second > 0 ? repo.second / floor.second : 0.0, same ? "agree" : "DIFFER");
        std::printf("                  victims identified %lld, assisted %lld, activities %lld, persons %lld\n",
                    viaRepository.victimsIdentified, viaRepository.victimsAssistanceMonitored,
                    viaRepository.preventionActivities, viaRepository.personsReached);
    }
    const bool rendered = benchDocument(**opened, year, repeat);
    std::printf("peak RSS          %8.1f MB at the end\n", peakRssMb());
    return agree && rendered ? 0 : 1;
}
