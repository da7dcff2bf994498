// package keygen --out HQ: headquarters' key pair for centre packages (issue 9): HQ.pub for the
// centres, HQ.key (the secret half sealed with a password: $REPER_PASSWORD, else asked twice) kept
// at headquarters. Refuses to overwrite either file. Needs no store.
// package export --center CR-XX --to HQ.pub --out FILE: the centre's package (PackageExport).
// package import FILE --key HQ.key [--prefer centre|headquarters]: a centre's package into this
// store (PackageImport); the key's password from $REPER_HQ_PASSWORD, else $REPER_PASSWORD, else asked.
#include "cli/Commands.h"
#include "core/platform/Platform.h"
#include "storage/audit/AuditTrail.h"
#include "storage/package/HqKeys.h"
#include "storage/package/PackageExport.h"
#include "storage/package/PackageImport.h"

#include <QFile>
#include <QFileInfo>

namespace reper::cli {

namespace {

int runKeygen(CliContext& ctx)
{
    bool missing = false;
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !out || out->isEmpty() || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("package keygen --out HQ"));
    const QString publicPath = *out + QStringLiteral(".pub");
    const QString secretPath = *out + QStringLiteral(".key");
    for (const QString& path : {publicPath, secretPath})
        if (QFileInfo::exists(path))
            return ctx.fail(CliText::tr("%1 exists: a headquarters key is never overwritten").arg(path));
    std::optional<QString> password;
    if (qEnvironmentVariableIsSet("REPER_PASSWORD"))
        password = qEnvironmentVariable("REPER_PASSWORD");
    else {
        const auto first = platform::askHidden(CliText::tr("Password for the headquarters key: "));
        const auto second = first ? platform::askHidden(CliText::tr("Once more: ")) : std::nullopt;
        if (second && *second == *first)
            password = first;
    }
    if (!password)
        return ctx.fail(CliText::tr("no password for the headquarters key"));
    auto files = HqKeys::generate(*password);
    if (!files)
        return ctx.fail(files.error());
    if (auto s = writeFileAtomically(secretPath, files->secretFile); !s)
        return ctx.fail(s.error());
    if (auto s = writeFileAtomically(publicPath, files->publicFile); !s)
        return ctx.fail(s.error());
    ctx.out() << CliText::tr("Headquarters key %1, fingerprint %2").arg(files->key.id, files->key.fingerprint())
              << Qt::endl;
    ctx.err() << CliText::tr("Wrote %1 (give it to the centres) and %2 (keep it at headquarters).")
                     .arg(publicPath, secretPath)
              << Qt::endl;
    return Success;
}

Result<QByteArray> readWhole(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(CliText::tr("cannot read %1").arg(path));
    return f.readAll();
}

int exportPackage(CliContext& ctx)
{
    bool missing = false;
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    const auto to = ctx.takeValue(QStringLiteral("--to"), &missing);
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (missing || !center || !to || !out || out->isEmpty() || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("package export --center CR-XX --to HQ.pub --out FILE"));
    if (QFileInfo::exists(*out))
        return ctx.fail(CliText::tr("%1 exists: a package is never overwritten").arg(*out));
    auto publicFile = readWhole(*to);
    if (!publicFile)
        return ctx.fail(publicFile.error());
    auto hq = HqKeys::readPublic(*publicFile);
    if (!hq)
        return ctx.fail(hq.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto made = PackageExport(**store).run(*center, *hq,
                                           [&](const QByteArray& file) { return writeFileAtomically(*out, file); });
    if (!made)
        return ctx.fail(made.error());
    ctx.out() << CliText::tr("Package %1 of %2 for headquarters %3: %4 records, %5 deletions")
                     .arg(made->sequence)
                     .arg(made->center, hq->id)
                     .arg(made->records)
                     .arg(made->deletions)
              << Qt::endl;
    ctx.out() << CliText::tr("SHA-256 %1").arg(QString::fromLatin1(made->contentHash.toHex())) << Qt::endl;
    if (made->merges > 0)
        ctx.out() << CliText::tr("With %n merge(s) of two victim codes into one person.", "", made->merges) << Qt::endl;
    if (made->identityCarried)
        ctx.out() << CliText::tr("With the identity of %n victim(s).", "", made->identities) << Qt::endl;
    else
        ctx.err() << CliText::tr("Without the victims' identity: you may not read the names of %1 or do not hold "
                                 "its key; headquarters keeps the identity it has.")
                         .arg(made->center)
                  << Qt::endl;
    ctx.err() << CliText::tr("Wrote %1, signed with your key %2.")
                     .arg(*out, PackageImport::fingerprintOf((*store)->audit().signer().publicKey()))
              << Qt::endl;
    return Success;
}

std::optional<QString> hqPassword(CliContext& ctx)
{
    if (qEnvironmentVariableIsSet("REPER_HQ_PASSWORD"))
        return qEnvironmentVariable("REPER_HQ_PASSWORD");
    return ctx.password(CliText::tr("Password for the headquarters key: "));
}

void printConflicts(CliContext& ctx, const QList<PackageConflict>& conflicts)
{
    for (const PackageConflict& c : conflicts) {
        const QString what = c.deletedByCentre ? CliText::tr("changed at headquarters, deleted by the centre")
            : c.deletedAtHq                    ? CliText::tr("deleted at headquarters, sent by the centre")
                                               : CliText::tr("changed at headquarters and sent by the centre");
        ctx.out() << QStringLiteral("conflict: %1 %2%3: %4")
                         .arg(c.kind, c.uuid, c.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.code), what)
                  << Qt::endl;
    }
}

int importPackage(CliContext& ctx)
{
    const QString usage = CliText::tr("package import FILE --key HQ.key [--prefer centre|headquarters]");
    bool missing = false;
    const auto key = ctx.takeValue(QStringLiteral("--key"), &missing);
    const auto preferText = ctx.takeValue(QStringLiteral("--prefer"), &missing);
    if (missing || !key || ctx.args.size() != 1)
        return ctx.usage(usage);
    PackagePreference prefer = PackagePreference::None;
    if (preferText == QLatin1String("centre") || preferText == QLatin1String("center"))
        prefer = PackagePreference::Centre;
    else if (preferText == QLatin1String("headquarters"))
        prefer = PackagePreference::Headquarters;
    else if (preferText)
        return ctx.usage(usage);
    auto file = readWhole(ctx.args.first());
    if (!file)
        return ctx.fail(file.error());
    auto secretFile = readWhole(*key);
    if (!secretFile)
        return ctx.fail(secretFile.error());
    const auto password = hqPassword(ctx);
    if (!password)
        return ctx.fail(CliText::tr("no password for the headquarters key"));
    auto pair = HqKeys::openSecret(*secretFile, *password);
    if (!pair)
        return ctx.fail(pair.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto done = PackageImport(**store).run(*file, *pair, prefer);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << CliText::tr("Package %1 of %2, made %3, SHA-256 %4")
                     .arg(done->sequence)
                     .arg(done->center, done->createdAt, QString::fromLatin1(done->contentHash.toHex()))
              << Qt::endl;
    ctx.out() << CliText::tr("Signed by key %1").arg(done->signerFingerprint) << Qt::endl;
    if (!done->imported) { // nothing written: no key was introduced either
        printConflicts(ctx, done->conflicts);
        return ctx.fail(CliText::tr("%n record(s) of %1 changed at headquarters since the last package; nothing was "
                                    "imported. Run again with --prefer centre or --prefer headquarters.",
                                    "", int(done->conflicts.size()))
                            .arg(done->center));
    }
    for (const QString& fingerprint : done->introduced)
        ctx.out() << CliText::tr("Introduced signing key of %1: %2").arg(done->center, fingerprint) << Qt::endl;
    printConflicts(ctx, done->conflicts);
    const PackagePlanCounts& n = done->counts;
    ctx.out() << CliText::tr("Added %1, updated %2, deleted %3, unchanged %4, kept as headquarters had them %5, "
                             "other centres' records added for references %6")
                     .arg(n.added)
                     .arg(n.updated)
                     .arg(n.deleted)
                     .arg(n.unchanged)
                     .arg(n.keptHeadquarters)
                     .arg(n.references)
              << Qt::endl;
    if (done->identityCarried)
        ctx.out() << CliText::tr("Identity of %n victim(s) written.", "", done->identitiesChanged) << Qt::endl;
    const PackageMergeCounts& m = done->merges;
    if (m.added + m.removed + m.skipped > 0)
        ctx.out() << CliText::tr("Merges of two victim codes: %1 added, %2 undone by the centre, %3 left out because "
                                 "their victims are in another merge here")
                         .arg(m.added)
                         .arg(m.removed)
                         .arg(m.skipped)
                  << Qt::endl;
    if (done->firstPackage)
        ctx.err() << CliText::tr("This is the first package of %1: check the fingerprints above with the centre "
                                 "(by telephone); later packages must be signed by one of these keys.")
                         .arg(done->center)
                  << Qt::endl;
    return Success;
}

} // namespace

int runPackage(CliContext& ctx)
{
    const QString sub = ctx.args.isEmpty() ? QString() : ctx.args.takeFirst();
    if (sub == QLatin1String("keygen"))
        return runKeygen(ctx);
    if (sub == QLatin1String("export"))
        return exportPackage(ctx);
    if (sub == QLatin1String("import"))
        return importPackage(ctx);
    return ctx.usage(CliText::tr("package keygen | package export | package import"));
}

} // namespace reper::cli
