#pragma once
// The random 256-bit key that encrypts the store. Held in memory that is wiped when released.
#include <QByteArray>

namespace reper {

class MasterKey
{
public:
    static constexpr int Size = 32;
    MasterKey() = default;
    explicit MasterKey(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    MasterKey(const MasterKey&) = default;
    MasterKey& operator=(const MasterKey&) = default;
    ~MasterKey();

    static MasterKey generate();
    bool isValid() const { return m_bytes.size() == Size; }
    const QByteArray& bytes() const { return m_bytes; }
    // A short fingerprint stored in the key file, to tell a wrong recovery key from a damaged store.
    QByteArray checkValue() const;

private:
    QByteArray m_bytes;
};

} // namespace reper
