#include "RetentionService.h"

#include "core/AccessPolicy.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/engine/Transaction.h"
#include "storage/keys/SecuritySession.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "RetentionService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
};

const QString kYears = QStringLiteral("retention_years");
const QString kEveryDays = QStringLiteral("retention_every_days");
const QString kLastRun = QStringLiteral("retention_last_run");

} // namespace

Status RetentionService::setMeta(const QString& key, const QString& value)
{
    auto del = m_store.db().prepare(QStringLiteral("DELETE FROM store_meta WHERE key = ?"));
    if (!del)
        return del.error();
    if (auto s = del->bind(1, key).exec(); !s)
        return s;
    auto ins = m_store.db().prepare(QStringLiteral("INSERT INTO store_meta(key, value) VALUES (?, ?)"));
    if (!ins)
        return ins.error();
    return ins->bind(1, key).bind(2, value).exec();
}

Result<RetentionSettings> RetentionService::settings()
{
    RetentionSettings out;
    auto st = m_store.db().prepare(QStringLiteral("SELECT key, value FROM store_meta WHERE key IN (?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, kYears).bind(2, kEveryDays).bind(3, kLastRun);
    while (st->next()) {
        const QString key = st->text(0);
        if (key == kYears)
            out.years = st->text(1).toInt();
        else if (key == kEveryDays)
            out.everyDays = st->text(1).toInt();
        else
            out.lastRun = QDate::fromString(st->text(1), Qt::ISODate);
    }
    if (st->failed())
        return st->error();
    if (out.years < 1)
        out.years = DefaultYears;
    return out;
}

Status RetentionService::setSchedule(int everyDays, int years)
{
    if (!m_store.access().canRunRetention())
        return makeError(Tr::tr("Only an administrator may set the retention schedule."));
    if (everyDays < 0 || years < 1 || years > 100)
        return makeError(Tr::tr("The schedule needs a number of days (0 for none) and 1 to 100 years."));
    Transaction tx(m_store.db());
    Status s = tx.beginStatus();
    if (s)
        s = setMeta(kEveryDays, QString::number(everyDays));
    if (s)
        s = setMeta(kYears, QString::number(years));
    if (s) {
        AuditEvent e;
        e.action = AuditAction::RetentionScheduled;
        e.detail.insert(QStringLiteral("every_days"), everyDays);
        e.detail.insert(QStringLiteral("years"), years);
        s = m_store.audit().append(e);
    }
    if (s)
        s = tx.commit();
    return s;
}

Result<RetentionResult> RetentionService::run(std::optional<int> years, bool dryRun)
{
    if (!m_store.access().canRunRetention())
        return makeError(Tr::tr("Only an administrator may run the retention rule."));
    auto current = settings();
    if (!current)
        return current.error();
    const int n = years.value_or(current->years);
    if (n < 1 || n > 100)
        return makeError(Tr::tr("The retention period is 1 to 100 years."));
    return erase(n, dryRun, false);
}

Status RetentionService::runIfDue()
{
    auto current = settings();
    if (!current)
        return current.error();
    if (current->everyDays <= 0)
        return Status::success();
    const QDate today = m_store.clock().now().toUTC().date();
    if (current->lastRun.isValid() && current->lastRun.addDays(current->everyDays) > today)
        return Status::success();
    auto done = erase(current->years, false, true);
    return done ? Status::success() : Status(done.error());
}

Result<RetentionResult> RetentionService::erase(int years, bool dryRun, bool scheduled)
{
    RetentionResult result;
    result.years = years;
    result.dryRun = dryRun;
    const QDate today = m_store.clock().now().toUTC().date();
    result.cutoff = today.addYears(-years);
    const QString cutoff = result.cutoff.toString(Qt::ISODate);

    Database& db = m_store.db();
    const bool onServer = SecuritySession::onServer(m_store);
    // What is deleted is overwritten with zeros, in the page and in the log: erased identity must
    // not stay readable in a page's free space to whoever holds the master key. (A server keeps a
    // deleted row until its vacuum, and its backups are its administrator's: docs/server.md §6.)
    if (!dryRun && !onServer)
        if (auto s = db.exec(QStringLiteral("PRAGMA secure_delete = ON")); !s)
            return s.error();
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (auto s = m_store.audit().flush(); !s) // earlier changes keep their own entries
        return s.error();
    // On a server, two administrators signing in at once would both find the schedule due: the
    // trail's lock makes the second wait, and it then finds nothing left to erase.
    if (onServer)
        if (auto s = db.exec(QStringLiteral("SELECT audit_lock()")); !s)
            return s.error();
    auto found = candidates(cutoff);
    if (!found)
        return found.error();
    const QList<Candidate>& erase = *found;
    for (const Candidate& c : erase)
        result.victimCodes << c.code;
    if (dryRun)
        return result; // rolled back: nothing changed

    if (auto s = eraseIdentity(erase); !s)
        return s.error();
    for (const Candidate& c : erase) {
        AuditEvent e;
        e.action = AuditAction::IdentityErased;
        e.recordType = QStringLiteral("victim");
        e.recordId = c.id;
        e.recordCode = c.code;
        e.center = c.center;
        e.detail.insert(QStringLiteral("last_record"), c.lastRecord);
        e.detail.insert(QStringLiteral("years"), years);
        if (scheduled)
            e.detail.insert(QStringLiteral("scheduled"), true);
        if (auto s = m_store.audit().append(e); !s)
            return s.error();
    }
    AuditEvent summary;
    summary.action = AuditAction::RetentionRun;
    summary.detail.insert(QStringLiteral("years"), years);
    summary.detail.insert(QStringLiteral("cutoff"), cutoff);
    summary.detail.insert(QStringLiteral("erased"), int(erase.size()));
    summary.detail.insert(QStringLiteral("scheduled"), scheduled);
    if (auto s = m_store.audit().append(summary); !s)
        return s.error();
    if (auto s = setMeta(kLastRun, today.toString(Qt::ISODate)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    Logging::logger("storage")->info("retention: identity of {} victims erased ({} years)", erase.size(), years);
    if (!erase.isEmpty() && !onServer)
        compact();
    return result;
}

Result<QList<RetentionService::Candidate>> RetentionService::candidates(const QString& cutoff)
{
    Database& db = m_store.db();
    // The latest date on any of the victim's records (the dates of events, not when they were typed
    // in); running assistance or an open repatriation keeps the identity whatever the dates. A victim
    // with no dated record at all is kept. On a server the administrator may read neither the
    // records nor identity: the schema's own function answers with codes and dates only.
    const bool onServer = SecuritySession::onServer(m_store);
    auto st = db.prepare(
        onServer ? QStringLiteral("SELECT victim_id, code, center, last_record, open_cases "
                                  "FROM retention_candidates()")
                 : QStringLiteral("SELECT v.id, v.code, c.code, "
                                  " max(coalesce((SELECT max(notification_date) FROM identification WHERE "
                                  "victim_id = v.id), ''),"
                                  " coalesce((SELECT max(identification_date) FROM identification WHERE "
                                  "victim_id = v.id), ''),"
                                  " coalesce((SELECT max(start_date) FROM assistance WHERE victim_id = v.id), ''),"
                                  " coalesce((SELECT max(end_date) FROM assistance WHERE victim_id = v.id), ''),"
                                  " coalesce((SELECT max(request_date) FROM repatriation WHERE victim_id = v.id), "
                                  "''),"
                                  " coalesce((SELECT max(arrival_date) FROM repatriation WHERE victim_id = v.id), "
                                  "''),"
                                  " coalesce((SELECT max(date) FROM judicial WHERE victim_id = v.id), '')),"
                                  " (SELECT count(*) FROM assistance WHERE victim_id = v.id AND end_date IS NULL)"
                                  "  + (SELECT count(*) FROM repatriation WHERE victim_id = v.id"
                                  "     AND (status = 'requested' OR status = 'in_progress'))"
                                  " FROM victim v JOIN victim_identity i ON i.victim_id = v.id JOIN center c ON "
                                  "c.id = v.center_id ORDER BY v.code"));
    if (!st)
        return st.error();
    QList<Candidate> out;
    while (st->next()) {
        if (st->int64(4) > 0)
            continue;
        const QString last = st->isNull(3) ? QString() : st->text(3);
        if (!last.isEmpty() && last < cutoff)
            out << Candidate{st->int64(0), st->text(1), st->text(2), last};
    }
    if (st->failed())
        return st->error();
    return out;
}

Status RetentionService::eraseIdentity(const QList<Candidate>& victims)
{
    Database& db = m_store.db();
    const QString now = m_store.timestamp();
    if (SecuritySession::onServer(m_store)) {
        // The owner's function deletes the row, marks the victim and drops the staged deletions.
        auto erase = db.prepare(QStringLiteral("SELECT erase_identity(?, ?)"));
        if (!erase)
            return erase.error();
        for (const Candidate& c : victims) {
            erase->bind(1, c.id).bind(2, now);
            erase->next();
            if (erase->failed())
                return erase->error();
            erase->reset();
        }
        return Status::success();
    }
    auto del = db.prepare(QStringLiteral("DELETE FROM victim_identity WHERE victim_id = ?"));
    auto mark = db.prepare(QStringLiteral("INSERT INTO victim_identity_erased(victim_id, erased_at) VALUES (?, ?)"));
    if (!del)
        return del.error();
    if (!mark)
        return mark.error();
    for (const Candidate& c : victims) {
        if (auto s = del->bind(1, c.id).exec(); !s)
            return s;
        if (auto s = mark->bind(1, c.id).bind(2, now).exec(); !s)
            return s;
    }
    // The triggers staged the deletions above; the trail gets one "identity.erased" per victim instead.
    return db.exec(QStringLiteral("DELETE FROM audit_change WHERE tbl = 'victim_identity'"));
}

void RetentionService::compact()
{
    // The log still holds the pages as they were before the deletion, and other pages may hold older
    // copies of the rows: VACUUM rewrites the store from its live rows only, and a TRUNCATE
    // checkpoint folds the log into the file and empties it. Neither is needed for the data to be
    // right, so a failure (another connection reading, a full disk) is logged, not returned: the
    // next run tries again.
    auto log = Logging::logger("storage");
    Database& db = m_store.db();
    if (auto s = db.exec(QStringLiteral("VACUUM")); !s)
        log->warn("retention: VACUUM failed: {}", s.error().detail.toStdString());
    auto st = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!st) {
        log->warn("retention: checkpoint failed: {}", st.error().detail.toStdString());
        return;
    }
    if (st->next() && st->int64(0) != 0)
        log->warn("retention: the log could not be emptied while another connection reads; it will be at the "
                  "next checkpoint");
    else if (st->failed())
        log->warn("retention: checkpoint failed: {}", st->error().detail.toStdString());
}

} // namespace reper
