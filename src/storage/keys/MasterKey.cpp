#include "MasterKey.h"

#include <sodium.h>

namespace reper {

MasterKey MasterKey::generate() { return MasterKey(SecretBytes::random(Size)); }

QByteArray MasterKey::checkValue() const
{
    static const unsigned char context[] = "reper key check";
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 16, m_bytes.data(), size_t(m_bytes.size()),
                       context, sizeof(context) - 1);
    return out;
}

} // namespace reper
