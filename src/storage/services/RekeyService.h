#pragma once
// A new store key after a suspected leak or when a user is disabled (docs/security.md §3): a random
// master key, every page of the store encrypted with it (SQLCipher's rekey), sealed to the key pair
// of each user who may still open the store and to the recovery key — without anyone's password,
// since the pairs' public halves are enough. Whose pair: as the verified audit trail names it, not
// as the key file says. Slots that cannot be kept (a disabled user's, one of the old kind, a pair
// the trail does not name) are dropped and listed: those users need a password reset. The new key
// file is written beside the old one first and put in place after the store is rekeyed, so a stop
// half-way leaves a key file that opens the store (Store::open settles it). Old backups and copies
// keep the old key: a rekey cannot take them back.
#include "core/Result.h"

#include <QStringList>

namespace reper {

class Store;

struct RekeyReport
{
    QStringList kept; // users whose slots hold the new key
    QStringList dropped; // users whose slots were dropped
};

class RekeyService
{
public:
    explicit RekeyService(Store& store)
        : m_store(store)
    {
    }
    // Administrators only; nobody else may have the store open meanwhile.
    Result<RekeyReport> rekey();

private:
    Store& m_store;
};

} // namespace reper
