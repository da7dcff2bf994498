#include "ClosedYearRepository.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Database.h"
#include "storage/engine/Transaction.h"
#include "storage/figures/YearQuery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>
#include <cstdlib>
#include <optional>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "ClosedYearRepository").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClosedYearRepository)
};

// Each kind of record, the date that puts it in the year, and how its year is chosen; "{c}" is
// the scope (YearQuery). Victims and campaigns count by the records of the year that use them
// (grouped by every column they show: the server accepts no other GROUP BY).
struct ChangeQuery
{
    const char* kind;
    const char* sql;
};

const ChangeQuery kChangeQueries[] = {
    {"victim",
     "SELECT v.id, v.code, min(i.notification_date), c.code, v.updated_at FROM victim v "
     "JOIN identification i ON i.victim_id = v.id JOIN center c ON c.id = v.center_id "
     "WHERE {i.c}i.notification_date BETWEEN :from AND :to AND v.updated_at > :since "
     "GROUP BY v.id, v.code, c.code, v.updated_at"},
    {"identification",
     "SELECT i.id, v.code, i.notification_date, c.code, i.updated_at FROM identification i "
     "JOIN victim v ON v.id = i.victim_id JOIN center c ON c.id = i.center_id "
     "WHERE {i.c}i.notification_date BETWEEN :from AND :to AND i.updated_at > :since"},
    {"assistance",
     "SELECT a.id, v.code, a.start_date, c.code, a.updated_at FROM assistance a "
     "JOIN victim v ON v.id = a.victim_id JOIN center c ON c.id = a.center_id "
     "WHERE {a.c}a.start_date <= :to AND (a.end_date IS NULL OR a.end_date >= :from) AND a.updated_at > :since"},
    {"repatriation",
     "SELECT r.id, v.code, r.arrival_date, c.code, r.updated_at FROM repatriation r "
     "JOIN victim v ON v.id = r.victim_id JOIN center c ON c.id = r.center_id "
     "WHERE {r.c}r.arrival_date BETWEEN :from AND :to AND r.updated_at > :since"},
    {"judicial",
     "SELECT j.id, v.code, j.date, c.code, j.updated_at FROM judicial j "
     "JOIN victim v ON v.id = j.victim_id JOIN center c ON c.id = j.center_id "
     "WHERE {j.c}j.date BETWEEN :from AND :to AND j.updated_at > :since"},
    {"campaign",
     "SELECT k.id, '', min(p.date), c.code, k.updated_at FROM campaign k "
     "JOIN prevention_activity p ON p.campaign_id = k.id JOIN center c ON c.id = k.center_id "
     "WHERE {p.c}p.date BETWEEN :from AND :to AND k.updated_at > :since "
     "GROUP BY k.id, c.code, k.updated_at"},
    {"prevention_activity",
     "SELECT p.id, '', p.date, c.code, p.updated_at FROM prevention_activity p JOIN center c ON c.id = p.center_id "
     "WHERE {p.c}p.date BETWEEN :from AND :to AND p.updated_at > :since"},
    {"protocol",
     "SELECT x.id, '', x.signed_date, c.code, x.updated_at FROM protocol x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.signed_date BETWEEN :from AND :to AND x.updated_at > :since"},
    {"action_plan",
     "SELECT x.id, '', x.date, c.code, x.updated_at FROM action_plan x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to AND x.updated_at > :since"},
    {"team_meeting",
     "SELECT x.id, '', x.date, c.code, x.updated_at FROM team_meeting x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to AND x.updated_at > :since"},
    {"training",
     "SELECT x.id, '', x.date, c.code, x.updated_at FROM training x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to AND x.updated_at > :since"},
    {"event",
     "SELECT x.id, '', x.date, c.code, x.updated_at FROM event x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.date BETWEEN :from AND :to AND x.updated_at > :since"},
    {"funded_project",
     "SELECT x.id, '', x.start_date, c.code, x.updated_at FROM funded_project x JOIN center c ON c.id = x.center_id "
     "WHERE {x.c}x.start_date <= :to AND (x.end_date IS NULL OR x.end_date >= :from) AND x.updated_at > :since"},
};

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<qint64> centerIdOf(Store& store, const Scope& scope)
{
    if (scope.isNational())
        return qint64(0);
    const auto id = store.reference().centerId(scope.center());
    if (!id)
        return makeError(
            QCoreApplication::translate("FiguresRepository", "There is no centre %1.").arg(scope.center()));
    return *id;
}

} // namespace

