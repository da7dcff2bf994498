// The key file (docs/security.md §3): each slot seals a user's key pair and signing secrets under
// their password, bound to the store and the user name; the master key is sealed to the pair and to
// the recovery key, so it can be renewed without passwords; nothing read from the file sets the cost
// of a password check beyond a bound.
#include "storage/keys/KeyFile.h"

#include "storage/keys/RecoveryKey.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>

using namespace reper;

namespace {

SlotSecrets secrets()
{
    const AuditSigner signer = AuditSigner::generate();
    return SlotSecrets{BoxKeyPair::generate(), signer, signer.publicKey()};
}

// Edits the JSON of a key file in place.
void editKeyFile(const QString& path, const std::function<void(QJsonObject&)>& edit)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    edit(root);
    REQUIRE(writeFileAtomically(path, QJsonDocument(root).toJson()).ok());
}

void editSlot(const QString& path, const QString& user, const std::function<void(QJsonObject&)>& edit)
{
    editKeyFile(path, [&](QJsonObject& root) {
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        for (int i = 0; i < slots.size(); ++i) {
            QJsonObject o = slots[i].toObject();
            if (o.value(QStringLiteral("user")).toString() == user) {
                edit(o);
                slots[i] = o;
            }
        }
        root.insert(QStringLiteral("slots"), slots);
    });
}

struct TwoSlots
{
    QTemporaryDir dir;
    MasterKey key = MasterKey::generate();
    QString path = dir.filePath(QStringLiteral("s.keys"));
    TwoSlots()
    {
        KeyFile keys;
        keys.setStoreId(QStringLiteral("store-1"));
        keys.setKeyCheck(key.checkValue());
        REQUIRE(keys.setSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"), key, secrets(), false).ok());
        REQUIRE(keys.setSlot(QStringLiteral("ion"), QStringLiteral("parola-ion-lungă"), key, secrets(), true).ok());
        REQUIRE(keys.save(path).ok());
    }
};

} // namespace

