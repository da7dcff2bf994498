#include "KeyFile.h"

#include "storage/engine/StoreFault.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sodium.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "KeyFile").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
};

constexpr char kWrongPasswordDetail[] = "wrong user or password";
constexpr unsigned char kFlagMustChange = 1;
constexpr int kDerivedSize = 32;
// Version 2 plaintext: flags (1), box secret (32), signing secret (64), root public key (32).
constexpr int kSecretsSize = 1 + BoxKeyPair::SecretKeySize + AuditSigner::SecretKeySize + AuditSigner::PublicKeySize;
constexpr int kBoxAt = 1;
constexpr int kSignAt = kBoxAt + BoxKeyPair::SecretKeySize;
constexpr int kRootAt = kSignAt + AuditSigner::SecretKeySize;
// Version 1: signing secret (64), root public key (32), flags (1).
constexpr int kLegacySigningPayload = AuditSigner::SecretKeySize + AuditSigner::PublicKeySize + 1;

quint64 clampOps(quint64 ops) { return std::clamp(ops, KeyFile::MinOpsLimit, KeyFile::MaxOpsLimit); }
quint64 clampMem(quint64 mem) { return std::clamp(mem, KeyFile::MinMemLimit, KeyFile::MaxMemLimit); }

// Argon2id of the password into guarded memory; empty when the memory could not be had.
SecretBytes deriveKey(const QString& password, const QByteArray& salt, quint64 ops, quint64 mem)
{
    SecretBytes key(kDerivedSize);
    QByteArray pw = password.toUtf8();
    const bool ok = !key.isEmpty() && salt.size() == int(crypto_pwhash_SALTBYTES)
        && crypto_pwhash(key.data(), size_t(key.size()), pw.constData(), size_t(pw.size()),
                         reinterpret_cast<const unsigned char*>(salt.constData()), clampOps(ops), size_t(clampMem(mem)),
                         crypto_pwhash_ALG_ARGON2ID13)
            == 0;
    sodium_memzero(pw.data(), size_t(pw.size()));
    return ok ? key : SecretBytes();
}

// Version 1's XChaCha20-Poly1305 secretbox.
bool openLegacyBox(const SecretBytes& key, const QByteArray& nonce, const QByteArray& sealed, SecretBytes* plain)
{
    const int mac = int(crypto_secretbox_xchacha20poly1305_MACBYTES);
    if (nonce.size() != int(crypto_secretbox_xchacha20poly1305_NONCEBYTES) || sealed.size() <= mac)
        return false;
    *plain = SecretBytes(int(sealed.size()) - mac);
    return !plain->isEmpty()
        && crypto_secretbox_xchacha20poly1305_open_easy(
               plain->data(), reinterpret_cast<const unsigned char*>(sealed.constData()), size_t(sealed.size()),
               reinterpret_cast<const unsigned char*>(nonce.constData()), key.data())
        == 0;
}

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

// Strict base64: a broken character marks the field damaged (the lenient decoder skipped it).
QByteArray unb64(const QJsonValue& v, bool* damaged)
{
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *damaged = true;
        return {};
    }
    return *decoded;
}

// BLAKE2b-128 over length-prefixed fields: a checksum against damage, not a MAC.
QByteArray checksum(std::initializer_list<QByteArray> fields)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    for (const QByteArray& f : fields) {
        const quint32 size = quint32(f.size());
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&size), sizeof size);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(f.constData()), size_t(f.size()));
    }
    QByteArray out(16, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    return out;
}

// The fields whose damage would otherwise read as a wrong password. The user name and the
// informational flags are left out: a slot renamed or edited must still fail as a wrong password.
QByteArray slotChecksum(const KeySlot& s)
{
    return checksum({QByteArrayLiteral("reper-slot-check"), QByteArray::number(s.opsLimit),
                     QByteArray::number(s.memLimit), s.salt, s.nonce, s.sealed, s.boxPublic, s.master, s.signPublic,
                     s.signNonce, s.signSealed});
}

QByteArray headerChecksum(const QString& storeId, const QByteArray& keyCheck, const RecoverySeal& recovery)
{
    return checksum(
        {QByteArrayLiteral("reper-keys-check"), storeId.toUtf8(), keyCheck, recovery.boxPublic, recovery.master});
}

