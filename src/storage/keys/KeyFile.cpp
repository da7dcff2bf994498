#include "KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace reper {

namespace {

// The messages of this file, for lupdate and the translators (context "KeyFile").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
};

// Argon2id cost: about a quarter of a second and 64 MiB on the reference machine, per unlock.
constexpr quint64 kOpsLimit = 3;
constexpr quint64 kMemLimit = 64ull * 1024 * 1024;

QByteArray deriveKey(const QString& password, const QByteArray& salt, quint64 ops, quint64 mem, bool* ok)
{
    QByteArray key(crypto_secretbox_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    QByteArray pw = password.toUtf8();
    *ok = crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()), pw.constData(),
                        size_t(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()), ops, size_t(mem),
                        crypto_pwhash_ALG_ARGON2ID13)
        == 0;
    sodium_memzero(pw.data(), size_t(pw.size()));
    return key;
}

constexpr char kWrongPasswordDetail[] = "wrong user or password";
constexpr char kFlagMustChange = 1;
constexpr int kSigningPayload = AuditSigner::SecretKeySize + AuditSigner::PublicKeySize + 1;

// XChaCha20-Poly1305 secretbox with a fresh random nonce.
void sealBox(const QByteArray& key, const QByteArray& plain, QByteArray* nonce, QByteArray* sealed)
{
    nonce->resize(crypto_secretbox_xchacha20poly1305_NONCEBYTES);
    randombytes_buf(nonce->data(), size_t(nonce->size()));
    sealed->resize(plain.size() + int(crypto_secretbox_xchacha20poly1305_MACBYTES));
    crypto_secretbox_xchacha20poly1305_easy(
        reinterpret_cast<unsigned char*>(sealed->data()), reinterpret_cast<const unsigned char*>(plain.constData()),
        size_t(plain.size()), reinterpret_cast<const unsigned char*>(nonce->constData()),
        reinterpret_cast<const unsigned char*>(key.constData()));
}

bool openBox(const QByteArray& key, const QByteArray& nonce, const QByteArray& sealed, QByteArray* plain)
{
    const int mac = int(crypto_secretbox_xchacha20poly1305_MACBYTES);
    if (nonce.size() != int(crypto_secretbox_xchacha20poly1305_NONCEBYTES) || sealed.size() < mac)
        return false;
    plain->resize(sealed.size() - mac);
    return crypto_secretbox_xchacha20poly1305_open_easy(reinterpret_cast<unsigned char*>(plain->data()),
                                                        reinterpret_cast<const unsigned char*>(sealed.constData()),
                                                        size_t(sealed.size()),
                                                        reinterpret_cast<const unsigned char*>(nonce.constData()),
                                                        reinterpret_cast<const unsigned char*>(key.constData()))
        == 0;
}

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }

} // namespace

const KeySlot* KeyFile::slotFor(const QString& user) const
{
    for (const KeySlot& s : m_slots)
        if (s.user == user)
            return &s;
    return nullptr;
}

Status KeyFile::setSlot(const QString& user, const QString& password, const MasterKey& key, bool mustChange)
{
    return writeSlot(user, password, key, nullptr, mustChange);
}

Status KeyFile::setSlot(const QString& user, const QString& password, const MasterKey& key, const SlotSigning& signing,
                        bool mustChange)
{
    if (!signing.signer.isValid() || signing.rootPublicKey.size() != AuditSigner::PublicKeySize)
        return makeError(Tr::tr("The signing key of %1 is missing.").arg(user));
    return writeSlot(user, password, key, &signing, mustChange);
}

Status KeyFile::writeSlot(const QString& user, const QString& password, const MasterKey& key,
                          const SlotSigning* signing, bool mustChange)
{
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptography library could not start."));
    KeySlot slot;
    slot.user = user;
    slot.opsLimit = kOpsLimit;
    slot.memLimit = kMemLimit;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    bool ok = false;
    QByteArray derived = deriveKey(password, slot.salt, slot.opsLimit, slot.memLimit, &ok);
    if (!ok)
        return makeError(Tr::tr("Not enough memory to protect the password."));
    sealBox(derived, key.bytes(), &slot.nonce, &slot.sealed);
    if (signing) {
        // The flag is sealed too, so that editing the key file cannot spare a user the change.
        QByteArray secrets = signing->signer.secretKey() + signing->rootPublicKey;
        secrets.append(char(mustChange ? kFlagMustChange : 0));
        sealBox(derived, secrets, &slot.signNonce, &slot.signSealed);
        sodium_memzero(secrets.data(), size_t(secrets.size()));
        slot.signPublic = signing->signer.publicKey();
    }
    sodium_memzero(derived.data(), size_t(derived.size()));
    slot.created = QDateTime::currentDateTimeUtc();
    slot.mustChangePassword = mustChange;
    removeSlot(user);
    m_slots.push_back(slot);
    return Status::success();
}

bool KeyFile::removeSlot(const QString& user)
{
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->user == user) {
            m_slots.erase(it);
            return true;
        }
    }
    return false;
}

Result<MasterKey> KeyFile::unlock(const QString& user, const QString& password) const
{
    auto slot = unlockSlot(user, password);
    if (!slot)
        return slot.error();
    return slot->key;
}

bool KeyFile::isWrongPassword(const Error& error) { return error.detail == QLatin1String(kWrongPasswordDetail); }

