// The victims' identity in a centre package (docs/decisions.md P9): a user of the centre who holds
// its key sends the names, and the export is recorded with the victims' codes; at headquarters only
// a user of that centre who holds headquarters' key for it may take such a package (anyone else is
// refused and nothing is written), the names are then readable there by that user — and a
// correction in the next package reaches them — while a user without the key reads none.
#include "security/SecurityFixture.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityVault.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageExport.h"
#include "storage/package/PackageImport.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/UserService.h"

#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

const QString kHqPassword = QStringLiteral("hq-key-password-1");
const QString kBv = QStringLiteral("CR-BV");

PackageExportResult exportPackage(Store& store, const QString& center, const HqPublicKey& hq, QByteArray* file)
{
    const auto made = PackageExport(store).run(center, hq, [&](const QByteArray& bytes) {
        *file = bytes;
        return Status{};
    });
    if (!made)
        FAIL(made.error().message.toStdString());
    return *made;
}

std::unique_ptr<Store> openStore(const QString& path, const QString& user, const QString& password)
{
    auto opened = Store::open(path, user, password, fixedClock());
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(*opened);
}

qint64 victimId(Store& store, const QString& code)
{
    const auto id = store.db().queryInt(QStringLiteral("SELECT id FROM victim WHERE code = '%1'").arg(code));
    REQUIRE(id);
    return *id;
}

qint64 rowCount(Store& store, const QString& sql)
{
    const auto n = store.db().queryInt(sql);
    REQUIRE(n);
    return *n;
}

} // namespace

TEST_CASE("a centre package carries the victims' identity to headquarters' holders of that centre's key",
          "[package][security]")
{
    auto made = HqKeys::generate(kHqPassword);
    REQUIRE(made);
    auto hqPair = HqKeys::openSecret(made->secretFile, kHqPassword);
    REQUIRE(hqPair);

    // The centre: CR-BV's operator holds CR-BV's key; the national coordinator sends CR-B's records.
    SecurityFixture centre;
    QByteArray bv1;
    QByteArray b1;
    {
        auto op = centre.openAs(QStringLiteral("op_bv"));
        const auto sent = exportPackage(*op, kBv, made->key, &bv1);
        CHECK(sent.identityCarried);
        CHECK(sent.identities >= 1);
        // Whose identity left the program is in the centre's trail.
        CHECK(rowCount(*op,
                       QStringLiteral("SELECT count(*) FROM audit_entry WHERE record_type = 'package' AND "
                                      "detail LIKE '%\"victim_codes\"%RV-T00001%'"))
              == 1);
    }
    {
        auto national = centre.openAs(QStringLiteral("coord_nat"));
        const auto sent = exportPackage(*national, QStringLiteral("CR-B"), made->key, &b1);
        CHECK_FALSE(sent.identityCarried); // a national coordinator reads no names
    }

    // Headquarters: a store of its own with a CR-BV operator who holds headquarters' CR-BV key.
    TempStore hq;
    REQUIRE(
        UserService(hq.store())
            .add(QStringLiteral("hq_bv"), {QStringLiteral("operator")}, kBv, QStringLiteral("temporary-password-1")));
    const QString hqPath = hq.path();
    const QString recovery = hq.recoveryKey();
    hq.close();
    {
        auto first = openStore(hqPath, QStringLiteral("hq_bv"), QStringLiteral("temporary-password-1"));
        REQUIRE(UserService(*first).changeOwnPassword(passwordOf(QStringLiteral("hq_bv"))));
    }
    handOverIdentityKeys(hqPath, recovery);

    {
        auto admin = openStore(hqPath, QStringLiteral("admin"), QString::fromLatin1(kPassword));
        const auto b = PackageImport(*admin).run(b1, *hqPair);
        REQUIRE(b);
        CHECK(b->imported);
        CHECK_FALSE(b->identityCarried);
        // CR-BV's package carries names: the national coordinator (no CR-BV key) is refused, nothing written.
        const qint64 victimsBefore = rowCount(*admin, QStringLiteral("SELECT count(*) FROM victim"));
        const auto refused = PackageImport(*admin).run(bv1, *hqPair);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("carries the identity of the victims of CR-BV")));
        CHECK(rowCount(*admin, QStringLiteral("SELECT count(*) FROM victim")) == victimsBefore);
        CHECK(rowCount(*admin, QStringLiteral("SELECT count(*) FROM package_received")) == 1);
    }
    {
        auto holder = openStore(hqPath, QStringLiteral("hq_bv"), passwordOf(QStringLiteral("hq_bv")));
        const auto done = PackageImport(*holder).run(bv1, *hqPair);
        if (!done)
            FAIL(done.error().message.toStdString());
        CHECK(done->imported);
        CHECK(done->identityCarried);
        CHECK(done->identitiesChanged >= 1);
        const auto names = VictimRepository(*holder).openIdentity(victimId(*holder, QStringLiteral("RV-T00001")));
        REQUIRE(names);
        CHECK(names->lastName == QLatin1String("Testescu"));
        CHECK(names->firstName == QStringLiteral("Ană"));
        CHECK(names->address.contains(QLatin1String("Florilor")));
    }

    // The centre corrects a name; the second package carries it.
    QByteArray bv2;
    {
        auto op = centre.openAs(QStringLiteral("op_bv"));
        VictimRepository victims(*op);
        const qint64 id = victimId(*op, QStringLiteral("RV-T00001"));
        auto names = victims.openIdentity(id);
        REQUIRE(names);
        VictimIdentity corrected = *names;
        corrected.lastName = QStringLiteral("Testescu-Nou");
        REQUIRE(victims.setIdentity(id, corrected));
        CHECK(exportPackage(*op, kBv, made->key, &bv2).identityCarried);
    }
    {
        auto holder = openStore(hqPath, QStringLiteral("hq_bv"), passwordOf(QStringLiteral("hq_bv")));
        const auto done = PackageImport(*holder).run(bv2, *hqPair);
        if (!done)
            FAIL(done.error().message.toStdString());
        CHECK(done->identitiesChanged == 1);
        const auto names = VictimRepository(*holder).openIdentity(victimId(*holder, QStringLiteral("RV-T00001")));
        REQUIRE(names);
        CHECK(names->lastName == QLatin1String("Testescu-Nou"));
        CHECK(names->firstName == QStringLiteral("Ană"));
        CHECK(names->address.contains(QLatin1String("Florilor")));
        // Reading was recorded, as any reading of identity is.
        CHECK(rowCount(*holder, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'identity.opened'"))
              == 2);
    }

    // A user of headquarters without CR-BV's key reads no name, not even through the vault itself.
    auto admin = openStore(hqPath, QStringLiteral("admin"), QString::fromLatin1(kPassword));
    const qint64 id = victimId(*admin, QStringLiteral("RV-T00001"));
    CHECK_FALSE(admin->identity().holdsKey(*admin->reference().centerId(kBv)));
    CHECK_FALSE(VictimRepository(*admin).openIdentity(id));
    const auto raw = admin->identity().read(id);
    REQUIRE_FALSE(raw);
    CHECK(raw.error().message.contains(QStringLiteral("has not reached you")));
}
