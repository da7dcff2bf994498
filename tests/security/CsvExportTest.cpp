// A victims export opened in a spreadsheet must not run what a cell says (OWASP "CSV injection"),
// and imported again it must give back exactly what was exported.
#include "importer/Importer.h"
#include "security/SecurityFixture.h"
#include "storage/keys/IdentityVault.h"
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
        // Identity is sealed to its centre: written by a coordinator of CR-BV, who holds its key.
        auto own = fx.openAs(QStringLiteral("coord_bv"));
        const auto victim = own->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00001'"));
        REQUIRE(victim);
        VictimIdentity planted;
        planted.lastName = lastName;
        planted.address = address;
        planted.phone = phone;
        planted.notes = notes;
        REQUIRE(own->identity().write(*victim, *own->reference().centerId(QStringLiteral("CR-BV")), planted));
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
    // Read back with the recovery key, which opens every centre's identity key.
    const QString otherRecovery = other.recoveryKey();
    other.close();
    auto reader = Store::openWithRecoveryKey(other.path(), otherRecovery, QStringLiteral("admin"), fixedClock());
    REQUIRE(reader);
    const auto victim = (*reader)->db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = 'RV-T00001'"));
    REQUIRE(victim);
    const auto back = (*reader)->identity().read(*victim);
    REQUIRE(back);
    REQUIRE(back->has_value());
    CHECK((*back)->notes == notes);
    CHECK((*back)->address == address);
    CHECK((*back)->phone == phone);
    CHECK((*back)->lastName == lastName);
}