Result<UnlockedSlot> KeyFile::unlockSlot(const QString& user, const QString& password) const
{
    const Error wrong = makeError(Tr::tr("Wrong user name or password."), QString::fromLatin1(kWrongPasswordDetail));
    if (sodium_init() < 0)
        return makeError(Tr::tr("The cryptography library could not start."));
    const KeySlot* slot = slotFor(user);
    if (!slot)
        return wrong;
    if (slot->sealed.size() != MasterKey::Size + int(crypto_secretbox_xchacha20poly1305_MACBYTES)
        || slot->nonce.size() != int(crypto_secretbox_xchacha20poly1305_NONCEBYTES)
        || slot->salt.size() != int(crypto_pwhash_SALTBYTES))
        return makeError(Tr::tr("The key slot of %1 is damaged.").arg(user));
    bool ok = false;
    QByteArray derived = deriveKey(password, slot->salt, slot->opsLimit, slot->memLimit, &ok);
    if (!ok)
        return makeError(Tr::tr("Not enough memory to check the password."));
    UnlockedSlot out;
    QByteArray plain;
    if (!openBox(derived, slot->nonce, slot->sealed, &plain)) {
        sodium_memzero(derived.data(), size_t(derived.size()));
        return wrong;
    }
    out.key = MasterKey(plain);
    out.mustChangePassword = slot->mustChangePassword;
    if (slot->hasSigningKey()) {
        QByteArray secrets;
        const bool opened = openBox(derived, slot->signNonce, slot->signSealed, &secrets);
        if (!opened || secrets.size() != kSigningPayload) {
            sodium_memzero(derived.data(), size_t(derived.size()));
            return makeError(Tr::tr("The key slot of %1 is damaged.").arg(user));
        }
        out.signer = AuditSigner::fromSecretKey(secrets.left(AuditSigner::SecretKeySize));
        out.rootPublicKey = secrets.mid(AuditSigner::SecretKeySize, AuditSigner::PublicKeySize);
        out.mustChangePassword = out.mustChangePassword || (secrets.at(kSigningPayload - 1) & kFlagMustChange);
        sodium_memzero(secrets.data(), size_t(secrets.size()));
    }
    sodium_memzero(derived.data(), size_t(derived.size()));
    return out;
}

Result<KeyFile> KeyFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(Tr::tr("The key file %1 is missing. Open the store with its recovery key.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The key file %1 cannot be read.").arg(path), f.errorString());
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    const QJsonObject root = doc.object();
    if (perr.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String("reper-keys"))
        return makeError(
            Tr::tr("%1 is not a Reper key file, or it is damaged. Open the store with its recovery key.").arg(path),
            perr.errorString());
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(Tr::tr("The key file %1 was written by a newer version of Reper.").arg(path));
    KeyFile kf;
    kf.m_storeId = root.value(QStringLiteral("store_id")).toString();
    kf.m_keyCheck = unb64(root.value(QStringLiteral("key_check")));
    for (const QJsonValue& v : root.value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.user = o.value(QStringLiteral("user")).toString();
        s.opsLimit = quint64(o.value(QStringLiteral("ops")).toDouble());
        s.memLimit = quint64(o.value(QStringLiteral("mem")).toDouble());
        s.salt = unb64(o.value(QStringLiteral("salt")));
        s.nonce = unb64(o.value(QStringLiteral("nonce")));
        s.sealed = unb64(o.value(QStringLiteral("sealed")));
        s.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        s.mustChangePassword = o.value(QStringLiteral("must_change_password")).toBool();
        s.signPublic = unb64(o.value(QStringLiteral("sign_public")));
        s.signNonce = unb64(o.value(QStringLiteral("sign_nonce")));
        s.signSealed = unb64(o.value(QStringLiteral("sign_sealed")));
        kf.m_slots.push_back(s);
    }
    return kf;
}

Status KeyFile::save(const QString& path) const
{
    QJsonArray slots;
    for (const KeySlot& s : m_slots) {
        QJsonObject o;
        o.insert(QStringLiteral("user"), s.user);
        o.insert(QStringLiteral("kdf"), QStringLiteral("argon2id13"));
        o.insert(QStringLiteral("ops"), double(s.opsLimit));
        o.insert(QStringLiteral("mem"), double(s.memLimit));
        o.insert(QStringLiteral("salt"), b64(s.salt));
        o.insert(QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305"));
        o.insert(QStringLiteral("nonce"), b64(s.nonce));
        o.insert(QStringLiteral("sealed"), b64(s.sealed));
        o.insert(QStringLiteral("created"), s.created.toString(Qt::ISODate));
        if (s.mustChangePassword)
            o.insert(QStringLiteral("must_change_password"), true);
        if (s.hasSigningKey()) {
            o.insert(QStringLiteral("sign"), QStringLiteral("ed25519"));
            o.insert(QStringLiteral("sign_public"), b64(s.signPublic));
            o.insert(QStringLiteral("sign_nonce"), b64(s.signNonce));
            o.insert(QStringLiteral("sign_sealed"), b64(s.signSealed));
        }
        slots.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("reper-keys"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("store_id"), m_storeId);
    root.insert(QStringLiteral("key_check"), b64(m_keyCheck));
    root.insert(QStringLiteral("slots"), slots);
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace reper
