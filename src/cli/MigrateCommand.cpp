// migrate --from FILE --to URL [--from-user NAME] [--without-identity] (issue 8 §4, decisions V20):
// a local store copied into the server, all or nothing, the file never changed. The server's user is
// --user (or $REPER_USER) with $REPER_PASSWORD; the file's user is --from-user (else the same name)
// with $REPER_FROM_PASSWORD, else asked on the terminal.
#include "cli/Commands.h"
#include "core/Clock.h"
#include "core/platform/Platform.h"
#include "storage/Store.h"
#include "storage/services/Migration.h"
#include "storage/services/StoreSnapshot.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace reper::cli {

int runMigrate(CliContext& ctx)
{
    bool missing = false;
    const auto from = ctx.takeValue(QStringLiteral("--from"), &missing);
    const auto to = ctx.takeValue(QStringLiteral("--to"), &missing);
    const auto fromUser = ctx.takeValue(QStringLiteral("--from-user"), &missing);
    const bool withoutIdentity = ctx.takeFlag(QStringLiteral("--without-identity"));
    if (missing || !from || !to || !ctx.args.isEmpty())
        return ctx.usage(CliText::tr("migrate needs --from FILE --to postgresql://… (and optionally --from-user NAME, "
                                     "--without-identity)"));
    ctx.storePath = *to;
    if (!ctx.onServer())
        return ctx.usage(
            CliText::tr("migrate copies a local store into a server: --to must be a postgresql:// address"));
    if (!QFileInfo(*from).isFile())
        return ctx.fail(CliText::tr("there is no store at %1").arg(*from));

    auto server = ctx.openStore();
    if (!server)
        return ctx.fail(server.error());
    const QString fileUser = fromUser ? *fromUser : (*server)->user().name;
    std::optional<QString> filePassword;
    if (qEnvironmentVariableIsSet("REPER_FROM_PASSWORD"))
        filePassword = qEnvironmentVariable("REPER_FROM_PASSWORD");
    else
        filePassword = platform::askHidden(CliText::tr("Password for %1 in %2: ").arg(fileUser, *from));
    if (!filePassword)
        return ctx.fail(CliText::tr("no password for the file: set $REPER_FROM_PASSWORD or run from a terminal"));

    // The file is read from a private copy: opening it would write to it (decisions V20).
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return ctx.fail(CliText::tr("no room for a temporary copy of %1").arg(*from));
    platform::restrictToOwner(scratch.path());
    auto copy = StoreSnapshot::take(*from, fileUser, *filePassword, scratch.path());
    if (!copy)
        return ctx.fail(copy.error());
    auto file = Store::open(*copy, fileUser, *filePassword, SystemClock::instance());
    if (!file)
        return ctx.fail(file.error());

    auto result = Migration(**file, **server).run(!withoutIdentity);
    if (!result)
        return ctx.fail(result.error());
    if (!result->clashes.isEmpty()) {
        ctx.err() << CliText::tr("reper-cli: these codes are already on the server for other records; nothing was "
                                 "migrated:")
                  << Qt::endl;
        for (const QString& c : result->clashes)
            ctx.err() << "  " << c << Qt::endl;
        return UserError;
    }
    for (const MigratedCentre& c : result->centres) {
        ctx.out() << CliText::tr("%1: %2 records (%3 added, %4 updated, %5 already there), identity of %6 victims")
                         .arg(c.center)
                         .arg(c.records)
                         .arg(c.counts.added)
                         .arg(c.counts.updated)
                         .arg(c.counts.unchanged)
                         .arg(c.identities)
                  << Qt::endl;
        if (c.merges > 0)
            ctx.out() << CliText::tr("%1: %n merge(s) of two victim codes into one person", "", c.merges).arg(c.center)
                      << Qt::endl;
    }
    ctx.out() << CliText::tr("audit trail of store %1: %2 entries, verified and kept on the server (head %3)")
                     .arg(result->sourceStoreId)
                     .arg(result->auditEntries)
                     .arg(result->segmentHead.text())
              << Qt::endl;
    if (!result->usersToAdd.isEmpty()) {
        ctx.out() << CliText::tr("Users of the file that the server does not have yet (an administrator adds them "
                                 "with reper-cli user add, each with a temporary password):")
                  << Qt::endl;
        for (const QString& u : result->usersToAdd)
            ctx.out() << "  " << u << Qt::endl;
    }
    return Success;
}

} // namespace reper::cli
