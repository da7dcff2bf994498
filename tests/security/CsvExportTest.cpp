// A victims export opened in a spreadsheet must not run what a cell says (OWASP "CSV injection"),
// and imported again it must give back exactly what was exported.
#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/services/VictimExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

TEST_CASE("the victims export writes formulas as text and line breaks quoted, and imports back exactly",
          "[security][export]")
{
    SecurityFixture fx;
    const QString notes = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");
    const QString address = QStringLiteral("-1+1 Str. Test\nbloc 2");
    const QString phone = QStringLiteral("+40 721 000 000");
    const QString lastName = QStringLiteral("@Testescu");
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        auto st = admin->db().prepare(QStringLiteral(
            "UPDATE victim_identity SET notes = ?, address = ?, phone = ?, last_name = ? WHERE victim_id = "
            "(SELECT id FROM victim WHERE code = 'RV-T00001')"));
        REQUIRE(st);
        st->bind(1, notes).bind(2, address).bind(3, phone).bind(4, lastName);
        REQUIRE(st->exec());
    }
    auto coordinator = fx.openAs(QStringLiteral("coord_bv"));
    VictimExportRequest request;
    request.withIdentity = true;
    request.confirmed = true;
    request.destination = QStringLiteral("victims.csv");
    auto result = VictimExport(*coordinator).run(request);
    REQUIRE(result);
    const QByteArray csv = VictimExport::csv(*result);
    INFO(csv.toStdString());
    CHECK(csv.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\""));
    CHECK(csv.contains(",\"'-1+1 Str. Test\nbloc 2\","));
    CHECK(csv.contains(",'+40 721 000 000,"));
    CHECK(csv.contains(",'@Testescu,"));
    CHECK_FALSE(csv.contains(",=HYPERLINK"));

    // The file imports into another store with the values as they were.
    TempStore other;
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("victims.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const ImportReport report = Importer(other.store()).run(folder.path(), false);
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    auto st = other->db().prepare(QStringLiteral("SELECT notes, address, phone, last_name FROM victim_identity i "
                                                 "JOIN victim v ON v.id = i.victim_id WHERE v.code = 'RV-T00001'"));
    REQUIRE(st);
    REQUIRE(st->next());
    CHECK(st->text(0) == notes);
    CHECK(st->text(1) == address);
    CHECK(st->text(2) == phone);
    CHECK(st->text(3) == lastName);
}