Error wrongPassword()
{
    return makeError(Tr::tr("Wrong user name or password."), QString::fromLatin1(kWrongPasswordDetail));
}

} // namespace

Error KeyFile::damagedSlot(const QString& user) const
{
    if (m_path.isEmpty())
        return makeError(Tr::tr("The key slot of %1 is damaged.").arg(user));
    return StoreFault::damagedKeyFile(m_path, Tr::tr("the key slot of %1").arg(user));
}

Error KeyFile::damagedHeader() const
{
    return StoreFault::damagedKeyFile(m_path, Tr::tr("the store identity, key check or recovery copy"));
}

Result<platform::FileLock> KeyFile::lock(const QString& storePath)
{
    return platform::FileLock::acquire(pathFor(storePath) + QStringLiteral(".lock"));
}

Result<KeyFile::Held> KeyFile::holdForChange(const QString& storePath)
{
    auto held = lock(storePath);
    if (!held)
        return held.error();
    const QString path = pathFor(storePath);
    auto keys = load(path);
    if (!keys)
        return keys.error();
    return Held{std::move(*held), std::move(*keys), path};
}

const KeySlot* KeyFile::slotFor(const QString& user) const
{
    for (const KeySlot& s : m_slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

QByteArray KeyFile::associatedData(const QString& user) const
{
    // A slot opens only under its own user name and for its own store: renamed or copied from
    // another key file, its MAC fails.
    return QByteArrayLiteral("reper-slot-v2") + '\0' + m_storeId.toUtf8() + '\0' + user.toUtf8();
}

Status KeyFile::setSlot(const QString& user, const QString& password, const MasterKey& key, const SlotSecrets& secrets,
                        bool mustChange)
{
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptography library could not start."));
    if (m_storeId.isEmpty() || !key.isValid())
        return makeError(Tr::tr("The key slot of %1 cannot be written.").arg(user), QStringLiteral("no store id"));
    if (!secrets.box.isValid() || !secrets.signer.isValid()
        || secrets.rootPublicKey.size() != AuditSigner::PublicKeySize)
        return makeError(Tr::tr("The signing key of %1 is missing.").arg(user));
    KeySlot slot;
    slot.user = user;
    slot.opsLimit = OpsLimit;
    slot.memLimit = MemLimit;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    const SecretBytes derived = deriveKey(password, slot.salt, slot.opsLimit, slot.memLimit);
    if (derived.isEmpty())
        return makeError(Tr::tr("Not enough memory to protect the password."));
    SecretBytes plain(kSecretsSize);
    if (plain.isEmpty())
        return makeError(Tr::tr("Not enough memory to protect the password."));
    // The flag is sealed, so that editing the key file cannot spare a user the change.
    plain.data()[0] = mustChange ? kFlagMustChange : 0;
    std::copy_n(secrets.box.secretKey.data(), BoxKeyPair::SecretKeySize, plain.data() + kBoxAt);
    std::copy_n(reinterpret_cast<const unsigned char*>(secrets.signer.secretKey().constData()),
                AuditSigner::SecretKeySize, plain.data() + kSignAt);
    std::copy_n(reinterpret_cast<const unsigned char*>(secrets.rootPublicKey.constData()), AuditSigner::PublicKeySize,
                plain.data() + kRootAt);
    const QByteArray ad = associatedData(user);
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));
    slot.sealed.resize(kSecretsSize + int(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealed.data()), &sealedSize, plain.data(), size_t(plain.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), derived.data());
    slot.boxPublic = secrets.box.publicKey;
    slot.master = BoxKeyPair::seal(key.secret(), slot.boxPublic);
    slot.signPublic = secrets.signer.publicKey();
    slot.created = QDateTime::currentDateTimeUtc();
    slot.mustChangePassword = mustChange;
    removeSlot(user);
    m_slots.push_back(slot);
    return Status::success();
}

