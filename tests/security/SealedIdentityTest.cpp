// Roles that hold outside the program (issue 11 §1): someone who takes the store and its key file
// home and has their own password gets the store key — every user has it — but the names, CNP,
// address, phone and notes are sealed again under each centre's key, which only that centre's
// operators and coordinators hold. Proven with the stock `sqlcipher` tool and each role's own key
// material, as an attacker would do it; then the name search, the hand-over of a centre's key to a
// new colleague, and the hand-over refused to someone who forged their role in the users table.
#include "security/SecurityFixture.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityCipher.h"
#include "storage/keys/IdentityKeyring.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/lists/RecordListQuery.h"
#include "storage/repositories/VictimEditor.h"
#include "storage/repositories/VictimRepository.h"
#include "storage/services/UserService.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

struct SqlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The stock sqlcipher tool with a raw key, as the recovery documentation says.
SqlResult sqlcipher(const QString& path, const MasterKey& key, const QString& sql)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    REQUIRE_FALSE(tool.isEmpty()); // CI installs it (scripts/debian-packages.txt)
    QProcess p;
    p.start(tool, {path});
    REQUIRE(p.waitForStarted());
    p.write("PRAGMA key = \"x'" + key.bytes().toHex() + "'\";\nPRAGMA cipher_page_size = 4096;\n" + sql.toUtf8()
            + "\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QList<QStringList> rows(const SqlResult& r)
{
    QList<QStringList> out;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line != QLatin1String("ok"))
            out << line.split(QLatin1Char('|'));
    return out;
}

// What a user's files and password give, outside the program: the store key and their key pair.
struct Material
{
    MasterKey key;
    BoxKeyPair box;
};

Material materialOf(const QString& path, const QString& user)
{
    auto keys = KeyFile::load(KeyFile::pathFor(path));
    REQUIRE(keys.ok());
    auto slot = keys->unlockSlot(user, passwordOf(user));
    REQUIRE(slot.ok());
    return {slot->key, slot->box};
}

// Every name this material decrypts, by hand: each centre grant the pair opens, each data key that
// centre key opens, each identity field that data key opens.
QStringList namesReadBy(const QString& path, const Material& m, QSet<QString>* centersOpened)
{
    QHash<qint64, BoxKeyPair> centers;
    for (const QStringList& g :
         rows(sqlcipher(path, m.key,
                        QStringLiteral("SELECT g.center_id, hex(g.sealed), c.code FROM identity_key_grant g "
                                       "JOIN center c ON c.id = g.center_id;")))) {
        const auto opened = m.box.open(QByteArray::fromHex(g.value(1).toLatin1()));
        if (!opened || opened->size() != 40 || qFromBigEndian<quint64>(opened->data()) != g.value(0).toULongLong())
            continue;
        centers.insert(g.value(0).toLongLong(), BoxKeyPair::fromSecret(SecretBytes::copyOf(opened->data() + 8, 32)));
        centersOpened->insert(g.value(2));
    }
    QStringList names;
    const auto identities
        = rows(sqlcipher(path, m.key,
                         QStringLiteral("SELECT i.victim_id, i.data_key, d.center_id, hex(d.sealed), hex(i.last_name), "
                                        "hex(i.first_name), hex(i.cnp), hex(i.address), hex(i.phone), hex(i.notes) "
                                        "FROM victim_identity i JOIN identity_data_key d ON d.id = i.data_key;")));
    for (const QStringList& r : identities) {
        const auto center = centers.constFind(r.value(2).toLongLong());
        if (center == centers.constEnd())
            continue;
        const auto dataKey = center->open(QByteArray::fromHex(r.value(3).toLatin1()));
        REQUIRE(dataKey);
        const char* fields[] = {"last_name", "first_name", "cnp", "address", "phone", "notes"};
        for (int f = 0; f < 6; ++f) {
            const auto text = IdentityCipher::decryptField(*dataKey, r.value(1).toLongLong(), r.value(0).toLongLong(),
                                                           fields[f], QByteArray::fromHex(r.value(4 + f).toLatin1()));
            REQUIRE(text);
            if (!text->isEmpty())
                names << *text;
        }
    }
    return names;
}

} // namespace

