#pragma once
// Two victim codes joined into one person, and the join undone (issue 10 §5, decisions C7). A merge
// keeps both victims (codes, identities, cases) and points the absorbed victim's records at the kept
// one, listing each record it moved (victim_merge_record, schema step 12); the figures count victims
// through their records, so the person counts once. An unmerge points exactly those records back.
// Both are entries of the audit trail (victims.merged, victims.unmerged: the two codes and centres
// and how many records moved — never identity). Who may: VictimMerger::mayMerge.
#include "core/AccessPolicy.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QString>
#include <array>
#include <optional>

namespace reper {

class Store;

namespace AuditAction { // with the others of storage/audit/AuditEntry.h
inline const QString VictimsMerged = QStringLiteral("victims.merged"); // two codes, one person
inline const QString VictimsUnmerged = QStringLiteral("victims.unmerged");
} // namespace AuditAction

struct VictimMerge
{
    QString keptCode;
    QString keptCenter;
    QString absorbedCode;
    QString absorbedCenter;
    QString mergedBy;
    QString mergedAt;
    int records = 0; // moved from the absorbed victim to the kept one
};

class VictimMerger
{
public:
    explicit VictimMerger(Store& store)
        : m_store(store)
    {
    }
    // Who may join two victims into one person (decisions C7): both of one centre, a coordinator of
    // that centre (or a national one); of two centres, a national coordinator only.
    static bool mayMerge(const AccessPolicy& access, const QString& keptCenter, const QString& absorbedCenter);
    // The tables of the case records that follow the person to the kept victim, as declared
    // (RecordTables). A merge moves the deadlines set aside (due_dismissal) too; a centre's package
    // carries only these, by UUID (PackageMerges).
    static const std::array<const char*, 5>& caseRecordTables();

    // Joins `absorbCode` into `keepCode`; the merge as recorded.
    Result<VictimMerge> merge(const QString& keepCode, const QString& absorbCode);
    // Undoes the merge that absorbed `absorbedCode`; the merge undone.
    Result<VictimMerge> unmerge(const QString& absorbedCode);
    // The merge a victim (of the user's scope) takes part in, kept or absorbed; none when it is in none
    // (a kept victim of several merges: the earliest).
    Result<std::optional<VictimMerge>> mergeOf(const QString& code);

private:
    struct Victim
    {
        RecordId id = 0;
        QString code;
        QString center;
    };
    Result<Victim> victimInScope(const QString& code);
    Result<std::optional<VictimMerge>> mergeWhere(const char* column, RecordId id, qint64* mergeId = nullptr);
    Status checkRight(const Victim& kept, const Victim& absorbed);
    Status record(const QString& action, const Victim& kept, const Victim& absorbed, int records);

    Store& m_store;
};

} // namespace reper
