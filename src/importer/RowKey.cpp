#include "RowKey.h"

#include <sodium.h>

namespace reper::RowKey {

QByteArray of(const QString& kind, const QDate& date, const QStringList& values)
{
    QByteArray input = kind.toUtf8();
    for (const QString& v : values) {
        input.append('\x1f');
        input.append(v.toUtf8());
    }
    QByteArray out(16, Qt::Uninitialized);
    const quint32 day = date.isValid() ? quint32(date.toJulianDay()) : 0;
    out[0] = char(day >> 24);
    out[1] = char(day >> 16);
    out[2] = char(day >> 8);
    out[3] = char(day);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()) + 4, 12,
                       reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()), nullptr, 0);
    return out;
}

} // namespace reper::RowKey
