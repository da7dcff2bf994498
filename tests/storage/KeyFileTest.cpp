#include "storage/keys/KeyFile.h"

#include "storage/keys/RecoveryKey.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace reper;

TEST_CASE("a key slot opens with its password and with nothing else", "[storage][keys]")
{
    QTemporaryDir dir;
    const MasterKey key = MasterKey::generate();
    KeyFile keys;
    keys.setStoreId(QStringLiteral("id-1"));
    keys.setKeyCheck(key.checkValue());
    REQUIRE(keys.setSlot(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"), key).ok());
    REQUIRE(keys.setSlot(QStringLiteral("ion"), QStringLiteral("parola-ion-lungă"), key).ok());
    const QString path = dir.filePath(QStringLiteral("s.keys"));
    REQUIRE(keys.save(path).ok());

    auto loaded = KeyFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->slots().size() == 2);
    CHECK(loaded->storeId() == QStringLiteral("id-1"));
    auto opened = loaded->unlock(QStringLiteral("ana"), QStringLiteral("parola-ana-lungă"));
    REQUIRE(opened.ok());
    CHECK(opened->bytes() == key.bytes());
    CHECK_FALSE(loaded->unlock(QStringLiteral("ana"), QStringLiteral("parola-ion-lungă")).ok());
    CHECK_FALSE(loaded->unlock(QStringLiteral("maria"), QStringLiteral("parola-ana-lungă")).ok());
    // The file holds no key in clear.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK_FALSE(text.contains(key.bytes().toHex()));
    CHECK_FALSE(text.contains(key.bytes().toBase64()));
}

TEST_CASE("the recovery key is the master key in a typeable form with a check", "[storage][keys]")
{
    const MasterKey key = MasterKey::generate();
    const QString text = RecoveryKey::encode(key);
    CHECK(text.size() == 54 + 13); // 54 characters in 14 groups of four (the last of two)
    auto back = RecoveryKey::decode(text);
    REQUIRE(back.ok());
    CHECK(back->bytes() == key.bytes());
    // Typed back loosely: lower case, spaces instead of dashes, O for 0 and I for 1.
    QString loose = text.toLower();
    loose.replace(QLatin1Char('-'), QLatin1Char(' '));
    loose.replace(QLatin1Char('0'), QLatin1Char('o'));
    loose.replace(QLatin1Char('1'), QLatin1Char('i'));
    auto again = RecoveryKey::decode(loose);
    REQUIRE(again.ok());
    CHECK(again->bytes() == key.bytes());
    // One character mistyped is caught by the check characters.
    QString typo = text;
    typo[5] = typo[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(RecoveryKey::decode(typo).ok());
}
