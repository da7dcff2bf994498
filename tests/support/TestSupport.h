#pragma once
// Test support: temporary folders and stores, fixture paths, the public samples when present, and
// the fixed clock every test store runs on.
#include "core/BilantFigures.h"
#include "core/Clock.h"
#include "storage/Store.h"
#include "storage/keys/MasterKey.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace reper::test {

// tests/data/<name>
QString dataPath(const QString& name = {});
// ../shared/samples/<name> beside the source tree (or $REPER_SAMPLES); empty when not there.
QString samplesPath(const QString& name = {});
// The samples folder a test case needs, or empty — and the caller returns — when it is not there.
// A case without its samples has checked nothing, so it never passes: where the samples must be
// ($REPER_REQUIRE_SAMPLES=1, exported by .ci/run) the case fails; elsewhere it prints
// kSkippedMarker with the reason, and ctest reports it as skipped (SKIP_REGULAR_EXPRESSION in
// tests/CMakeLists.txt).
QString requireSamples(const QString& name);
constexpr const char* kSkippedMarker = "REPER-TEST-SKIPPED:";
// Whether the environment says the samples must be there ($REPER_REQUIRE_SAMPLES set, and not 0).
bool samplesRequired();
// The built reper-cli.
QString cliPath();

// The clock of every test store: 2026-01-15 12:00 UTC, except inside a ClockAt.
const FixedClock& fixedClock();

// Moves fixedClock() to `at` for as long as it lives and back to where it was after: a test that
// needs a later "now" (a second closing, an exit backup a minute on) leaves no moved clock behind.
class ClockAt
{
public:
    explicit ClockAt(const QDateTime& at);
    ~ClockAt();
    ClockAt(const ClockAt&) = delete;
    ClockAt& operator=(const ClockAt&) = delete;
    // Moves it further while in scope (the time before the first move is still the one put back).
    void set(const QDateTime& at);

private:
    QDateTime m_before;
};

constexpr const char* kPassword = "test-password-123";

// A fresh store in a temporary folder, opened as its administrator "admin".
class TempStore
{
public:
    TempStore();
    Store& store() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    const QString& recoveryKey() const { return m_recovery; }
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_recovery;
    std::unique_ptr<Store> m_store;
};

// The store key as the recovery key opens it from the store's key file (what someone holding the
// recovery key can do outside the program); an invalid key when it does not open.
MasterKey storeKeyFromRecoveryKey(const QString& storePath, const QString& recoveryKey);
// The store key as `user`'s password opens it from the key file.
MasterKey storeKeyOf(const QString& storePath, const QString& user, const QString& password);
// Hands every centre's identity key to the users entitled to it, with the recovery key, as the
// store's administrator `admin` (the way a new store's first operators of a centre get theirs).
void handOverIdentityKeys(const QString& storePath, const QString& recoveryKey,
                          const QString& admin = QStringLiteral("admin"),
                          const QString& password = QString::fromLatin1(kPassword));

// Reads a whole file as UTF-8.
QString readText(const QString& path);
// Reads a JSON object from a file; empty when the file is missing or not an object.
QJsonObject readJsonObject(const QString& path);
// The 15 headline figures of interchange.md §2 by their JSON keys.
QMap<QString, qint64> figuresByKey(const BilantFigures& f);

} // namespace reper::test
