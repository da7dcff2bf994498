#include "RekeyService.h"

#include "core/Logging.h"
#include "storage/Store.h"
#include "storage/audit/AuditTrail.h"
#include "storage/keys/KeyDirectory.h"
#include "storage/keys/KeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "UserService").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
};

} // namespace

Result<RekeyReport> RekeyService::rekey()
{
    if (!m_store.access().canManageUsers())
        return makeError(Tr::tr("Only an administrator may give the store a new key."));
    if (!m_store.audit().canSign())
        return makeError(Tr::tr("This session has no signing key; open the store with your password."));
    if (auto s = m_store.audit().flush(); !s)
        return s.error();
    auto directory = KeyDirectory::read(m_store);
    if (!directory)
        return directory.error();
    auto held = KeyFile::holdForChange(m_store.path());
    if (!held)
        return held.error();
    KeyFile& keys = held->keys;
    const QString& keyPath = held->path;
    if (keys.recovery().isEmpty() || keys.recovery().boxPublic != directory->recoveryPublic())
        return makeError(Tr::tr("The key file's copy for the recovery key is not the one the audit trail names; "
                                "the store key is not renewed."));

    const MasterKey next = MasterKey::generate();
    if (!next.isValid())
        return makeError(Tr::tr("The new store key could not be made."));
    KeyFile renewed = keys;
    renewed.setKeyCheck(next.checkValue());
    RekeyReport report;
    UserRepository users(m_store.db());
    for (const KeySlot& slot : keys.slots()) {
        const auto who = directory->user(slot.user);
        const auto stored = users.find(slot.user);
        const bool keep = who && who->active && stored && stored->has_value() && !(*stored)->disabled
            && !slot.isLegacy() && !slot.boxPublic.isEmpty() && slot.boxPublic == who->boxKey;
        if (keep && renewed.resealMaster(slot.user, next)) {
            report.kept << slot.user;
        } else {
            renewed.removeSlot(slot.user);
            report.dropped << slot.user;
        }
    }
    if (!report.kept.contains(m_store.user().name))
        return makeError(Tr::tr("Your own key slot would not hold the new key; the store key is not renewed."));
    if (auto s = renewed.setRecovery(directory->recoveryPublic(), next); !s)
        return s.error();

    // The new key file first, beside the old one; then the store; then the file in place.
    const QString pendingPath = KeyFile::pendingPathFor(m_store.path());
    if (auto s = renewed.save(pendingPath); !s)
        return s.error();
    Database& db = m_store.db();
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (auto s = db.rekey(next.bytes()); !s) {
        QFile::remove(pendingPath);
        return s.error();
    }
    m_store.m_key = next;
    if (auto s = renewed.save(keyPath); !s)
        return makeError(Tr::tr("The store has its new key, but the key file could not be put in place; it is "
                                "waiting beside it (%1) and is put in place at the next sign-in.")
                             .arg(pendingPath),
                         s.error().detail);
    QFile::remove(pendingPath);
    held->lock.release();

    AuditEvent e;
    e.action = AuditAction::StoreRekeyed;
    e.detail.insert(QStringLiteral("kept"), QJsonArray::fromStringList(report.kept));
    e.detail.insert(QStringLiteral("dropped"), QJsonArray::fromStringList(report.dropped));
    if (auto s = m_store.audit().append(e); !s)
        return s.error();
    Logging::logger("storage")->info("store rekeyed: {} slots kept, {} dropped", report.kept.size(),
                                     report.dropped.size());
    return report;
}

} // namespace reper
