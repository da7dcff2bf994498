#pragma once
// Closed years (resources/sql/002_closed_years.sql): freezing a year's bilanț — its figures as
// canonical JSON with their SHA-256, the rules' version, who and when — and reading it back,
// checked against its hash; and the records of a closed year added or changed since. The JSON is
// made by the report layer (FiguresCodec); this class stores it as it is given.
#include "core/BilantFigures.h"
#include "core/Result.h"
#include "core/Scope.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace reper {

class Store;

struct ClosedYearRecord
{
    qint64 id = 0;
    int year = 0;
    Scope scope;
    int version = 0;
    QString rulesVersion;
    QString closedBy; // user name
    QString closedAt; // UTC "YYYY-MM-DD HH:MM:SS"
    bool forced = false;
    QString qualityReport;
    QByteArray figuresJson;
    QString contentHash;

    BilantClosure closure() const { return {closedAt, closedBy, rulesVersion, contentHash, forced}; }
};

class ClosedYearRepository
{
public:
    explicit ClosedYearRepository(Store& store)
        : m_store(store)
    {
    }

    // The latest closing of the year in the scope; nothing when it was never closed. The stored
    // figures are checked against their hash: a mismatch is an error, never silently used.
    Result<std::optional<ClosedYearRecord>> latest(int year, const Scope& scope);
    Result<QList<ClosedYearRecord>> list();
    struct Frozen
    {
        QByteArray json; // canonical JSON of the figures
        QString hash; // its SHA-256, hex
    };
    // Freezes: a new version (1 the first time) closed by the acting user now. `figures` is called
    // inside the closing's write transaction on the local file, so no record changes between the
    // figures and the freeze; on a server in a reading transaction just before it (after closed_at's
    // time is taken), so the figures are one state of the store, and a change saved after closed_at
    // is listed by changedSince. Before committing, the closing waits for the clock's next second,
    // so every later change has an updated_at after closed_at. Refused unless the user may close
    // years in this scope.
    Result<ClosedYearRecord> freeze(int year, const Scope& scope, const QString& rulesVersion, bool forced,
                                    const QString& qualityReport, const std::function<Result<Frozen>()>& figures);
    // Records of the year in the scope whose updated_at is after `since` (added or changed after the
    // closing), oldest change first. Records whose date was moved out of the year, and deleted
    // records, are not found here (the audit trail has them).
    Result<QList<ChangedRecord>> changedSince(int year, const Scope& scope, const QString& since);

private:
    void waitForNextSecond(const QString& closedAt);
    Result<QList<ClosedYearRecord>> query(const QString& where, int year, const Scope& scope);
    Store& m_store;
};

} // namespace reper