TEST_CASE("with the files and their own password, only a centre's staff read its names", "[security][sealed]")
{
    SecurityFixture fx;
    const QStringList users = {QStringLiteral("admin"),      QStringLiteral("op_bv"),     QStringLiteral("op_cj"),
                               QStringLiteral("coord_bv"),   QStringLiteral("coord_nat"), QStringLiteral("analyst_nat"),
                               QStringLiteral("analyst_bv"), QStringLiteral("admin_only")};
    const QSet<QString> bvStaff = {QStringLiteral("op_bv"), QStringLiteral("coord_bv")};
    for (const QString& user : users) {
        INFO("as " << user.toStdString());
        const Material m = materialOf(fx.path(), user);
        // The store key opens the file: everything but identity is there to read.
        const SqlResult dump = sqlcipher(fx.path(), m.key, QStringLiteral(".dump"));
        REQUIRE(dump.exitCode == 0);
        CHECK(dump.out.contains(QStringLiteral("RV-T00001")));
        CHECK(dump.out.contains(QStringLiteral("CREATE TABLE victim_identity")));
        // Not one planted name, CNP, street or phone, in any case or without diacritics.
        for (const QString& secret : plantedIdentity()) {
            CHECK_FALSE(dump.out.contains(secret, Qt::CaseInsensitive));
            CHECK_FALSE(dump.out.toUtf8().contains(secret.toUtf8().toHex()));
        }
        // With their key pair, by hand: the centre keys it opens, and the names those give.
        QSet<QString> opened;
        const QStringList names = namesReadBy(fx.path(), m, &opened);
        if (bvStaff.contains(user)) {
            CHECK(opened == QSet<QString>{QStringLiteral("CR-BV")});
            CHECK(names.contains(QStringLiteral("Testescu")));
            CHECK(names.contains(QStringLiteral("Str. Florilor nr. 1, Brașov")));
        } else if (user == QLatin1String("op_cj")) {
            // Staff of another centre: their own centre's key, and no name of CR-BV.
            CHECK(opened == QSet<QString>{QStringLiteral("CR-CJ")});
            CHECK_FALSE(names.contains(QStringLiteral("Testescu")));
            CHECK_FALSE(names.contains(QStringLiteral("Str. Florilor nr. 1, Brașov")));
        } else {
            CHECK(opened.isEmpty());
            CHECK(names.isEmpty());
        }
        CHECK_FALSE(names.contains(QStringLiteral("Secretescu"))); // CR-B has no staff: nobody but the recovery key
    }
    // The recovery key reads every centre's names.
    const MasterKey key = storeKeyFromRecoveryKey(fx.path(), fx.temp().recoveryKey());
    auto pair = RecoveryKey::pairOf(fx.temp().recoveryKey());
    REQUIRE(pair.ok());
    QSet<QString> opened;
    const QStringList names = namesReadBy(fx.path(), Material{key, *pair}, &opened);
    CHECK(opened.size() == 15);
    CHECK(names.contains(QStringLiteral("Secretescu")));
    CHECK(names.contains(QStringLiteral("Testescu")));
}

TEST_CASE("the name search finds by prefix and CNP, only in the centres whose key the user holds", "[security][sealed]")
{
    SecurityFixture fx;
    const auto found = [&](Store& store, const QString& words) {
        ListFilter f;
        f.search = words;
        auto n = RecordListQuery(store, ListKind::Victims).count(f);
        REQUIRE(n.ok());
        return *n;
    };
    {
        auto op = fx.openAs(QStringLiteral("op_bv"));
        CHECK(found(*op, QStringLiteral("Testescu")) == 1);
        CHECK(found(*op, QStringLiteral("testes")) == 1); // a prefix, folded
        CHECK(found(*op, QStringLiteral("TESTESCU ană")) == 1);
        CHECK(found(*op, QStringLiteral("escu")) == 0); // not a prefix of a name part
        CHECK(found(*op, QStringLiteral("Secretescu")) == 0);
    }
    {
        // Identity written by the recovery key's holder for CR-B, searchable by a future CR-B user
        // only: the tokens are keyed by CR-B's key.
        auto coord = fx.openAs(QStringLiteral("coord_nat"));
        CHECK(found(*coord, QStringLiteral("Secretescu")) == 0);
        CHECK(found(*coord, QStringLiteral("2900101400014")) == 0);
    }
    // A CR-B operator, given the key with the recovery key, finds RV-T00002 by name and by CNP.
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        REQUIRE(UserService(*admin)
                    .add(QStringLiteral("op_b"), {QStringLiteral("operator")}, QStringLiteral("CR-B"),
                         QStringLiteral("temporary-password-1"))
                    .ok());
    }
    {
        auto opB = Store::open(fx.path(), QStringLiteral("op_b"), QStringLiteral("temporary-password-1"), fixedClock());
        REQUIRE(opB.ok());
        REQUIRE(UserService(**opB).changeOwnPassword(QStringLiteral("op_b-own-password-1")).ok());
    }
    handOverIdentityKeys(fx.path(), fx.temp().recoveryKey());
    auto opB = Store::open(fx.path(), QStringLiteral("op_b"), QStringLiteral("op_b-own-password-1"), fixedClock());
    REQUIRE(opB.ok());
    CHECK(found(**opB, QStringLiteral("secretescu")) == 1);
    CHECK(found(**opB, QStringLiteral("2900101400014")) == 1);
    CHECK(found(**opB, QStringLiteral("Testescu")) == 0);
}

