#include "RowKey.h"

#include <sodium.h>

namespace reper::RowKey {

QByteArray of(const QString& kind, const QStringList& values)
{
    QByteArray input = kind.toUtf8();
    for (const QString& v : values) {
        input.append('\x1f');
        input.append(v.toUtf8());
    }
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 16,
                       reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()), nullptr, 0);
    return out;
}

} // namespace reper::RowKey
