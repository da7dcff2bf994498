#pragma once
// The random 256-bit key that encrypts the store (SQLCipher's raw key). Held in guarded memory that
// is wiped when the last copy goes (SecretBytes).
#include "storage/keys/SecretBytes.h"

#include <QByteArray>

namespace reper {

class MasterKey
{
public:
    static constexpr int Size = 32;
    MasterKey() = default;
    explicit MasterKey(SecretBytes bytes)
        : m_bytes(std::move(bytes))
    {
    }
    // Copies `bytes` into guarded memory (the caller wipes its own copy).
    explicit MasterKey(const QByteArray& bytes)
        : m_bytes(SecretBytes::copyOf(bytes))
    {
    }

    static MasterKey generate();
    bool isValid() const { return m_bytes.size() == Size; }
    // The key's bytes, viewed without a copy: valid while this key lives.
    QByteArray bytes() const { return m_bytes.view(); }
    const SecretBytes& secret() const { return m_bytes; }
    bool sameAs(const MasterKey& other) const { return isValid() && m_bytes.equals(other.m_bytes); }
    // A short fingerprint stored in the key file, to tell a wrong recovery key from a damaged store.
    QByteArray checkValue() const;

private:
    SecretBytes m_bytes;
};

} // namespace reper