TEST_CASE("a colleague's sign-in hands the centre's key to a new user — a forged role gets nothing",
          "[security][sealed]")
{
    SecurityFixture fx;
    const auto identityOf = [&](Store& store, const QString& code) {
        auto id = VictimRepository(store).idByCode(code);
        REQUIRE(id.ok());
        REQUIRE(id->has_value());
        return VictimRepository(store).openIdentity(**id);
    };
    {
        auto admin = fx.openAs(QStringLiteral("admin"));
        REQUIRE(UserService(*admin)
                    .add(QStringLiteral("op_bv2"), {QStringLiteral("operator")}, QStringLiteral("CR-BV"),
                         QStringLiteral("temporary-password-1"))
                    .ok());
    }
    {
        auto fresh
            = Store::open(fx.path(), QStringLiteral("op_bv2"), QStringLiteral("temporary-password-1"), fixedClock());
        REQUIRE(fresh.ok());
        REQUIRE(UserService(**fresh).changeOwnPassword(QStringLiteral("op_bv2-own-password-1")).ok());
    }
    {
        auto waiting
            = Store::open(fx.path(), QStringLiteral("op_bv2"), QStringLiteral("op_bv2-own-password-1"), fixedClock());
        REQUIRE(waiting.ok());
        auto refused = identityOf(**waiting, QStringLiteral("RV-T00001"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("has not reached you yet")));
    }
    // The analyst, with the store key, makes themselves an operator of CR-BV in the users table and
    // gives themselves a key pair of their own, hoping the next CR-BV sign-in hands them the key.
    const Material analyst = materialOf(fx.path(), QStringLiteral("analyst_nat"));
    const BoxKeyPair forged = BoxKeyPair::generate();
    REQUIRE(sqlcipher(fx.path(), analyst.key,
                      QStringLiteral("UPDATE app_user SET roles = 'operator', center_id = (SELECT id FROM center WHERE "
                                     "code = 'CR-BV') WHERE name = 'analyst_nat'; UPDATE user_box_key SET own = 1, "
                                     "public_key = x'%1' WHERE user_id = (SELECT id FROM app_user WHERE name = "
                                     "'analyst_nat');")
                          .arg(QString::fromLatin1(forged.publicKey.toHex())))
                .exitCode
            == 0);
    {
        auto colleague = fx.openAs(QStringLiteral("op_bv"));
        CHECK(*colleague->db().queryInt(QStringLiteral(
                  "SELECT count(*) FROM audit_entry WHERE action = 'identity.key_granted' AND record_code = 'op_bv2'"))
              == 1);
    }
    auto granted
        = Store::open(fx.path(), QStringLiteral("op_bv2"), QStringLiteral("op_bv2-own-password-1"), fixedClock());
    REQUIRE(granted.ok());
    auto identity = identityOf(**granted, QStringLiteral("RV-T00001"));
    REQUIRE(identity.ok());
    CHECK(identity->lastName == QStringLiteral("Testescu"));
    // Nothing was sealed to the forged key.
    auto grants = sqlcipher(fx.path(), analyst.key,
                            QStringLiteral("SELECT count(*) FROM identity_key_grant WHERE to_key = x'%1';")
                                .arg(QString::fromLatin1(forged.publicKey.toHex())));
    CHECK(grants.out.trimmed() == QStringLiteral("0"));
}

TEST_CASE("a victim whose identity is sealed to its centre does not move to another centre", "[security][sealed]")
{
    SecurityFixture fx;
    auto coord = fx.openAs(QStringLiteral("coord_nat"));
    VictimEditor editor(*coord);
    auto id = editor.idByCode(QStringLiteral("RV-T00001"));
    REQUIRE(id.ok());
    REQUIRE(id->has_value());
    auto file = editor.load(**id);
    REQUIRE(file.ok());
    Victim moved = file->victim;
    moved.center = QStringLiteral("CR-CJ");
    auto saved = editor.save(moved, std::nullopt);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(QStringLiteral("sealed to the key of CR-BV")));
    // A victim without identity moves.
    auto other = editor.idByCode(QStringLiteral("RV-T00003"));
    REQUIRE(other.ok());
    REQUIRE(other->has_value());
    auto third = editor.load(**other);
    REQUIRE(third.ok());
    Victim v = third->victim;
    v.center = QStringLiteral("CR-CJ");
    CHECK(editor.save(v, std::nullopt).ok());
}
