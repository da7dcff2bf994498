// reper-cli report caseload (issue 10 §7): each format written and read back — the CSV parsed, the
// XLSX unzipped and a cell checked, the PDF's text through pdftotext — an audit entry per report,
// and a refusal for an operator and for a coordinator of another centre.
#include "CaseLoadCases.h"
#include "importer/CsvReader.h"
#include "report/ZipReader.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "support/CliRunner.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

class CaseLoadCli
{
public:
    explicit CaseLoadCli(SecurityFixture& f)
        : m_store(f.path())
    {
    }
    CliResult as(const QString& user, const QStringList& args)
    {
        m_cli.setPassword(passwordOf(user));
        return m_cli.runRaw(QStringList{QStringLiteral("--store"), m_store, QStringLiteral("--user"), user,
                                        QStringLiteral("report"), QStringLiteral("caseload"), QStringLiteral("--from"),
                                        QStringLiteral("2025-10-01"), QStringLiteral("--to"),
                                        QStringLiteral("2025-12-31"), QStringLiteral("--today"),
                                        QStringLiteral("2026-01-15")}
                            + args);
    }

private:
    QString m_store;
    CliRunner m_cli;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The CSV's records, parsed.
QList<QStringList> csvRecords(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QList<QStringList> out;
    QStringList fields;
    int line = 0;
    while (reader.readRecord(&fields, &line))
        out << fields;
    REQUIRE_FALSE(reader.hasError());
    return out;
}

// The value of the cell `column` letters right of the cell holding `text` (a shared string) in a
// sheet: "" when not found.
QString cellRightOf(const QMap<QString, QByteArray>& zip, const QString& sheet, const QString& text, int columns)
{
    QStringList strings;
    QXmlStreamReader ss(zip.value(QStringLiteral("xl/sharedStrings.xml")));
    while (!ss.atEnd())
        if (ss.readNext() == QXmlStreamReader::StartElement && ss.name() == QLatin1String("t"))
            strings << ss.readElementText();
    QMap<QString, QPair<QString, QString>> cells; // ref -> (type, value)
    QXmlStreamReader r(zip.value(sheet));
    QString ref;
    QString type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QStringLiteral("r")).toString();
            type = r.attributes().value(QStringLiteral("t")).toString();
        } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
            cells.insert(ref, {type, r.readElementText()});
        }
    }
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
        if (it->first != QLatin1String("s") || strings.value(it->second.toInt()) != text)
            continue;
        const QString key = it.key();
        const int digits = int(key.indexOf(QRegularExpression(QStringLiteral("[0-9]"))));
        const QChar column(key.at(0).unicode() + columns);
        return cells.value(QString(column) + key.mid(digits)).second;
    }
    return {};
}

} // namespace

