#pragma once
// package import (issue 9 §2–§3): a centre's package into headquarters' store. Refused, each with
// its own message and nothing written: another headquarters, a damaged, truncated or unsigned file
// (CentrePackage::open), a centre this store does not know or the user may not write, a replay (the
// same file again), a package not newer than the last one imported from that centre, and one signed
// by a key the centre has not introduced. The first package of a centre introduces its signing keys
// (the signer's and those the package lists; their fingerprints are returned to be shown); a later
// package signed by an introduced key may introduce more. Then, in one transaction, headquarters'
// copy of the centre is made equal to the package (PackageApplier), the package is noted in
// package_received and the audit trail records it with its SHA-256. Conflicts (records headquarters
// changed since the last package) stop the import unless a preference is given: nothing is written
// and the conflicts are returned. A package that carries the victims' identity is taken only by a
// user who may write it here (PackageIdentity::mayWrite), who then gets it written; one that carries
// merges of the centre's victims, only by a user who may merge them (PackageMerges).
#include "core/Result.h"
#include "storage/keys/BoxKeys.h"
#include "storage/package/PackageApplier.h"
#include "storage/package/PackageMerges.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace reper {

class Store;

struct PackageImportResult
{
    QString center;
    qint64 sequence = 0;
    QString createdAt; // when the centre made it
    QByteArray contentHash;
    QString signerFingerprint;
    QStringList introduced; // fingerprints of the signing keys this package introduced
    bool firstPackage = false;
    QList<PackageConflict> conflicts; // with no preference: the import stopped and wrote nothing
    bool imported = false;
    PackagePlanCounts counts;
    bool identityCarried = false; // the package carried the victims' identity, written here
    int identitiesChanged = 0; // victims whose identity it changed (added, corrected or removed)
    PackageMergeCounts merges; // the centre's merges of two codes, as headquarters took them
};

class PackageImport
{
public:
    explicit PackageImport(Store& store)
        : m_store(store)
    {
    }
    Result<PackageImportResult> run(const QByteArray& file, const BoxKeyPair& hq,
                                    PackagePreference prefer = PackagePreference::None);
    // Whether the acting user may bring a package of `center` in (write its records, their signing
    // key open): what run() checks once the package is open, for the window to enable its action.
    Status permits(const QString& center) const;
    // Groups of four hex digits of the key's SHA-256 (as HqKeys shows headquarters' own).
    static QString fingerprintOf(const QByteArray& signingKey);

private:
    Store& m_store;
};

} // namespace reper
