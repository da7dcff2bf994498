#include "BenchChild.h"

#include "core/Clock.h"
#include "core/Version.h"
#include "core/platform/Platform.h"
#include "importer/Importer.h"
#include "report/ReportFormat.h"
#include "report/ReportSource.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>

namespace reper::bench {

namespace {

void say(const char* key, const QString& value) { std::printf("%s %s\n", key, qPrintable(value)); }
void say(const char* key, double value) { std::printf("%s %.6f\n", key, value); }
double peakMb() { return double(platform::peakResidentBytes()) / (1024.0 * 1024.0); }

int failed(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

ChildResult runChild(const QStringList& arguments, int timeoutSeconds)
{
    ChildResult out;
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted()) {
        out.error = child.errorString();
        return out;
    }
    if (!child.waitForFinished(timeoutSeconds * 1000)) {
        child.kill();
        child.waitForFinished();
        out.error = QStringLiteral("timed out");
        return out;
    }
    const QString text = QString::fromUtf8(child.readAllStandardOutput());
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        if (space > 0)
            out.values.insert(line.left(space), line.mid(space + 1));
    }
    out.error = QString::fromUtf8(child.readAllStandardError()).trimmed();
    out.ok = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    return out;
}

int childImport(const QStringList& arguments)
{
    if (arguments.size() != 3)
        return failed(QStringLiteral("--child-import CSV_FOLDER STORE PASSWORD"));
    auto created = Store::create(arguments[1], QStringLiteral("admin"), arguments[2], SystemClock::instance());
    if (!created)
        return failed(QStringLiteral("create: ") + created.error().message);
    Store& store = *created->store;
    QElapsedTimer t;
    t.start();
    Importer importer(store);
    const ImportReport report = importer.run(arguments[0], false);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!report.ok())
        return failed(QStringLiteral("import: ")
                      + (report.problems.isEmpty() ? report.failure : report.problems.first().toString()));
    const auto records = store.db().queryInt(QStringLiteral(
        "SELECT (SELECT count(*) FROM victim) + (SELECT count(*) FROM victim_identity) + "
        "(SELECT count(*) FROM identification) + (SELECT count(*) FROM identification_exploitation) + "
        "(SELECT count(*) FROM assistance) + (SELECT count(*) FROM repatriation) + (SELECT count(*) FROM judicial) + "
        "(SELECT count(*) FROM campaign) + (SELECT count(*) FROM prevention_activity) + "
        "(SELECT count(*) FROM protocol) + (SELECT count(*) FROM action_plan) + (SELECT count(*) FROM team_meeting) + "
        "(SELECT count(*) FROM training) + (SELECT count(*) FROM event) + (SELECT count(*) FROM funded_project)"));
    say("rows", double(report.rows()));
    say("seconds", seconds);
    say("store_rows", double(records ? *records : 0));
    say("recovery", created->recoveryKey);
    say("peak_mb", peakMb());
    created->store.reset();
    return 0;
}

int childDocument(const QStringList& arguments)
{
    if (arguments.size() != 4)
        return failed(QStringLiteral("--child-document STORE USER PASSWORD YEAR"));
    auto opened = Store::open(arguments[0], arguments[1], arguments[2], SystemClock::instance());
    if (!opened)
        return failed(QStringLiteral("open: ") + opened.error().message);
    QElapsedTimer t;
    t.start();
    ReportRequest request;
    request.year = arguments[3].toInt();
    auto data = loadReportData(**opened, request);
    if (!data)
        return failed(QStringLiteral("figures: ") + data.error().message);
    say("figures_ms", double(t.nsecsElapsed()) / 1e6);
    ReportOptions options;
    options.generatedAt = QDateTime::currentDateTimeUtc();
    options.programVersion = QString::fromLatin1(programVersion());
    t.restart();
    for (const QString& name : ReportFormats::names()) {
        const auto bytes = ReportFormats::render(*ReportFormats::parse(name), *data, options);
        if (!bytes)
            return failed(QStringLiteral("render %1: %2").arg(name, bytes.error().message));
    }
    say("render_ms", double(t.nsecsElapsed()) / 1e6);
    say("peak_mb", peakMb());
    return 0;
}

} // namespace reper::bench
