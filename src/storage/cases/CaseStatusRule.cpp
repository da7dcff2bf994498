#include "CaseStatusRule.h"

#include "storage/engine/Database.h"

#include <algorithm>

namespace reper::CaseStatusRule {

namespace {

// One row per case to judge: its first and latest recorded dates and whether work is still open. A
// working table (SqlDialect::createWorkingTable): as a temporary table of the local file it was
// memory, and grew with the cases an import makes (docs/benchmarks.md).
const char* const kCollect = R"(
case_rule AS
SELECT c.id AS id,
       coalesce((SELECT min(d) FROM (
           SELECT notification_date AS d FROM identification WHERE victim_id = c.victim_id
           UNION ALL SELECT start_date FROM assistance WHERE victim_id = c.victim_id
           UNION ALL SELECT request_date FROM repatriation WHERE victim_id = c.victim_id
           UNION ALL SELECT date FROM judicial WHERE victim_id = c.victim_id) AS dates), c.opened_on) AS opened,
       (SELECT max(d) FROM (
           SELECT notification_date AS d FROM identification WHERE victim_id = c.victim_id
           UNION ALL SELECT identification_date FROM identification WHERE victim_id = c.victim_id
           UNION ALL SELECT start_date FROM assistance WHERE victim_id = c.victim_id
           UNION ALL SELECT end_date FROM assistance WHERE victim_id = c.victim_id
           UNION ALL SELECT request_date FROM repatriation WHERE victim_id = c.victim_id
           UNION ALL SELECT arrival_date FROM repatriation WHERE victim_id = c.victim_id
           UNION ALL SELECT date FROM judicial WHERE victim_id = c.victim_id) AS dates) AS latest,
       (EXISTS (SELECT 1 FROM assistance a WHERE a.victim_id = c.victim_id AND (a.end_date IS NULL OR a.end_date >= :today))
        OR EXISTS (SELECT 1 FROM repatriation r WHERE r.victim_id = c.victim_id
                       AND r.status IN ('requested', 'in_progress'))) AS open_work
FROM victim_case c WHERE c.id > :after
)";

// Each case's row is looked up by id four times per case in kApply: without an index that is a scan
// of the working table per lookup, and an import into a store of 100,000 cases sat in it for minutes.
const char* const kIndex = R"(
CREATE INDEX ix_case_rule_id ON case_rule(id)
)";

const char* const kJudge = R"(
UPDATE case_rule SET latest = CASE WHEN latest IS NULL OR latest < opened THEN opened ELSE latest END
WHERE id > :after AND id <= :upto
)";

const char* const kApply = R"(
UPDATE victim_case SET
    opened_on = (SELECT opened FROM case_rule r WHERE r.id = victim_case.id),
    status = (SELECT CASE WHEN r.open_work OR r.opened >= :recent THEN 'active'
                          WHEN r.latest >= :year_ago THEN 'follow_up'
                          ELSE 'closed' END FROM case_rule r WHERE r.id = victim_case.id),
    closed_on = (SELECT CASE WHEN r.open_work OR r.opened >= :recent
                                  OR r.latest >= :year_ago THEN NULL
                             ELSE r.latest END FROM case_rule r WHERE r.id = victim_case.id),
    closing_reason = (SELECT CASE WHEN r.open_work OR r.opened >= :recent
                                       OR r.latest >= :year_ago THEN NULL
                                  ELSE 'other' END FROM case_rule r WHERE r.id = victim_case.id)
WHERE id > :after AND id <= :upto
)";

// The cases judged here are new (made by the schema step or by the import in this transaction): the
// rule's changes are part of their making, which the trail records as the step or the import, not as
// one change per case.
const char* const kUnstage = R"(
DELETE FROM audit_change WHERE tbl = 'victim_case' AND op = 'update' AND record_id > :after AND record_id <= :upto
)";

// A range's rows are done with once it is applied. Deleted there, not by the DROP at the end: the
// local file overwrites what it deletes (secure delete), and one DROP of the whole table rewrites
// every page it frees in one statement, whose journal is memory (docs/benchmarks.md). The server's
// temporary table has no such rewrite and goes in one DROP.
const char* const kForget = R"(
DELETE FROM case_rule WHERE id > :after AND id <= :upto
)";

// kJudge, kApply, kUnstage and kForget run over the cases in ranges of this many ids. Each statement keeps the pages
// it changes in its statement journal until it ends, and that journal is in memory (temp_store =
// MEMORY: nothing of a store is written to a temporary file): over the 100,000 cases of a large
// import, the audit rows the update makes and the unstaging deletes raised the import's peak from
// 143 to 224 MB (docs/benchmarks.md, 2026-12-05). A range's journal is a few megabytes.
constexpr qint64 kCasesPerStatement = 5000;

Status run(Database& db, const QString& sql, const QDate& today, qint64 after, qint64 upto = 0)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    // The dates are computed here, not in SQL: the engines spell date arithmetic differently.
    if (const int i = st->parameterIndex(":today"))
        st->bind(i, today);
    if (const int i = st->parameterIndex(":recent"))
        st->bind(i, today.addDays(-90));
    if (const int i = st->parameterIndex(":year_ago"))
        st->bind(i, today.addDays(-365));
    if (const int i = st->parameterIndex(":after"))
        st->bind(i, after);
    if (const int i = st->parameterIndex(":upto"))
        st->bind(i, upto);
    return st->exec();
}

} // namespace

Status apply(Database& db, const QDate& today, qint64 afterCaseId)
{
    (void)db.exec(QStringLiteral("DROP TABLE IF EXISTS case_rule"));
    Status s = run(db, db.dialect().createWorkingTable(QLatin1String(kCollect)), today, afterCaseId);
    if (s)
        s = run(db, QLatin1String(kIndex), today, afterCaseId);
    Result<qint64> last = s ? lastCaseId(db) : Result<qint64>(0);
    if (!last)
        s = last.error();
    for (qint64 from = afterCaseId; s && from < *last; from += kCasesPerStatement) {
        const qint64 upto = std::min(from + kCasesPerStatement, *last);
        s = run(db, QLatin1String(kJudge), today, from, upto);
        if (s)
            s = run(db, QLatin1String(kApply), today, from, upto);
        if (s)
            s = run(db, QLatin1String(kUnstage), today, from, upto);
        if (s && db.dialect().engine() == Engine::LocalFile)
            s = run(db, QLatin1String(kForget), today, from, upto);
    }
    (void)db.exec(QStringLiteral("DROP TABLE IF EXISTS case_rule"));
    return s;
}

Result<qint64> lastCaseId(Database& db)
{
    return db.queryInt(QStringLiteral("SELECT coalesce(max(id), 0) FROM victim_case"));
}

} // namespace reper::CaseStatusRule
