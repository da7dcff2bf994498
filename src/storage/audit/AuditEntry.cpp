#include "AuditEntry.h"

#include <QRegularExpression>
#include <QtEndian>
#include <sodium.h>

namespace reper {

namespace {

void put(QByteArray& out, const QByteArray& field)
{
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

} // namespace

QByteArray AuditEntry::hashedBytes() const
{
    QByteArray out("reper-audit-entry-v1");
    put(out, QByteArray::number(seq));
    put(out, at.toUtf8());
    put(out, userName.toUtf8());
    put(out, action.toUtf8());
    put(out, recordType.toUtf8());
    put(out, recordId ? QByteArray::number(recordId) : QByteArray());
    put(out, recordCode.toUtf8());
    put(out, center.toUtf8());
    put(out, detail.toUtf8());
    put(out, signerKey);
    put(out, prevHash);
    return out;
}

QByteArray AuditEntry::computeHash() const { return AuditChain::sha256(hashedBytes()); }

QString AuditHead::text() const
{
    return QStringLiteral("%1:%2").arg(seq).arg(QString::fromLatin1(hash.left(8).toHex()));
}

std::optional<AuditHead> AuditHead::find(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?<![0-9A-Za-z])([0-9]+):([0-9a-f]{16,64})(?![0-9a-f])"));
    std::optional<AuditHead> last;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        AuditHead h;
        h.seq = m.captured(1).toLongLong();
        h.hash = QByteArray::fromHex(m.captured(2).toLatin1());
        last = h;
    }
    return last;
}

QByteArray AuditChain::sha256(const QByteArray& bytes)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()), quint64(bytes.size()));
    return out;
}

QByteArray AuditChain::genesisHash(const QString& storeId)
{
    return sha256(QByteArray("reper-audit-genesis-v1:") + storeId.toUtf8());
}

} // namespace reper