Status KeyFile::resealMaster(const QString& user, const MasterKey& key)
{
    for (KeySlot& s : m_slots) {
        if (s.user != user)
            continue;
        if (s.isLegacy())
            return makeError(Tr::tr("The key slot of %1 is of the old kind: it needs the password.").arg(user));
        s.master = BoxKeyPair::seal(key.secret(), s.boxPublic);
        return s.master.isEmpty() ? Status(damagedSlot(user)) : Status::success();
    }
    return makeError(Tr::tr("There is no key slot for %1.").arg(user));
}

bool KeyFile::removeSlot(const QString& user)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot& s) { return s.user == user; });
    if (it == m_slots.end())
        return false;
    m_slots.erase(it);
    return true;
}

Status KeyFile::setRecovery(const QByteArray& recoveryPublic, const MasterKey& key)
{
    m_recovery.boxPublic = recoveryPublic;
    m_recovery.master = BoxKeyPair::seal(key.secret(), recoveryPublic);
    if (m_recovery.master.isEmpty())
        return makeError(Tr::tr("The recovery key's public half is malformed."));
    return Status::success();
}

Result<MasterKey> KeyFile::openRecovery(const BoxKeyPair& recovery) const
{
    if (m_headerDamaged)
        return damagedHeader();
    if (m_recovery.isEmpty())
        return makeError(Tr::tr("This key file holds no copy of the store key for the recovery key (it was written "
                                "by an older version); use a key file written since, such as a backup's."));
    const auto opened = recovery.open(m_recovery.master);
    if (!opened || opened->size() != MasterKey::Size)
        return makeError(Tr::tr("This recovery key does not open this store."), QStringLiteral("recovery seal"));
    MasterKey key(*opened);
    if (!m_keyCheck.isEmpty() && key.checkValue() != m_keyCheck)
        return makeError(Tr::tr("This recovery key does not open this store."), QStringLiteral("key check differs"));
    return key;
}

bool KeyFile::isWrongPassword(const Error& error) { return error.detail == QLatin1String(kWrongPasswordDetail); }

Result<UnlockedSlot> KeyFile::unlockSlot(const QString& user, const QString& password) const
{
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptography library could not start."));
    const KeySlot* slot = slotFor(user);
    if (slot && slot->damaged)
        return damagedSlot(user);
    if (m_headerDamaged) // the store id is bound into every slot: its damage fails every password
        return damagedHeader();
    if (!slot) {
        // The same Argon2id as for a real slot: an unknown name must not answer sooner.
        static const QByteArray dummySalt(int(crypto_pwhash_SALTBYTES), '\0');
        (void)deriveKey(password, dummySalt, OpsLimit, MemLimit);
        return wrongPassword();
    }
    if (slot->salt.size() != int(crypto_pwhash_SALTBYTES))
        return damagedSlot(user);
    const SecretBytes derived = deriveKey(password, slot->salt, slot->opsLimit, slot->memLimit);
    if (derived.isEmpty())
        return makeError(Tr::tr("Not enough memory to check the password."));
    if (slot->isLegacy())
        return unlockLegacy(*slot, derived);

    const int abytes = int(crypto_aead_xchacha20poly1305_ietf_ABYTES);
    if (slot->nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || slot->sealed.size() != kSecretsSize + abytes)
        return damagedSlot(user);
    SecretBytes plain(kSecretsSize);
    unsigned long long plainSize = 0;
    const QByteArray ad = associatedData(user);
    if (plain.isEmpty()
        || crypto_aead_xchacha20poly1305_ietf_decrypt(
               plain.data(), &plainSize, nullptr, reinterpret_cast<const unsigned char*>(slot->sealed.constData()),
               size_t(slot->sealed.size()), reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
               reinterpret_cast<const unsigned char*>(slot->nonce.constData()), derived.data())
            != 0)
        return wrongPassword();
    UnlockedSlot out;
    out.mustChangePassword = (plain.data()[0] & kFlagMustChange) != 0;
    out.box = BoxKeyPair::fromSecret(SecretBytes::copyOf(plain.data() + kBoxAt, BoxKeyPair::SecretKeySize));
    QByteArray signSecret(reinterpret_cast<const char*>(plain.data() + kSignAt), AuditSigner::SecretKeySize);
    out.signer = AuditSigner::fromSecretKey(signSecret);
    sodium_memzero(signSecret.data(), size_t(signSecret.size()));
    out.rootPublicKey = QByteArray(reinterpret_cast<const char*>(plain.data() + kRootAt), AuditSigner::PublicKeySize);
    // The public key beside the slot must be the one of the sealed secret, and it must open the
    // master key this file's check value names.
    if (!out.box.isValid() || out.box.publicKey != slot->boxPublic)
        return damagedSlot(user);
    const auto master = out.box.open(slot->master);
    if (!master || master->size() != MasterKey::Size)
        return damagedSlot(user);
    out.key = MasterKey(*master);
    if (!m_keyCheck.isEmpty() && out.key.checkValue() != m_keyCheck)
        return makeError(Tr::tr("The key slot of %1 holds the key of another state of the store.").arg(user),
                         QStringLiteral("key check differs"));
    return out;
}

