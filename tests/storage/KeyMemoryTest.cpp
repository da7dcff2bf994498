// The store key is given to SQLCipher from guarded memory (sqlite3_key), never as the text of a
// PRAGMA statement: once a store is closed, no hex form of its key is left anywhere in the process's
// memory (SQLite's parser would have copied a PRAGMA's text into memory it frees without wiping).
// Linux only: it reads the process's own memory through /proc/self/mem.
#include "storage/engine/Database.h"
#include "storage/keys/MasterKey.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <cstring>

using namespace reper;
using namespace reper::test;

namespace {

constexpr char kMask = 0x55;
constexpr quint64 kLargestHeap = quint64(1) << 32; // 4 GiB

// The key's hex text, masked: the test itself must not hold the text it looks for.
QByteArray maskedHex(const MasterKey& key)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    for (int i = 0; i < key.secret().size(); ++i) {
        const unsigned char b = key.secret().data()[i];
        out.append(char(digits[b >> 4] ^ kMask));
        out.append(char(digits[b & 15] ^ kMask));
    }
    return out;
}

// Whether any writable private mapping of this process holds `masked` (unmasked).
bool memoryHolds(const QByteArray& masked)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    QFile mem(QStringLiteral("/proc/self/mem"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    REQUIRE(mem.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const QList<QByteArray> lines = maps.readAll().split('\n');
    QByteArray block;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2 || !parts[1].startsWith("rw"))
            continue;
        if (parts.size() >= 6 && !parts[5].startsWith('[') && !parts[5].isEmpty())
            continue; // a file's data: not the heap
        const QList<QByteArray> range = parts[0].split('-');
        const quint64 start = range[0].toULongLong(nullptr, 16);
        const quint64 end = range[1].toULongLong(nullptr, 16);
        if (parts.size() >= 6 && (parts[5] == "[vvar]" || parts[5] == "[vsyscall]"))
            continue;
        // No heap of this test is that large: AddressSanitizer's shadow memory (terabytes reserved,
        // scripts/sanitize-run.sh), which holds no bytes of the program's own.
        if (end - start > kLargestHeap)
            continue;
        if (!mem.seek(qint64(start)))
            continue;
        block = mem.read(qint64(end - start));
        for (char& c : block)
            c ^= kMask;
        const bool found = block.contains(masked);
        // The copy holds the unmasked form of whatever was masked in memory (`masked` itself): wipe it,
        // or the next search would find it in the freed heap.
        block.fill('\0');
        if (found)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("no hex form of the store key stays in memory once the store is closed", "[storage][keys][memory]")
{
    QTemporaryDir dir;
    const MasterKey key = MasterKey::generate();
    const QByteArray masked = maskedHex(key);
    {
        auto db = Database::open(dir.filePath(QStringLiteral("m.reper")), key.bytes(), true);
        REQUIRE(db.ok());
        REQUIRE((*db)->exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);")).ok());
    }
    {
        auto db = Database::open(dir.filePath(QStringLiteral("m.reper")), key.bytes(), false);
        REQUIRE(db.ok());
        CHECK(*(*db)->queryInt(QStringLiteral("SELECT x FROM t")) == 1);
        const MasterKey next = MasterKey::generate();
        REQUIRE((*db)->rekey(next.bytes()).ok());
        CHECK_FALSE(memoryHolds(maskedHex(key))); // not even while open: only SQLCipher's own copy of the new key
    }
    CHECK_FALSE(memoryHolds(masked));
}
