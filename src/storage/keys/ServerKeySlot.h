#pragma once
// A user's keys on a server (the user_key row, docs/server.md): their Ed25519 signing key, their
// X25519 pair and the trail's root key, sealed with their password exactly as a key slot of the
// local file is (Argon2id + XChaCha20-Poly1305, bound to the store id and the user name) and kept
// as the key file's JSON with that one slot. The server has no store key: the slot's sealed copy of
// one is of a random key used for nothing, so the form stays the file's.
#include "core/Result.h"
#include "storage/keys/KeyFile.h"

#include <QString>

namespace reper {

class ServerKeySlot
{
public:
    static Result<QString> seal(const QString& storeId, const QString& user, const QString& password,
                                const SlotSecrets& secrets, bool mustChange);
    // A wrong password gives KeyFile's wrong-password error.
    static Result<UnlockedSlot> open(const QString& storeId, const QString& user, const QString& password,
                                     const QString& slot);
};

} // namespace reper
