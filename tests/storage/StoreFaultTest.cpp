// Faults of the store's files (issue 11 §3): a file that is not a store is never written to, and
// damage says what is wrong — a damaged store, a damaged key file, a wrong password — and what to do.
#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/BackupCopies.h"
#include "storage/services/BackupService.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace reper;
using namespace reper::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

Result<std::unique_ptr<Store>> openAsAdmin(const QString& path,
                                           const QString& password = QString::fromLatin1(kPassword))
{
    return Store::open(path, QStringLiteral("admin"), password, fixedClock());
}

// Four bytes flipped at `offset` (negative: from the end).
void flipBytes(const QString& path, qint64 offset)
{
    QByteArray b = bytesOf(path);
    REQUIRE(b.size() > 8);
    const qint64 at = offset < 0 ? b.size() + offset : offset;
    for (qint64 i = at; i < at + 4; ++i)
        b[i] = char(b[i] ^ 0x5a);
    writeBytes(path, b);
}

// The store with its WAL folded in and closed, so the file holds every page.
void closeWhole(TempStore& t)
{
    REQUIRE(t->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    t.close();
}

// A slot's field in the key file changed (base64 kept well formed, the length kept).
void damageSlotField(const QString& keyPath, const QString& field)
{
    QJsonObject root = QJsonDocument::fromJson(bytesOf(keyPath)).object();
    QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots.at(0).toObject();
    QByteArray value = QByteArray::fromBase64(slot.value(field).toString().toLatin1());
    REQUIRE(value.size() > 4);
    value[2] = char(value[2] ^ 0x01);
    slot.insert(field, QString::fromLatin1(value.toBase64()));
    slots.replace(0, slot);
    root.insert(QStringLiteral("slots"), slots);
    writeBytes(keyPath, QJsonDocument(root).toJson());
}

} // namespace

TEST_CASE("an empty file at the store's path is refused and left as it is", "[storage][faults]")
{
    TempStore t;
    t.close();
    writeBytes(t.path(), {});
    REQUIRE(QFileInfo(t.path()).size() == 0);
    auto opened = openAsAdmin(t.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(t.path()));
    CHECK(opened.error().message.contains(QStringLiteral("not a Reper store")));
    CHECK(QFileInfo(t.path()).size() == 0);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    // The recovery key's open is refused the same way.
    auto recovered = Store::openWithRecoveryKey(t.path(), t.recoveryKey(), QStringLiteral("admin"), fixedClock());
    REQUIRE_FALSE(recovered.ok());
    CHECK(QFileInfo(t.path()).size() == 0);
}

TEST_CASE("a file that is not a store is refused and stays byte for byte the same", "[storage][faults]")
{
    TempStore t;
    t.close();
    SECTION("text, not a whole number of pages") { writeBytes(t.path(), QByteArray("not a store\n").repeated(100)); }
    SECTION("a whole number of pages of noise")
    {
        QByteArray noise(8192, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) & 0xff);
        writeBytes(t.path(), noise);
    }
    const QByteArray before = bytesOf(t.path());
    auto opened = openAsAdmin(t.path());
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().message.contains(t.path()));
    CHECK_FALSE(opened.error().message.contains(QStringLiteral("Wrong user name")));
    CHECK(bytesOf(t.path()) == before);
    CHECK_FALSE(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
}

TEST_CASE("bytes flipped near the end of the store say the store is damaged", "[storage][faults]")
{
    TempStore t;
    closeWhole(t);
    flipBytes(t.path(), -100);
    auto opened = openAsAdmin(t.path());
    Error error;
    if (!opened) {
        error = opened.error();
    } else {
        // The damaged page was not read on the way in: the first statement that reads it fails.
        auto tables = (*opened)->db().prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        REQUIRE(tables.ok());
        QStringList names;
        while (tables->next())
            names << tables->text(0);
        for (const QString& name : names) {
            auto rows = (*opened)->db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
            if (!rows) {
                error = rows.error();
                break;
            }
            while (rows->next()) {
            }
            if (rows->failed()) {
                error = rows->error();
                break;
            }
        }
        CHECK_FALSE(BackupService::verify(**opened).ok);
    }
    INFO(error.message.toStdString() << " / " << error.detail.toStdString());
    CHECK(error.fault == Fault::Damaged);
    CHECK(error.message.contains(QStringLiteral("is damaged")));
    CHECK(error.message.contains(t.path()));
    CHECK(error.message.contains(QStringLiteral("recovery key")));
    CHECK_FALSE(error.message.contains(QStringLiteral("could not carry out an operation")));
}

