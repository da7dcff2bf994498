// Golden files: reper-cli renders the bilanț of the fixture tests/data/bilant (2020, national and
// for a centre, internal and public) and the output must equal the reference in tests/data/golden,
// byte for byte, under a fixed locale, time zone and report time (CliRunner). Chart images in the
// HTML differ between machines' font renderers, and the audit head between stores: both are
// compared as placeholders.
//
// To regenerate the references after an intended change (docs/reports.md):
//     REPER_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
// then review the difference with git diff before committing it.
#include "core/Version.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

struct Golden
{
    const char* file;
    QStringList args;
};

QByteArray normalised(const QString& file, QByteArray bytes)
{
    // A development build says its git description after the release number (core/Version.h); the
    // references hold the release number alone.
    bytes.replace(QByteArray(programVersion()), QByteArray(REPER_VERSION));
    // The audit head differs from store to store (keys and times of every entry): its place and
    // form are pinned, its digits are not. SecurityCliTest checks that it is the trail's own.
    static const QRegularExpression head(QStringLiteral("(jurnal |\"audit_head\": \")[0-9]+:[0-9a-f]{16}"));
    const QByteArray bom = bytes.startsWith("\xEF\xBB\xBF") ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes = bom + QString::fromUtf8(bytes.mid(bom.size())).replace(head, QStringLiteral("\\1SEQ:HEAD")).toUtf8();
    if (file.endsWith(QLatin1String(".html"))) {
        static const QRegularExpression image(QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+"));
        bytes = QString::fromUtf8(bytes).replace(image, QStringLiteral("data:image/png;base64,(chart)")).toUtf8();
    }
    return bytes;
}

// The first line where two texts differ, for the failure message.
QString firstDifference(const QByteArray& want, const QByteArray& got)
{
    const QList<QByteArray> a = want.split('\n');
    const QList<QByteArray> b = got.split('\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1:\n  want: %2\n  got:  %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    }
    return {};
}

} // namespace

TEST_CASE("Golden files: txt, json, html and csv of the fixture", "[report][golden]")
{
    test::CliRunner cli;
    REQUIRE(cli.initAndImport(test::dataPath(QStringLiteral("bilant"))));
    const QStringList year{QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                           QStringLiteral("2020")};
    const auto format = [](const char* f) { return QStringList{QStringLiteral("--format"), QLatin1String(f)}; };
    const QStringList pub{QStringLiteral("--edition"), QStringLiteral("public")};
    const QStringList centre{QStringLiteral("--center"), QStringLiteral("CR-DJ")};
    const std::vector<Golden> goldens = {
        {"bilant-2020.txt", year + format("txt")},
        {"bilant-2020.json", year + format("json")},
        {"bilant-2020.html", year + format("html")},
        {"bilant-2020.csv", year + format("csv")},
        {"bilant-2020-public.txt", year + format("txt") + pub},
        {"bilant-2020-public.csv", year + format("csv") + pub},
        {"bilant-2020-public.json", year + format("json") + pub},
        {"bilant-2020-CR-DJ.txt", year + format("txt") + centre},
    };
    const bool update = qEnvironmentVariable("REPER_UPDATE_GOLDEN") == QLatin1String("1");
    const QDir dir(test::dataPath(QStringLiteral("golden")));
    for (const Golden& g : goldens) {
        const QString name = QLatin1String(g.file);
        INFO(name.toStdString());
        const test::CliResult r = cli.run(g.args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QByteArray got = normalised(name, r.bytes);
        QFile file(dir.filePath(name));
        if (update) {
            QDir().mkpath(dir.path());
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(got);
            WARN("golden file written: " << name.toStdString());
            continue;
        }
        if (!file.open(QIODevice::ReadOnly))
            FAIL("no golden file " << name.toStdString() << ": run with REPER_UPDATE_GOLDEN=1 to write it");
        const QByteArray want = file.readAll();
        INFO(firstDifference(want, got).toStdString());
        CHECK(want == got);
    }
}
