// The round trip of ../shared/samples/README.md through the command line: figures, phrases,
// refused imports. Skipped where the samples are not present.
#include "core/TextFold.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

// The matching rules of samples/README.md: case ignored, any run of white space matches any other,
// cedilla and comma-below alike, and the phrase not preceded by a digit, a dot or a letter.
QString normalise(const QString& s)
{
    QString t = s;
    t.replace(QChar(0x015F), QChar(0x0219)).replace(QChar(0x015E), QChar(0x0218));
    t.replace(QChar(0x0163), QChar(0x021B)).replace(QChar(0x0162), QChar(0x021A));
    t = t.toLower();
    t.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
    return t;
}

bool containsPhrase(const QString& text, const QString& phrase)
{
    const QString hay = normalise(text);
    const QString needle = normalise(phrase).trimmed();
    for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
        if (at == 0)
            return true;
        const QChar before = hay.at(at - 1);
        if (!before.isDigit() && before != QLatin1Char('.') && !before.isLetter())
            return true;
    }
    return false;
}

CliResult report(CliRunner& cli, const QStringList& extra)
{
    return cli.run(QStringList{QStringLiteral("report"), QStringLiteral("bilant"), QStringLiteral("--year"),
                               QStringLiteral("2018")}
                   + extra);
}

void checkFigures(const QString& json, const QJsonObject& want)
{
    const QJsonObject got = QJsonDocument::fromJson(json.toUtf8()).object();
    int compared = 0;
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || it.key() == QLatin1String("breakdowns"))
            continue;
        INFO(it.key().toStdString());
        CHECK(got.value(it.key()) == it.value());
        if (it.value().isDouble()) // integers, not 1.2e5
            CHECK(json.contains(QStringLiteral("\"%1\": %2").arg(it.key()).arg(it.value().toInteger())));
        ++compared;
    }
    CHECK(compared == 17);
}

} // namespace

TEST_CASE("cli samples: national-2018 figures, phrases and a repeated import", "[cli][samples]")
{
    const QString folder = requireSamples(QStringLiteral("national-2018"));
    if (folder.isEmpty())
        return; // skipped: requireSamples said so
    CliRunner cli;
    REQUIRE(cli.init().exitCode == 0);
    const CliResult imported = cli.run({QStringLiteral("import"), folder});
    INFO(imported.err.left(2000).toStdString());
    REQUIRE(imported.exitCode == 0);

    const CliResult national = report(cli, {QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(national.exitCode == 0);
    checkFigures(national.out, readJsonObject(folder + QStringLiteral("/expected.json")));
    const CliResult bv = report(
        cli, {QStringLiteral("--center"), QStringLiteral("CR-BV"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(bv.exitCode == 0);
    checkFigures(bv.out, readJsonObject(folder + QStringLiteral("/expected_CR-BV.json")));

    const CliResult text = report(cli, {QStringLiteral("--format"), QStringLiteral("txt")});
    REQUIRE(text.exitCode == 0);
    QFile phrases(folder + QStringLiteral("/expected_phrases.txt"));
    REQUIRE(phrases.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QString& raw : QString::fromUtf8(phrases.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        INFO(line.toStdString());
        if (line.startsWith(QLatin1Char('!')))
            CHECK_FALSE(containsPhrase(text.out, line.mid(1)));
        else
            CHECK(containsPhrase(text.out, line));
        ++checked;
    }
    CHECK(checked >= 13);

    const CliResult again = cli.run({QStringLiteral("import"), folder});
    REQUIRE(again.exitCode == 0);
    const CliResult after = report(cli, {QStringLiteral("--format"), QStringLiteral("json")});
    // The same document, but for the audit head: the second report and the import are new entries.
    static const QRegularExpression head(QStringLiteral("\"audit_head\": \"[0-9]+:[0-9a-f]+\""));
    CHECK(national.out.contains(head));
    CHECK(QString(after.out).remove(head) == QString(national.out).remove(head));
}

TEST_CASE("cli samples: bad folders exit 1, list every error, and write nothing", "[cli][samples]")
{
    const QString root = requireSamples(QStringLiteral("bad"));
    if (root.isEmpty())
        return; // skipped: requireSamples said so
    for (const QString& name :
         {QStringLiteral("bad_date"), QStringLiteral("unknown_code"), QStringLiteral("end_before_start")}) {
        const QJsonObject want
            = readJsonObject(root + QLatin1Char('/') + name + QStringLiteral("/expected_errors.json"));
        for (const bool dryRun : {true, false}) {
            CliRunner cli;
            REQUIRE(cli.init().exitCode == 0);
            QStringList args{QStringLiteral("import"), root + QLatin1Char('/') + name};
            if (dryRun)
                args << QStringLiteral("--dry-run");
            const CliResult r = cli.run(args);
            INFO(name.toStdString() << "\n" << r.err.toStdString());
            CHECK(r.exitCode == want.value(QStringLiteral("exit_status")).toInt());
            for (const QJsonValue& e : want.value(QStringLiteral("errors")).toArray()) {
                const QJsonObject o = e.toObject();
                QStringList columns{o.value(QStringLiteral("column")).toString()};
                for (const QJsonValue& c : o.value(QStringLiteral("also_accepted")).toArray())
                    columns << c.toString();
                bool found = false;
                for (const QString& c : columns)
                    found = found
                        || r.err.contains(QStringLiteral("%1:%2: %3: ")
                                              .arg(o.value(QStringLiteral("file")).toString())
                                              .arg(o.value(QStringLiteral("line")).toInt())
                                              .arg(c));
                CHECK(found);
            }
            const CliResult figures = report(cli, {QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonObject got = QJsonDocument::fromJson(figures.out.toUtf8()).object();
            CHECK(got.value(QStringLiteral("victims_identified")).toInt(-1) == 0);
            CHECK(got.value(QStringLiteral("prevention_activities")).toInt(-1) == 0);
        }
    }
}
