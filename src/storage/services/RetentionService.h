#pragma once
// The retention rule: the identity (names, CNP, address, phone, notes) of a victim whose last
// record is older than N years (default 5) is erased. Statistics, victim codes and closed years stay,
// so every past bilanț still comes out the same. A victim with assistance still running or a
// repatriation still open is kept. Run by an administrator's command, or at open when the schedule
// the administrator set is due; every erasure is an entry of the audit trail. On a local file the
// deletion is secure (secure_delete), and a run that erased something rewrites the store (VACUUM)
// and empties its log (a TRUNCATE checkpoint), so no erased name stays in a free page or an old copy
// of a page. On a server the schema's own functions find and erase, for an administrator who may
// read neither records nor identity there (decisions V22).
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace reper {

class Store;

struct RetentionSettings
{
    int years = 5;
    int everyDays = 0; // 0: no schedule
    QDate lastRun;
};

struct RetentionResult
{
    int years = 0;
    QDate cutoff; // last record before this day: erased
    QStringList victimCodes; // erased (or, in a dry run, to be erased)
    bool dryRun = false;
};

class RetentionService
{
public:
    static constexpr int DefaultYears = 5;
    explicit RetentionService(Store& store)
        : m_store(store)
    {
    }

    Result<RetentionSettings> settings();
    // Administrators: every `everyDays` days (0 turns it off), keeping `years` years.
    Status setSchedule(int everyDays, int years);
    // Administrators: erases now (years: the setting when not given).
    Result<RetentionResult> run(std::optional<int> years, bool dryRun);
    // At open, for whoever opens: runs when a schedule is set and due.
    Status runIfDue();

private:
    struct Candidate
    {
        qint64 id = 0;
        QString code;
        QString center;
        QString lastRecord;
    };
    Result<RetentionResult> erase(int years, bool dryRun, bool scheduled);
    // The victims whose identity the rule erases: last record before `cutoff`, no case running.
    Result<QList<Candidate>> candidates(const QString& cutoff);
    Status eraseIdentity(const QList<Candidate>& victims);
    Status setMeta(const QString& key, const QString& value);
    void compact();
    Store& m_store;
};

} // namespace reper