TEST_CASE("a key slot opens with its password and with nothing else", "[storage][keys]")
{
    TwoSlots f;
    auto loaded = KeyFile::load(f.path);
    REQUIRE(loaded.ok());
    CHECK(loaded->version() == 2);
    CHECK(loaded->slots().size() == 2);
    CHECK(loaded->storeId() == QStringLiteral("store-1"));
    auto opened = loaded->unlockSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"));
    REQUIRE(opened.ok());
    CHECK(opened->key.bytes() == f.key.bytes());
    CHECK(opened->box.isValid());
    CHECK(opened->box.publicKey == loaded->slotFor(QStringLiteral("ana"))->boxPublic);
    CHECK(opened->signer.isValid());
    CHECK_FALSE(opened->mustChangePassword);
    const auto wrong = loaded->unlockSlot(QStringLiteral("ana"), QStringLiteral("parola-ion-lungă"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(KeyFile::isWrongPassword(wrong.error()));
    // An unknown name gets the same answer (after the same Argon2id).
    const auto unknown = loaded->unlockSlot(QStringLiteral("maria"), QStringLiteral("parola-ana-lungă"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(KeyFile::isWrongPassword(unknown.error()));
    CHECK(unknown.error().message == wrong.error().message);
    // The file holds no key in clear.
    QFile file(f.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK_FALSE(text.contains(f.key.bytes().toHex()));
    CHECK_FALSE(text.contains(f.key.bytes().toBase64()));
    CHECK_FALSE(text.contains(opened->box.secretKey.view().toBase64()));
}

TEST_CASE("a slot is bound to its user and its store", "[storage][keys]")
{
    TwoSlots f;
    // ana's slot renamed to ion (ion's own removed): ana's password does not open it as ion.
    editKeyFile(f.path, [](QJsonObject& root) {
        QJsonArray slots;
        for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
            QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("user")).toString() == QLatin1String("ion"))
                continue;
            o.insert(QStringLiteral("user"), QStringLiteral("ion"));
            slots.append(o);
        }
        root.insert(QStringLiteral("slots"), slots);
    });
    auto renamed = KeyFile::load(f.path);
    REQUIRE(renamed.ok());
    CHECK_FALSE(renamed->unlockSlot(QStringLiteral("ion"), QStringLiteral("parola-ana-lungă")).ok());
    // Copied into the key file of another store, a slot does not open there.
    TwoSlots g;
    editKeyFile(g.path, [](QJsonObject& root) { root.insert(QStringLiteral("store_id"), QStringLiteral("store-2")); });
    auto moved = KeyFile::load(g.path);
    REQUIRE(moved.ok());
    CHECK_FALSE(moved->unlockSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă")).ok());
}

TEST_CASE("the temporary-password mark cannot be edited away, nor the public key swapped", "[storage][keys]")
{
    TwoSlots f;
    editSlot(f.path, QStringLiteral("ion"), [](QJsonObject& o) { o.remove(QStringLiteral("must_change_password")); });
    auto edited = KeyFile::load(f.path);
    REQUIRE(edited.ok());
    auto ion = edited->unlockSlot(QStringLiteral("ion"), QStringLiteral("parola-ion-lungă"));
    REQUIRE(ion.ok());
    CHECK(ion->mustChangePassword); // sealed in the slot, not taken from the file's field

    // A public key swapped for another (to have the next rekey seal the store key to it) is noticed.
    const QByteArray stranger = BoxKeyPair::generate().publicKey;
    editSlot(f.path, QStringLiteral("ana"),
             [&](QJsonObject& o) { o.insert(QStringLiteral("public"), QString::fromLatin1(stranger.toBase64())); });
    auto swapped = KeyFile::load(f.path);
    REQUIRE(swapped.ok());
    auto ana = swapped->unlockSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"));
    REQUIRE_FALSE(ana.ok());
    CHECK(ana.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("a new master key is sealed to a slot without its password", "[storage][keys]")
{
    TwoSlots f;
    auto keys = KeyFile::load(f.path);
    REQUIRE(keys.ok());
    const MasterKey next = MasterKey::generate();
    keys->setKeyCheck(next.checkValue());
    REQUIRE(keys->resealMaster(QStringLiteral("ana"), next).ok());
    REQUIRE(keys->save(f.path).ok());
    auto again = KeyFile::load(f.path);
    REQUIRE(again.ok());
    auto ana = again->unlockSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"));
    REQUIRE(ana.ok());
    CHECK(ana->key.bytes() == next.bytes());
    // ion's slot was not resealed: it holds the old key, which the check value no longer names.
    auto ion = again->unlockSlot(QStringLiteral("ion"), QStringLiteral("parola-ion-lungă"));
    REQUIRE_FALSE(ion.ok());
    CHECK(ion.error().detail == QStringLiteral("key check differs"));
}

TEST_CASE("the Argon2id cost read from a key file is clamped", "[storage][keys]")
{
    TwoSlots f;
    // Four billion passes and a terabyte would hang or exhaust the machine if taken as written.
    editSlot(f.path, QStringLiteral("ana"), [](QJsonObject& o) {
        o.insert(QStringLiteral("ops"), 4.0e9);
        o.insert(QStringLiteral("mem"), 1.0e12);
    });
    editSlot(f.path, QStringLiteral("ion"), [](QJsonObject& o) {
        o.insert(QStringLiteral("ops"), 0.0);
        o.insert(QStringLiteral("mem"), 1.0);
    });
    auto keys = KeyFile::load(f.path);
    REQUIRE(keys.ok());
    CHECK(keys->slotFor(QStringLiteral("ana"))->opsLimit == KeyFile::MaxOpsLimit);
    CHECK(keys->slotFor(QStringLiteral("ana"))->memLimit == KeyFile::MaxMemLimit);
    CHECK(keys->slotFor(QStringLiteral("ion"))->opsLimit == KeyFile::MinOpsLimit);
    CHECK(keys->slotFor(QStringLiteral("ion"))->memLimit == KeyFile::MinMemLimit);
    // The slot was sealed with other values: the password no longer opens it, and the check ends.
    // The edit fails the slot's checksum, so it reads as a damaged key file, not a wrong password.
    auto ion = keys->unlockSlot(QStringLiteral("ion"), QStringLiteral("parola-ion-lungă"));
    REQUIRE_FALSE(ion.ok());
    CHECK_FALSE(KeyFile::isWrongPassword(ion.error()));
    CHECK(ion.error().fault == Fault::Damaged);
}

TEST_CASE("the recovery key opens its own copy of the master key", "[storage][keys]")
{
    TwoSlots f;
    auto keys = KeyFile::load(f.path);
    REQUIRE(keys.ok());
    const BoxKeyPair recovery = BoxKeyPair::generate();
    REQUIRE(keys->setRecovery(recovery.publicKey, f.key).ok());
    REQUIRE(keys->save(f.path).ok());
    auto loaded = KeyFile::load(f.path);
    REQUIRE(loaded.ok());
    auto opened = loaded->openRecovery(recovery);
    REQUIRE(opened.ok());
    CHECK(opened->bytes() == f.key.bytes());
    CHECK_FALSE(loaded->openRecovery(BoxKeyPair::generate()).ok());
    // Typed back from paper, the recovery key is the same pair.
    const QString text = RecoveryKey::encode(recovery.secretKey);
    auto typed = RecoveryKey::pairOf(text);
    REQUIRE(typed.ok());
    CHECK(typed->publicKey == recovery.publicKey);
    CHECK(loaded->openRecovery(*typed).ok());
}

TEST_CASE("the recovery key is 32 bytes in a typeable form with a check", "[storage][keys]")
{
    const SecretBytes secret = SecretBytes::random(32);
    const QString text = RecoveryKey::encode(secret);
    CHECK(text.size() == 54 + 13); // 54 characters in 14 groups of four (the last of two)
    auto back = RecoveryKey::decode(text);
    REQUIRE(back.ok());
    CHECK(back->view() == secret.view());
    // By hand (docs/security.md): 52 characters of 5 bits are 260 bits; the first 256 are the key
    // and the low 4 bits of the last character are zero.
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    const QString data = text.left(65).remove(QLatin1Char('-')).left(52);
    REQUIRE(data.size() == 52);
    CHECK(alphabet.indexOf(data.at(51)) % 16 == 0);
    QByteArray bits;
    for (const QChar c : data)
        bits += QByteArray::number(alphabet.indexOf(c) + 32, 2).right(5);
    QByteArray bytes;
    for (int i = 0; i < 256; i += 8)
        bytes.append(char(bits.mid(i, 8).toInt(nullptr, 2)));
    CHECK(bytes == secret.view());
    // Typed back loosely: lower case, spaces instead of dashes, O for 0 and I for 1.
    QString loose = text.toLower();
    loose.replace(QLatin1Char('-'), QLatin1Char(' '));
    loose.replace(QLatin1Char('0'), QLatin1Char('o'));
    loose.replace(QLatin1Char('1'), QLatin1Char('i'));
    auto again = RecoveryKey::decode(loose);
    REQUIRE(again.ok());
    CHECK(again->view() == secret.view());
    // One character mistyped is caught by the check characters.
    QString typo = text;
    typo[5] = typo[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(RecoveryKey::decode(typo).ok());
}
