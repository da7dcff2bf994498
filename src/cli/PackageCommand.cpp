// package keygen --out HQ: headquarters' key pair for centre packages (issue 9): HQ.pub for the
// centres, HQ.key (the secret half sealed with a password: $REPER_PASSWORD, else asked twice) kept
// at headquarters. Refuses to overwrite either file. Needs no store. (package export and import are
// still to come: docs/decisions.md P5.)
#include "cli/Commands.h"
#include "core/platform/Platform.h"
#include "storage/package/HqKeys.h"

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

} // namespace

int runPackage(CliContext& ctx)
{
    if (!ctx.args.isEmpty() && ctx.args.first() == QLatin1String("keygen")) {
        ctx.args.removeFirst();
        return runKeygen(ctx);
    }
    return ctx.usage(CliText::tr("package keygen --out HQ"));
}

} // namespace reper::cli