TEST_CASE("cli: report caseload in each format, read back", "[security][caseload][cli]")
{
    SecurityFixture f;
    recordCaseLoadCases(f);
    CaseLoadCli cli(f);
    QTemporaryDir dir;
    const auto run = [&](const QString& format) {
        const QString out = dir.filePath(QStringLiteral("caseload.") + format);
        const CliResult r = cli.as(QStringLiteral("coord_nat"),
                                   {QStringLiteral("--center"), QStringLiteral("cr-cj"), QStringLiteral("--format"),
                                    format, QStringLiteral("--out"), out});
        INFO(r.all().toStdString());
        REQUIRE(r.exitCode == 0);
        return readAll(out);
    };

    // txt: the figures in the text.
    const QString text = QString::fromUtf8(run(QStringLiteral("txt")));
    CHECK(text.contains(s("VOLUMUL DE CAZURI")));
    CHECK(text.contains(s("Cazuri deschise la 15.01.2026: 8, dintre care cu cel puțin un termen depășit: 2 (25,0%)")));
    CHECK(text.contains(s("primul contact de monitorizare, la mediană: 7 (cazuri cu contact: 3")));

    // csv: the worker's row and the period's figures, parsed.
    const QList<QStringList> rows = csvRecords(run(QStringLiteral("csv")));
    const auto rowOf = [&](const QString& first, const QString& second = {}) {
        for (const QStringList& r : rows)
            if (r.value(0) == first && (second.isEmpty() || r.value(1) == second))
                return r;
        return QStringList();
    };
    CHECK(rowOf(QStringLiteral("CR-CJ"), QStringLiteral("op_cj"))
          == QStringList{QStringLiteral("CR-CJ"), QStringLiteral("op_cj"), QStringLiteral("7"), QStringLiteral("2"),
                         QStringLiteral("28.6")});
    CHECK(rowOf(QStringLiteral("CR-CJ"), s("(nealocat)")).value(2) == QLatin1String("1"));
    CHECK(rowOf(s("Cazuri deschise în perioadă")).value(1) == QLatin1String("4"));
    CHECK(rowOf(s("Cazuri închise în perioadă")).value(1) == QLatin1String("1"));
    CHECK(rowOf(s("Mediana zilelor de la deschiderea cazului la primul contact")).value(1) == QLatin1String("7.000"));
    CHECK(rowOf(s("– făcute la timp")).value(1) == QLatin1String("1"));

    // xlsx: unzipped, the worker's open cases stored as the number 7.
    const auto zip = test::readZip(run(QStringLiteral("xlsx")));
    REQUIRE(zip.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(cellRightOf(zip, QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("op_cj"), 1)
          == QLatin1String("7"));
    CHECK(cellRightOf(zip, QStringLiteral("xl/worksheets/sheet3.xml"), s("Cazuri deschise în perioadă"), 1)
          == QLatin1String("4"));

    // pdf: its text through pdftotext.
    const QByteArray pdf = run(QStringLiteral("pdf"));
    REQUIRE(pdf.startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) not found: the PDF's text is not checked");
    } else {
        QProcess p;
        p.start(pdftotext,
                {QStringLiteral("-layout"), dir.filePath(QStringLiteral("caseload.pdf")), QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        const QString t = QString::fromUtf8(p.readAllStandardOutput());
        CHECK(t.contains(s("VOLUMUL DE CAZURI")));
        CHECK(t.contains(QStringLiteral("op_cj")));
        CHECK(t.contains(s("Cazuri închise în perioadă")));
    }

    // Each report is an entry of the audit trail, with its period.
    auto admin = f.openAs(QStringLiteral("admin"));
    auto entries = admin->audit().list({});
    REQUIRE(entries.ok());
    int caseload = 0;
    for (const auto& e : *entries)
        if (e.recordCode == QLatin1String("caseload")) {
            ++caseload;
            CHECK(e.detail.contains(QLatin1String("\"from\":\"2025-10-01\"")));
            CHECK(e.center == QLatin1String("CR-CJ"));
        }
    CHECK(caseload == 4);
}

TEST_CASE("cli: report caseload is refused outside a coordinator's scope", "[security][caseload][cli]")
{
    SecurityFixture f;
    recordCaseLoadCases(f);
    CaseLoadCli cli(f);
    const QStringList cj{QStringLiteral("--center"), QStringLiteral("CR-CJ")};
    const CliResult op = cli.as(QStringLiteral("op_cj"), cj);
    CHECK(op.exitCode == 1);
    CHECK(op.err.contains(QLatin1String("coordinator")));
    const CliResult other = cli.as(QStringLiteral("coord_bv"), cj);
    CHECK(other.exitCode == 1);
    CHECK_FALSE(other.out.contains(QLatin1String("op_cj")));
    const CliResult nation = cli.as(QStringLiteral("coord_bv"), {});
    CHECK(nation.exitCode == 1);
    const CliResult own = cli.as(QStringLiteral("coord_bv"), {QStringLiteral("--center"), QStringLiteral("CR-BV")});
    CHECK(own.exitCode == 0);
    CHECK_FALSE(own.out.contains(QLatin1String("op_cj")));
    const CliResult json = cli.as(QStringLiteral("coord_nat"), {QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 2);
}
