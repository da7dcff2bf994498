#include "SecretBytes.h"

#include <cstring>
#include <sodium.h>

namespace reper {

SecretBytes::SecretBytes(int size)
{
    if (size <= 0 || sodium_init() < 0)
        return;
    auto* p = static_cast<unsigned char*>(sodium_malloc(size_t(size)));
    if (!p)
        return;
    sodium_memzero(p, size_t(size));
    m_data.reset(p, [](unsigned char* q) { sodium_free(q); }); // sodium_free wipes before it frees
    m_size = size;
}

SecretBytes SecretBytes::copyOf(const void* data, int size)
{
    SecretBytes out(size);
    if (!out.isEmpty())
        std::memcpy(out.data(), data, size_t(size));
    return out;
}

SecretBytes SecretBytes::random(int size)
{
    SecretBytes out(size);
    if (!out.isEmpty())
        randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray SecretBytes::view() const
{
    return m_size == 0 ? QByteArray() : QByteArray::fromRawData(reinterpret_cast<const char*>(m_data.get()), m_size);
}

bool SecretBytes::equals(const SecretBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(data(), other.data(), size_t(m_size)) == 0);
}

} // namespace reper