Result<QList<ClosedYearRecord>> ClosedYearRepository::query(const QString& where, int year, const Scope& scope)
{
    auto st = m_store.db().prepare(
        QStringLiteral("SELECT y.id, y.year, y.scope, y.version, y.rules_version, u.name, y.closed_at, y.forced, "
                       "y.quality_report, y.figures_json, y.content_hash FROM closed_year y "
                       "JOIN app_user u ON u.id = y.closed_by ")
        + where);
    if (!st)
        return st.error();
    if (year)
        st->bind(1, year).bind(2, scope.text());
    QList<ClosedYearRecord> out;
    while (st->next()) {
        ClosedYearRecord r;
        r.id = st->int64(0);
        r.year = int(st->int64(1));
        r.scope = Scope::fromText(st->text(2));
        r.version = int(st->int64(3));
        r.rulesVersion = st->text(4);
        r.closedBy = st->text(5);
        r.closedAt = st->text(6);
        r.forced = st->int64(7) != 0;
        r.qualityReport = st->text(8);
        r.figuresJson = st->text(9).toUtf8();
        r.contentHash = st->text(10);
        // Frozen figures only of a scope the user may see; the findings name records (victim codes),
        // so only for whom may list them (security.md §1).
        if (!m_store.access().canSeeFigures(r.scope))
            continue;
        if (!m_store.access().canListVictims())
            r.qualityReport.clear();
        if (sha256Hex(r.figuresJson) != r.contentHash) {
            Logging::logger("storage")->error("closed year {} {} version {}: frozen figures do not match their hash",
                                              r.year, r.scope.text().toStdString(), r.version);
            return makeError(Tr::tr("The frozen figures of %1 (%2) do not match their hash: they were altered outside "
                                    "Reper.")
                                 .arg(r.year)
                                 .arg(r.scope.text()));
        }
        out << r;
    }
    if (st->failed())
        return st->error();
    return out;
}

Result<std::optional<ClosedYearRecord>> ClosedYearRepository::latest(int year, const Scope& scope)
{
    auto rows = query(QStringLiteral("WHERE y.year = ? AND y.scope = ? ORDER BY y.version DESC LIMIT 1"), year, scope);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<ClosedYearRecord>();
    return std::optional<ClosedYearRecord>(rows->first());
}

Result<QList<ClosedYearRecord>> ClosedYearRepository::list()
{
    return query(QStringLiteral("ORDER BY y.year, y.scope, y.version"), 0, Scope::national());
}

