#pragma once
// Who is who according to the signed audit trail, not to tables anyone with the store key could
// edit: each user's roles and centre (as an administrator's entry gave them), whether they are
// active, and the X25519 public key their entries introduced — made by an administrator (add, reset)
// or by the user themselves under a password of their own — and the recovery key's public half.
// Read only after the trail verifies. A centre's identity key is handed only to a key this
// directory names (IdentityGrants); a rekey seals the new store key only to keys it names
// (RekeyService).
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <optional>

namespace reper {

class Store;

struct DirectoryUser
{
    QString name;
    QStringList roles;
    QString center; // empty: national
    bool active = false;
    QByteArray boxKey; // empty: none introduced yet
    bool ownBox = false; // the user made it under a password of their own
    QByteArray signKey; // the Ed25519 key that signs for them now
    bool isStaffOf(const QString& centerCode) const;
};

class KeyDirectory
{
public:
    // Verifies the trail, then reads it; an error when the trail does not hold.
    static Result<KeyDirectory> read(Store& store);

    std::optional<DirectoryUser> user(const QString& name) const;
    const QByteArray& recoveryPublic() const { return m_recoveryPublic; }

private:
    QHash<QString, DirectoryUser> m_users;
    QByteArray m_recoveryPublic;
};

} // namespace reper
