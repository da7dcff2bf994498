#pragma once
// Victims, their identity (kept in a table of its own) and their identifications. Every read applies
// the acting user's scope (AccessPolicy): a victim outside it is "not found". Identity is never
// returned by findByCode; it is opened on purpose with openIdentity, which checks the right to see
// it and leaves an entry in the audit trail.
#include "core/Records.h"
#include "core/Result.h"
#include "storage/repositories/RecordWrite.h"

#include <optional>

namespace reper {

class Store;

struct VictimWithIdentity
{
    Victim victim;
    VictimIdentity identity; // always empty from findByCode: see openIdentity
};

// How the identity columns of an imported row compare with the stored identity (names only).
struct IdentityComparison
{
    QStringList differ; // columns given on the row that differ from the store
    bool erased = false; // the identity was erased by the retention rule
    bool compared = false; // false: the user may not see this identity, so nothing was compared
};

class VictimRepository
{
public:
    explicit VictimRepository(Store& store)
        : m_store(store)
    {
    }

    // `outsideScope`, when given, tells a victim that exists outside the scope from none at all
    // (victim codes are unique in the store: an import must not reuse one).
    Result<std::optional<VictimWithIdentity>> findByCode(const QString& code, bool* outsideScope = nullptr);
    Result<std::optional<RecordId>> idByCode(const QString& code);
    // Whether a victim code is used at all, in or out of scope (codes are unique in the store).
    Result<bool> isCodeTaken(const QString& code);
    // The identity of a victim, for someone entitled to see it; recorded in the audit trail (and a
    // refusal is recorded too).
    Result<VictimIdentity> openIdentity(RecordId victimId);
    // Writes (or, when empty, removes) a victim's identity; only where the user may see it. The
    // trail records which fields were given, changed or erased — never their values.
    Status setIdentity(RecordId victimId, const VictimIdentity& identity);
    // For the importer: which identity columns of a row differ from the stored identity.
    Result<IdentityComparison> compareIdentity(RecordId victimId, const QString& center, const VictimIdentity& given);
    Result<RecordId> add(const Victim& victim, const VictimIdentity& identity);
    // Adds an identification unless one with the same row key exists.
    Result<InsertOutcome> addIdentification(const Identification& identification, const QByteArray& rowKey);
    Result<qint64> count(); // victims the user may read

private:
    Store& m_store;
};

} // namespace reper