Result<UnlockedSlot> KeyFile::unlockLegacy(const KeySlot& slot, const SecretBytes& derived) const
{
    if (slot.sealed.size() != MasterKey::Size + int(crypto_secretbox_xchacha20poly1305_MACBYTES))
        return damagedSlot(slot.user);
    SecretBytes master;
    if (!openLegacyBox(derived, slot.nonce, slot.sealed, &master))
        return wrongPassword();
    UnlockedSlot out;
    out.legacy = true;
    out.key = MasterKey(master);
    out.mustChangePassword = slot.mustChangePassword;
    if (!slot.signSealed.isEmpty()) {
        SecretBytes secrets;
        if (!openLegacyBox(derived, slot.signNonce, slot.signSealed, &secrets)
            || secrets.size() != kLegacySigningPayload)
            return damagedSlot(slot.user);
        QByteArray signSecret(reinterpret_cast<const char*>(secrets.data()), AuditSigner::SecretKeySize);
        out.signer = AuditSigner::fromSecretKey(signSecret);
        sodium_memzero(signSecret.data(), size_t(signSecret.size()));
        out.rootPublicKey = QByteArray(reinterpret_cast<const char*>(secrets.data() + AuditSigner::SecretKeySize),
                                       AuditSigner::PublicKeySize);
        out.mustChangePassword
            = out.mustChangePassword || (secrets.data()[kLegacySigningPayload - 1] & kFlagMustChange);
    }
    if (!m_keyCheck.isEmpty() && out.key.checkValue() != m_keyCheck)
        return makeError(Tr::tr("The key slot of %1 holds the key of another state of the store.").arg(slot.user),
                         QStringLiteral("key check differs"));
    return out;
}

Result<KeyFile> KeyFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(Tr::tr("The key file %1 is missing. Restore it from a backup, or open the store with its "
                                "recovery key and a key file of the same store.")
                             .arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The key file %1 cannot be read.").arg(path), f.errorString());
    constexpr qint64 kMaxSize = 16 * 1024 * 1024;
    return fromJson(f.read(kMaxSize), path);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray& json, const QString& path)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String("reper-keys"))
        return StoreFault::damagedKeyFile(path, Tr::tr("it is not a Reper key file, or it cannot be read as one"));
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > Version)
        return makeError(Tr::tr("The key file %1 was written by a newer version of Reper.").arg(path));
    KeyFile kf;
    kf.m_path = path;
    kf.m_version = version;
    kf.m_storeId = root.value(QStringLiteral("store_id")).toString();
    bool headerBroken = false;
    kf.m_keyCheck = unb64(root.value(QStringLiteral("key_check")), &headerBroken);
    const QJsonObject recovery = root.value(QStringLiteral("recovery")).toObject();
    kf.m_recovery.boxPublic = unb64(recovery.value(QStringLiteral("public")), &headerBroken);
    kf.m_recovery.master = unb64(recovery.value(QStringLiteral("sealed")), &headerBroken);
    // A file written before the checksums has none: its damage still reads as a wrong password.
    const QJsonValue headerCheck = root.value(QStringLiteral("check"));
    kf.m_headerDamaged = headerBroken
        || (!headerCheck.isUndefined()
            && unb64(headerCheck, &headerBroken) != headerChecksum(kf.m_storeId, kf.m_keyCheck, kf.m_recovery));
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.user = o.value(QStringLiteral("user")).toString();
        // Clamped: the cost of a password check is never whatever the file says.
        s.opsLimit = clampOps(quint64(o.value(QStringLiteral("ops")).toDouble()));
        s.memLimit = clampMem(quint64(o.value(QStringLiteral("mem")).toDouble()));
        bool broken = false;
        s.salt = unb64(o.value(QStringLiteral("salt")), &broken);
        s.nonce = unb64(o.value(QStringLiteral("nonce")), &broken);
        s.sealed = unb64(o.value(QStringLiteral("sealed")), &broken);
        s.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        s.mustChangePassword = o.value(QStringLiteral("must_change_password")).toBool();
        s.boxPublic = unb64(o.value(QStringLiteral("public")), &broken);
        s.master = unb64(o.value(QStringLiteral("master")), &broken);
        s.signPublic = unb64(o.value(QStringLiteral("sign_public")), &broken);
        s.signNonce = unb64(o.value(QStringLiteral("sign_nonce")), &broken);
        s.signSealed = unb64(o.value(QStringLiteral("sign_sealed")), &broken);
        const QJsonValue check = o.value(QStringLiteral("check"));
        const quint64 ops = quint64(o.value(QStringLiteral("ops")).toDouble());
        const quint64 mem = quint64(o.value(QStringLiteral("mem")).toDouble());
        // The checksum covers the cost as written (before clamping).
        KeySlot written = s;
        written.opsLimit = ops;
        written.memLimit = mem;
        s.damaged = broken || (!check.isUndefined() && unb64(check, &broken) != slotChecksum(written));
        kf.m_slots.push_back(s);
    }
    return kf;
}

