#pragma once
// The envelope of a centre package (issue 9): what a centre sends headquarters on a USB stick.
//   line 1  "reper-centre-package 1"
//   line 2  the header, compact JSON: {"hq", "center", "sequence", "created_at"} — in clear, so a
//           package for another headquarters is told as such before anything is opened
//   then    a libsodium sealed box to headquarters' X25519 public key holding
//           "SIG1", the signer's Ed25519 public key (32 bytes), the signature (64), the payload
// The signature (the exporting user's audit-trail key) covers a domain string, the header line and
// the payload, so neither can be changed or swapped; the payload repeats the header's fields and
// must agree with it. The content hash (SHA-256 of the whole file) names the package in the trail
// and tells a replay.
#include "core/Result.h"
#include "storage/audit/AuditSigner.h"
#include "storage/keys/BoxKeys.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace reper {

struct PackageHeader
{
    QString hq; // headquarters' id (HqKeys::idOf)
    QString center; // CR-XX
    qint64 sequence = 0; // 1, 2, … per centre and headquarters
    QString createdAt; // UTC, ISO 8601
    QJsonObject toJson() const;
};

struct OpenedPackage
{
    PackageHeader header;
    QJsonObject payload;
    QByteArray signerKey; // the Ed25519 public key that signed it
    QByteArray contentHash; // SHA-256 of the file
};

class CentrePackage
{
public:
    // The file: `payload` (which must hold the header's fields) signed by `signer`, sealed to `hqPublicKey`.
    static Result<QByteArray> seal(const PackageHeader& header, const QJsonObject& payload, const AuditSigner& signer,
                                   const QByteArray& hqPublicKey);
    // Opens and checks a file with headquarters' pair: its form, the address, the box, the signature and
    // the agreement of header and payload. Each failure has its own message; nothing is trusted before.
    static Result<OpenedPackage> open(const QByteArray& file, const BoxKeyPair& hq);
    static QByteArray contentHash(const QByteArray& file);

    // The bytes the signer signs (exposed for the tests that forge packages).
    static QByteArray signedBytes(const QByteArray& headerLine, const QByteArray& payload);
    static const QByteArray& magic();
};

} // namespace reper
