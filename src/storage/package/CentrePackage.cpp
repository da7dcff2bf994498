#include "CentrePackage.h"

#include "storage/package/HqKeys.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace reper {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentrePackage)
};

const QByteArray kSigned = QByteArrayLiteral("SIG1");

Error damaged()
{
    return makeError(Tr::tr("The package is damaged, truncated or was altered after it was made; nothing was "
                            "imported. Ask the centre for a new copy."));
}

std::optional<PackageHeader> headerOf(const QJsonObject& o)
{
    PackageHeader h;
    h.hq = o.value(QStringLiteral("hq")).toString();
    h.center = o.value(QStringLiteral("center")).toString();
    h.sequence = qint64(o.value(QStringLiteral("sequence")).toDouble());
    h.createdAt = o.value(QStringLiteral("created_at")).toString();
    if (h.hq.isEmpty() || !h.center.startsWith(QLatin1String("CR-")) || h.sequence < 1 || h.createdAt.isEmpty())
        return std::nullopt;
    return h;
}

} // namespace

QJsonObject PackageHeader::toJson() const
{
    return QJsonObject{{QStringLiteral("hq"), hq},
                       {QStringLiteral("center"), center},
                       {QStringLiteral("sequence"), double(sequence)},
                       {QStringLiteral("created_at"), createdAt}};
}

const QByteArray& CentrePackage::magic()
{
    static const QByteArray m = QByteArrayLiteral("reper-centre-package 1");
    return m;
}

QByteArray CentrePackage::signedBytes(const QByteArray& headerLine, const QByteArray& payload)
{
    return QByteArrayLiteral("reper centre package v1\n") + headerLine + '\n' + payload;
}

QByteArray CentrePackage::contentHash(const QByteArray& file)
{
    return QCryptographicHash::hash(file, QCryptographicHash::Sha256);
}

Result<QByteArray> CentrePackage::seal(const PackageHeader& header, const QJsonObject& payload,
                                       const AuditSigner& signer, const QByteArray& hqPublicKey)
{
    if (!signer.isValid())
        return makeError(Tr::tr("Your signing key is not open: a package must be signed by the user who makes it."));
    QJsonObject body = payload;
    const QJsonObject fields = header.toJson();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        body.insert(it.key(), it.value());
    const QByteArray headerLine = QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray inner = kSigned + signer.publicKey() + signer.sign(signedBytes(headerLine, bytes)) + bytes;
    const QByteArray sealed
        = BoxKeyPair::seal(reinterpret_cast<const unsigned char*>(inner.constData()), int(inner.size()), hqPublicKey);
    if (sealed.isEmpty())
        return makeError(Tr::tr("The headquarters key is not a public key of the right size."));
    return magic() + '\n' + headerLine + '\n' + sealed;
}

Result<OpenedPackage> CentrePackage::open(const QByteArray& file, const BoxKeyPair& hq)
{
    const qsizetype first = file.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : file.indexOf('\n', first + 1);
    if (first < 0 || file.left(first) != magic())
        return makeError(Tr::tr("This file is not a centre package of Reper."));
    if (second < 0)
        return damaged();
    const QByteArray headerLine = file.mid(first + 1, second - first - 1);
    const auto header = headerOf(QJsonDocument::fromJson(headerLine).object());
    if (!header)
        return damaged();
    const QString mine = HqKeys::idOf(hq.publicKey);
    if (header->hq != mine)
        return makeError(Tr::tr("This package of %1 was made for another headquarters (key %2; this key is %3); "
                                "nothing was imported.")
                             .arg(header->center, header->hq, mine));
    const auto inner = hq.open(file.mid(second + 1));
    if (!inner)
        return damaged();
    const QByteArray plain(reinterpret_cast<const char*>(inner->data()), inner->size());
    const int overhead = int(kSigned.size()) + AuditSigner::PublicKeySize + AuditSigner::SignatureSize;
    if (!plain.startsWith(kSigned) || plain.size() < overhead)
        return makeError(Tr::tr("This package of %1 is not signed; nothing was imported.").arg(header->center));
    OpenedPackage out;
    out.signerKey = plain.mid(kSigned.size(), AuditSigner::PublicKeySize);
    const QByteArray signature = plain.mid(kSigned.size() + AuditSigner::PublicKeySize, AuditSigner::SignatureSize);
    const QByteArray bytes = plain.mid(overhead);
    if (!AuditSigner::verify(out.signerKey, signedBytes(headerLine, bytes), signature))
        return makeError(Tr::tr("The signature of this package of %1 does not match its content; nothing was "
                                "imported.")
                             .arg(header->center));
    out.payload = QJsonDocument::fromJson(bytes).object();
    const auto inside = headerOf(out.payload);
    if (!inside || inside->hq != header->hq || inside->center != header->center || inside->sequence != header->sequence
        || inside->createdAt != header->createdAt)
        return damaged();
    out.header = *header;
    out.contentHash = contentHash(file);
    return out;
}

} // namespace reper