Status KeyFile::save(const QString& path) const { return writeFileAtomically(path, toJson()); }

QByteArray KeyFile::toJson() const
{
    QJsonArray slots;
    for (const KeySlot& s : m_slots) {
        QJsonObject o;
        o.insert(QStringLiteral("user"), s.user);
        o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
        o.insert(QStringLiteral("ops"), double(s.opsLimit));
        o.insert(QStringLiteral("mem"), double(s.memLimit));
        o.insert(QStringLiteral("salt"), b64(s.salt));
        o.insert(QStringLiteral("nonce"), b64(s.nonce));
        o.insert(QStringLiteral("sealed"), b64(s.sealed));
        o.insert(QStringLiteral("created"), s.created.toString(Qt::ISODate));
        if (s.mustChangePassword)
            o.insert(QStringLiteral("must_change_password"), true);
        if (s.isLegacy()) {
            o.insert(QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305"));
            if (!s.signSealed.isEmpty()) {
                o.insert(QStringLiteral("sign"), QStringLiteral("ed25519"));
                o.insert(QStringLiteral("sign_public"), b64(s.signPublic));
                o.insert(QStringLiteral("sign_nonce"), b64(s.signNonce));
                o.insert(QStringLiteral("sign_sealed"), b64(s.signSealed));
            }
        } else {
            o.insert(QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf"));
            o.insert(QStringLiteral("box"), QStringLiteral("x25519"));
            o.insert(QStringLiteral("public"), b64(s.boxPublic));
            o.insert(QStringLiteral("master"), b64(s.master));
            o.insert(QStringLiteral("sign_public"), b64(s.signPublic));
        }
        // A slot read damaged stays damaged when another slot's change saves the file ("!" is no base64).
        o.insert(QStringLiteral("check"), s.damaged ? QStringLiteral("!") : b64(slotChecksum(s)));
        slots.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("reper-keys"));
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("store_id"), m_storeId);
    root.insert(QStringLiteral("key_check"), b64(m_keyCheck));
    if (!m_recovery.isEmpty())
        root.insert(QStringLiteral("recovery"),
                    QJsonObject{{QStringLiteral("box"), QStringLiteral("x25519")},
                                {QStringLiteral("public"), b64(m_recovery.boxPublic)},
                                {QStringLiteral("sealed"), b64(m_recovery.master)}});
    root.insert(QStringLiteral("slots"), slots);
    root.insert(QStringLiteral("check"), b64(headerChecksum(m_storeId, m_keyCheck, m_recovery)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace reper
