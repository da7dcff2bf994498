#include "RowKey.h"

#include <sodium.h>

namespace reper::RowKey {

QByteArray of(const QString& kind, const QDate& date, const QStringList& values)
{
    // Hashed value by value (UTF-16 code units, each value closed by a separator the text cannot
    // hold), without building the joined text first: this runs once per imported row.
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 12);
    const auto feed = [&state](const QString& v) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(v.constData()),
                                  size_t(v.size()) * sizeof(QChar));
        static const char16_t separator = 0xFFFF;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&separator), sizeof separator);
    };
    feed(kind);
    for (const QString& v : values)
        feed(v);
    QByteArray out(16, Qt::Uninitialized);
    const quint32 day = date.isValid() ? quint32(date.toJulianDay()) : 0;
    out[0] = char(day >> 24);
    out[1] = char(day >> 16);
    out[2] = char(day >> 8);
    out[3] = char(day);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()) + 4, 12);
    return out;
}

} // namespace reper::RowKey
