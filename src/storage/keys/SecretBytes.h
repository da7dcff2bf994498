#pragma once
// A few secret bytes (a key) in memory from libsodium's guarded allocator: locked so it is not
// swapped out, surrounded by guard pages, and wiped when the last copy goes. Copies share one buffer.
#include <QByteArray>
#include <memory>

namespace reper {

class SecretBytes
{
public:
    SecretBytes() = default;
    // `size` bytes, zeroed (an allocation failure leaves an empty value).
    explicit SecretBytes(int size);
    static SecretBytes copyOf(const void* data, int size);
    static SecretBytes copyOf(const QByteArray& bytes) { return copyOf(bytes.constData(), int(bytes.size())); }
    static SecretBytes random(int size);

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    unsigned char* data() { return m_data.get(); }
    const unsigned char* data() const { return m_data.get(); }
    // A view on the bytes without a copy, valid while this value (or a copy of it) lives.
    QByteArray view() const;
    // Compares in constant time.
    bool equals(const SecretBytes& other) const;

private:
    std::shared_ptr<unsigned char> m_data;
    int m_size = 0;
};

} // namespace reper