Result<ClosedYearRecord> ClosedYearRepository::freeze(int year, const Scope& scope, const QString& rulesVersion,
                                                      bool forced, const QString& qualityReport,
                                                      const std::function<Result<Frozen>()>& figures)
{
    if (!m_store.access().canCloseYear(scope))
        return makeError(Tr::tr("Only a coordinator of this scope may close a year."));
    Database& db = m_store.db();
    // On the local file the figures are read inside the closing's write transaction, which no other
    // writer can interleave. On the server a writing transaction gives each statement the state of
    // its own start (READ COMMITTED), so a commit by another centre between two of the figures'
    // statements would mix two states: there the figures are read first, in one reading transaction
    // (one state: SqlDialect::begin), taken after closed_at's time.
    QString at;
    std::optional<Result<Frozen>> readFirst;
    if (db.engine() == Engine::Server) {
        at = m_store.timestamp();
        Transaction reading(db, Transaction::Mode::Deferred);
        if (!reading.beginStatus())
            return reading.beginStatus().error();
        readFirst.emplace(figures());
        reading.rollback();
    }
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (at.isEmpty())
        at = m_store.timestamp();
    auto frozen = readFirst ? std::move(*readFirst) : figures();
    if (!frozen)
        return frozen.error();
    if (sha256Hex(frozen->json) != frozen->hash)
        return makeError(Tr::tr("The figures to freeze do not match their hash."));
    auto st
        = db.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM closed_year WHERE year = ? AND scope = ?"));
    if (!st)
        return st.error();
    st->bind(1, year).bind(2, scope.text());
    const int version = st->next() ? int(st->int64(0)) + 1 : 1;
    if (st->failed())
        return st->error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO closed_year (year, scope, version, rules_version, closed_by, closed_at, forced, quality_report, "
        "figures_json, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, year)
        .bind(2, scope.text())
        .bind(3, version)
        .bind(4, rulesVersion)
        .bind(5, m_store.user().id)
        .bind(6, at)
        .bind(7, forced ? 1 : 0)
        .bind(8, qualityReport)
        .bind(9, QString::fromUtf8(frozen->json))
        .bind(10, frozen->hash);
    if (auto s = insert->exec(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    // The closing and its audit entry are committed together (docs/security.md).
    if (AuditTrail& audit = m_store.audit(); audit.canSign()) {
        const QJsonObject detail{{QStringLiteral("year"), year},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("rules_version"), rulesVersion},
                                 {QStringLiteral("content_hash"), frozen->hash},
                                 {QStringLiteral("forced"), forced}};
        if (auto s = audit.append({AuditAction::YearClosed, QStringLiteral("closed_year"), id, QString::number(year),
                                   scope.center(), detail});
            !s)
            return s.error();
    }
    waitForNextSecond(at);
    if (auto s = tx.commit(); !s)
        return s.error();
    Logging::logger("storage")->info("year {} ({}) closed, version {}, by user id {}{}", year,
                                     scope.text().toStdString(), version, m_store.user().id, forced ? ", forced" : "");
    ClosedYearRecord r;
    r.id = id;
    r.year = year;
    r.scope = scope;
    r.version = version;
    r.rulesVersion = rulesVersion;
    r.closedBy = m_store.user().name;
    r.closedAt = at;
    r.forced = forced;
    r.qualityReport = qualityReport;
    r.figuresJson = frozen->json;
    r.contentHash = frozen->hash;
    return r;
}

void ClosedYearRepository::waitForNextSecond(const QString& closedAt)
{
    // Records carry their time to the second. Holding the write lock until the second of the closing
    // is over makes every later change's updated_at later than closed_at, so none is missed among
    // "changed since". Only with a clock that follows real time (a pinned test clock never moves).
    const QDateTime real = QDateTime::currentDateTimeUtc();
    if (std::abs(m_store.clock().now().secsTo(real)) > 2)
        return;
    QElapsedTimer waited;
    waited.start();
    while (m_store.clock().now().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) <= closedAt
           && waited.elapsed() < 1500)
        QThread::msleep(20);
}

Result<QList<ChangedRecord>> ClosedYearRepository::changedSince(int year, const Scope& scope, const QString& since)
{
    const auto centerId = centerIdOf(m_store, scope);
    if (!centerId)
        return centerId.error();
    const YearQuery q(m_store.db(), *centerId, year);
    Transaction tx(m_store.db(), Transaction::Mode::Deferred);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    QList<ChangedRecord> out;
    for (const ChangeQuery& c : kChangeQueries) {
        auto st = q.prepare(QString::fromLatin1(c.sql));
        if (!st)
            return st.error();
        st->bind(st->parameterIndex(":since"), since);
        while (st->next())
            out << ChangedRecord{QLatin1String(c.kind), st->int64(0), st->text(1),
                                 st->text(2),           st->text(3),  st->text(4)};
        if (st->failed())
            return st->error();
    }
    tx.rollback();
    std::stable_sort(out.begin(), out.end(),
                     [](const ChangedRecord& a, const ChangedRecord& b) { return a.updatedAt < b.updatedAt; });
    return out;
}

} // namespace reper
