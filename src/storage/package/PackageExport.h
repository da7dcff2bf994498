#pragma once
// package export (issue 9): a centre's package for headquarters. Every record of the centre with its
// UUID and version, the deletions since the last package to the same headquarters, and the signing
// keys of the store's users (which headquarters introduces with the centre's first package, or
// with a later one signed by a key it knows); numbered 1, 2, … per centre and headquarters; signed
// by the acting user's audit-trail key and sealed to headquarters' public key (CentrePackage). The
// victims' identity goes in when the user may read it (PackageIdentity), and the merges of the
// centre's victims always (PackageMerges).
// The package is recorded (package_sent, and an entry of the audit trail with its hash) in the same
// transaction that the caller's `write` runs in: a package whose file could not be written takes
// no number and its deletions go with the next one.
#include "core/Result.h"
#include "storage/package/HqKeys.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace reper {

class Store;

struct PackageExportResult
{
    QString center;
    qint64 sequence = 0;
    int records = 0;
    int deletions = 0;
    int merges = 0; // merges of two of the centre's victim codes (PackageMerges)
    QByteArray contentHash; // SHA-256 of the file
    bool identityCarried = false; // the victims' identity is in it (PackageIdentity::mayCarry)
    int identities = 0; // victims whose identity it carries
};

class PackageExport
{
public:
    explicit PackageExport(Store& store)
        : m_store(store)
    {
    }
    Result<PackageExportResult> run(const QString& center, const HqPublicKey& hq,
                                    const std::function<Status(const QByteArray& file)>& write);
    // Whether the acting user may send the records of `center` (not an analyst, the centre in their
    // scope, their signing key open): what run() checks first, for the window to enable its action.
    Status permits(const QString& center) const;

private:
    Store& m_store;
};

} // namespace reper
