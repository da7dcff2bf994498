// The centre package's envelope and headquarters' keys (issue 9): a package opens only with the key
// of the headquarters it was made for, only whole and unaltered, and only when it is signed; each
// refusal says which, and nothing of the payload comes out of a refused file.
#include "storage/package/CentrePackage.h"

#include "storage/package/HqKeys.h"
#include "support/CliRunner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace reper;

namespace {

const QString kPassword = QStringLiteral("hq-key-password-1");

struct Hq
{
    HqKeyFiles files;
    BoxKeyPair pair;
    Hq()
    {
        auto made = HqKeys::generate(kPassword);
        REQUIRE(made);
        files = *made;
        auto opened = HqKeys::openSecret(files.secretFile, kPassword);
        REQUIRE(opened);
        pair = *opened;
    }
};

PackageHeader headerFor(const Hq& hq, qint64 sequence = 1)
{
    return {hq.files.key.id, QStringLiteral("CR-BV"), sequence, QStringLiteral("2026-01-15T12:00:00Z")};
}

QJsonObject payload()
{
    return QJsonObject{{QStringLiteral("records"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}};
}

QString refusal(const QByteArray& file, const BoxKeyPair& pair)
{
    const auto opened = CentrePackage::open(file, pair);
    REQUIRE_FALSE(opened);
    return opened.error().message;
}

} // namespace

TEST_CASE("headquarters' key: the public file names it, the secret file opens only with its password",
          "[package][security]")
{
    Hq hq;
    CHECK(hq.pair.publicKey == hq.files.key.publicKey);
    const auto pub = HqKeys::readPublic(hq.files.publicFile);
    REQUIRE(pub);
    CHECK(pub->id == hq.files.key.id);
    CHECK(pub->id.size() == 16);
    CHECK(pub->fingerprint().size() == 39);
    CHECK_FALSE(hq.files.secretFile.contains(hq.pair.secretKey.view().toBase64()));
    CHECK_FALSE(HqKeys::openSecret(hq.files.secretFile, QStringLiteral("another-password-2")));
    QByteArray altered = hq.files.publicFile;
    altered[altered.size() - 5] = altered[altered.size() - 5] == 'A' ? 'B' : 'A';
    CHECK_FALSE(HqKeys::readPublic(altered));
    CHECK_FALSE(HqKeys::generate(QStringLiteral("short")));
}

TEST_CASE("a package opens with its headquarters' key, signed, whole and as made", "[package][security]")
{
    Hq hq;
    const AuditSigner signer = AuditSigner::generate();
    const auto file = CentrePackage::seal(headerFor(hq, 3), payload(), signer, hq.pair.publicKey);
    REQUIRE(file);
    CHECK_FALSE(file->contains("records")); // the content is sealed
    const auto opened = CentrePackage::open(*file, hq.pair);
    REQUIRE(opened);
    CHECK(opened->header.sequence == 3);
    CHECK(opened->header.center == QStringLiteral("CR-BV"));
    CHECK(opened->signerKey == signer.publicKey());
    CHECK(opened->payload.value(QStringLiteral("records")).toArray().size() == 2);
    CHECK(opened->contentHash == CentrePackage::contentHash(*file));

    SECTION("another headquarters")
    {
        Hq other;
        CHECK(refusal(*file, other.pair).contains(QStringLiteral("another headquarters")));
        // The header edited to name the other headquarters: its key still cannot open the box.
        QByteArray readdressed = *file;
        readdressed.replace(hq.files.key.id.toLatin1(), other.files.key.id.toLatin1());
        CHECK(refusal(readdressed, other.pair).contains(QStringLiteral("damaged, truncated or was altered")));
    }
    SECTION("one byte flipped anywhere after the first line")
    {
        const qsizetype start = file->indexOf('\n') + 1;
        for (qsizetype at = start; at < file->size(); at += 7) {
            QByteArray flipped = *file;
            flipped[at] = char(flipped[at] ^ 0x01);
            INFO(at);
            CHECK_FALSE(CentrePackage::open(flipped, hq.pair));
        }
        QByteArray flipped = *file;
        flipped[flipped.size() - 1] = char(flipped[flipped.size() - 1] ^ 0x80);
        CHECK(refusal(flipped, hq.pair).contains(QStringLiteral("altered")));
    }
    SECTION("truncated")
    {
        CHECK(refusal(file->left(file->size() - 1), hq.pair).contains(QStringLiteral("truncated")));
        CHECK(refusal(file->left(file->indexOf('\n') + 10), hq.pair).contains(QStringLiteral("truncated")));
        CHECK(refusal(QByteArray("not a package\n"), hq.pair).contains(QStringLiteral("not a centre package")));
    }
    SECTION("unsigned, or signed over something else")
    {
        const QByteArray headerLine = QJsonDocument(headerFor(hq, 3).toJson()).toJson(QJsonDocument::Compact);
        QJsonObject body = payload();
        const QJsonObject fields = headerFor(hq, 3).toJson();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            body.insert(it.key(), it.value());
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const auto envelope = [&](const QByteArray& inner) {
            return CentrePackage::magic() + '\n' + headerLine + '\n'
                + BoxKeyPair::seal(reinterpret_cast<const unsigned char*>(inner.constData()), int(inner.size()),
                                   hq.pair.publicKey);
        };
        CHECK(refusal(envelope(bytes), hq.pair).contains(QStringLiteral("is not signed")));
        const QByteArray otherBytes = bytes + ' ';
        const QByteArray forged = QByteArrayLiteral("SIG1") + signer.publicKey()
            + signer.sign(CentrePackage::signedBytes(headerLine, otherBytes)) + bytes;
        CHECK(refusal(envelope(forged), hq.pair).contains(QStringLiteral("signature")));
        // Signed properly, the same construction opens: the refusals above are the signature's.
        const QByteArray good = QByteArrayLiteral("SIG1") + signer.publicKey()
            + signer.sign(CentrePackage::signedBytes(headerLine, bytes)) + bytes;
        CHECK(CentrePackage::open(envelope(good), hq.pair));
    }
}

TEST_CASE("cli: package keygen writes HQ.pub and HQ.key, and never overwrites them", "[package][cli]")
{
    test::CliRunner cli;
    cli.setPassword(kPassword);
    const QString base = QDir(cli.dir()).filePath(QStringLiteral("HQ"));
    const test::CliResult made
        = cli.runRaw({QStringLiteral("package"), QStringLiteral("keygen"), QStringLiteral("--out"), base});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QByteArray pub = test::readText(base + QStringLiteral(".pub")).toUtf8();
    const QByteArray key = test::readText(base + QStringLiteral(".key")).toUtf8();
    const auto publicKey = HqKeys::readPublic(pub);
    REQUIRE(publicKey);
    CHECK(made.out.contains(publicKey->id));
    CHECK(made.out.contains(publicKey->fingerprint()));
    const auto pair = HqKeys::openSecret(key, kPassword);
    REQUIRE(pair);
    CHECK(pair->publicKey == publicKey->publicKey);
    CHECK((QFile::permissions(base + QStringLiteral(".key")) & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    const test::CliResult again
        = cli.runRaw({QStringLiteral("package"), QStringLiteral("keygen"), QStringLiteral("--out"), base});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("never overwritten")));
    CHECK(test::readText(base + QStringLiteral(".key")).toUtf8() == key);
    CHECK(cli.runRaw({QStringLiteral("package"), QStringLiteral("keygen")}).exitCode == 2);
}
