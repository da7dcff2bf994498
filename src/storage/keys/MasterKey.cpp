#include "MasterKey.h"

#include <sodium.h>

namespace reper {

MasterKey::~MasterKey()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
}

MasterKey MasterKey::generate()
{
    QByteArray bytes(Size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), Size);
    return MasterKey(bytes);
}

QByteArray MasterKey::checkValue() const
{
    static const unsigned char context[] = "reper key check";
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 16,
                       reinterpret_cast<const unsigned char*>(m_bytes.constData()), size_t(m_bytes.size()), context,
                       sizeof(context) - 1);
    return out;
}

} // namespace reper