TEST_CASE("a damaged first page or a cut short store is damage, not a wrong key", "[storage][faults]")
{
    TempStore t;
    const QString backup = t.dir() + QStringLiteral("/monday.reper");
    REQUIRE(BackupService::backup(t.store(), backup).ok());
    closeWhole(t);
    SECTION("page 1 damaged") { flipBytes(t.path(), 100); }
    SECTION("cut short by a page") { writeBytes(t.path(), bytesOf(t.path()).left(bytesOf(t.path()).size() - 4096)); }
    SECTION("cut short in a page") { writeBytes(t.path(), bytesOf(t.path()).left(5000)); }
    const QByteArray before = bytesOf(t.path());
    auto opened = openAsAdmin(t.path());
    if (opened) {
        // Only the last page gone: the first pages open; the check finds the rest.
        CHECK_FALSE(BackupService::verify(**opened).ok);
        return;
    }
    const QString message = opened.error().message;
    INFO(message.toStdString());
    CHECK(opened.error().fault == Fault::Damaged);
    CHECK_FALSE(message.contains(QStringLiteral("The key does not open")));
    CHECK_FALSE(message.contains(QStringLiteral("Wrong user name")));
    // What to do: the backup beside the store, by name and date.
    CHECK(message.contains(QStringLiteral("monday.reper")));
    CHECK(message.contains(QFileInfo(backup).lastModified().toString(QStringLiteral("yyyy-MM-dd"))));
    CHECK(message.contains(QStringLiteral("recovery key")));
    CHECK(bytesOf(t.path()) == before);
}

TEST_CASE("a damaged key slot says the key file is damaged, a wrong password stays one", "[storage][faults]")
{
    TempStore t;
    closeWhole(t);
    const QString keys = KeyFile::pathFor(t.path());
    SECTION("wrong password, intact file")
    {
        auto opened = openAsAdmin(t.path(), QStringLiteral("not-the-password"));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("Wrong user name or password")));
        return;
    }
    SECTION("sealed") { damageSlotField(keys, QStringLiteral("sealed")); }
    SECTION("salt") { damageSlotField(keys, QStringLiteral("salt")); }
    SECTION("nonce") { damageSlotField(keys, QStringLiteral("nonce")); }
    SECTION("broken base64")
    {
        QByteArray b = bytesOf(keys);
        const qsizetype at = b.indexOf("\"sealed\": \"") + 14;
        b[at] = '*';
        writeBytes(keys, b);
    }
    SECTION("store id")
    {
        QJsonObject root = QJsonDocument::fromJson(bytesOf(keys)).object();
        QString id = root.value(QStringLiteral("store_id")).toString();
        id[0] = id[0] == QLatin1Char('f') ? QLatin1Char('e') : QLatin1Char('f');
        root.insert(QStringLiteral("store_id"), id);
        writeBytes(keys, QJsonDocument(root).toJson());
    }
    SECTION("not JSON any more") { writeBytes(keys, bytesOf(keys).left(200)); }
    auto opened = openAsAdmin(t.path());
    REQUIRE_FALSE(opened.ok());
    const QString message = opened.error().message;
    INFO(message.toStdString());
    CHECK_FALSE(message.contains(QStringLiteral("Wrong user name or password")));
    CHECK(message.contains(QStringLiteral("The key file")));
    CHECK(message.contains(QStringLiteral("is damaged")));
    CHECK(message.contains(keys));
    CHECK(message.contains(QStringLiteral("recovery key")));
}

TEST_CASE("the backup a damage message names may be an exit backup, never another store's", "[storage][faults]")
{
    TempStore t;
    // The window's exit backups of this store, and a newer one of another store of the same name.
    const QString exits = BackupCopies::exitFolder();
    REQUIRE(QDir().mkpath(exits));
    const QString base = QFileInfo(t.path()).completeBaseName();
    const QString older = exits + QStringLiteral("/%1-20260301-090000.reper").arg(base);
    const QString mine = exits + QStringLiteral("/%1-20260302-090000.reper").arg(base);
    REQUIRE(BackupService::backup(t.store(), older).ok());
    REQUIRE(BackupService::backup(t.store(), mine).ok());
    TempStore other;
    const QString foreign = exits + QStringLiteral("/%1-20260303-090000.reper").arg(base);
    REQUIRE(BackupService::backup(other.store(), foreign).ok());
    const auto stamp = [](const QString& path, const QDateTime& when) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(when, QFileDevice::FileModificationTime));
    };
    stamp(older, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
    stamp(mine, QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    stamp(foreign, QDateTime(QDate(2026, 3, 3), QTime(9, 0)));
    closeWhole(t);
    flipBytes(t.path(), 100);
    auto opened = openAsAdmin(t.path());
    REQUIRE_FALSE(opened.ok());
    const QString message = opened.error().message;
    INFO(message.toStdString());
    CHECK(opened.error().fault == Fault::Damaged);
    CHECK(message.contains(QDir::toNativeSeparators(mine)));
    CHECK(message.contains(QStringLiteral("2026-03-02 09:00")));
    CHECK_FALSE(message.contains(QFileInfo(foreign).fileName()));
    CHECK_FALSE(message.contains(QFileInfo(older).fileName()));
    // A backup beside the store that is newer still is the one named.
    const QString beside = t.dir() + QStringLiteral("/tuesday.reper");
    REQUIRE(QFile::copy(mine, beside));
    REQUIRE(QFile::copy(KeyFile::pathFor(mine), KeyFile::pathFor(beside)));
    stamp(beside, QDateTime(QDate(2026, 3, 4), QTime(9, 0)));
    const QString again = openAsAdmin(t.path()).error().message;
    CHECK(again.contains(QStringLiteral("tuesday.reper")));
    CHECK_FALSE(again.contains(QFileInfo(mine).fileName()));
}
