// recover, rekey and hand-over-keys: what the keys of a store need now and then — the recovery key
// when every password is lost (and the raw store key for the stock sqlcipher tool), a new store key
// after a leak or a departure, and the centres' identity keys for their first users.
#include "cli/Commands.h"
#include "core/Clock.h"
#include "core/platform/Platform.h"
#include "storage/engine/Database.h"
#include "storage/keys/IdentityGrants.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/RecoveryKey.h"
#include "storage/services/RekeyService.h"
#include "storage/services/UserService.h"

#include <QCoreApplication>
#include <cstdio>
#include <sodium.h>

namespace reper::cli {

namespace {

bool unexpectedArgs(CliContext& ctx, int* code)
{
    if (ctx.args.isEmpty())
        return false;
    *code = ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    return true;
}

int refuseKeyOnCommandLine(CliContext& ctx)
{
    return ctx.usage(CliText::tr("the recovery key is never taken on the command line (anyone's 'ps' shows it): type "
                                 "it when asked, or give it on standard input"));
}

// The store key in hex, for `PRAGMA key = "x'…'"` in the stock sqlcipher tool; written to the
// terminal only, from guarded memory.
int printRawKey(CliContext& ctx)
{
    if (!platform::standardOutputIsTerminal())
        return ctx.fail(CliText::tr("--print-raw-key writes to a terminal only, never to a file or a pipe"));
    const auto recovery = ctx.recoveryKey();
    if (!recovery)
        return ctx.fail(CliText::tr("no recovery key given"));
    auto pair = RecoveryKey::pairOf(*recovery);
    if (!pair)
        return ctx.fail(pair.error());
    auto keys = KeyFile::load(KeyFile::pathFor(ctx.storePath));
    if (!keys)
        return ctx.fail(keys.error());
    auto key = keys->openRecovery(*pair);
    if (!key)
        return ctx.fail(key.error());
    if (auto db = Database::open(ctx.storePath, key->bytes(), false); !db)
        return ctx.fail(db.error());
    SecretBytes hex(2 * MasterKey::Size + 1);
    if (hex.isEmpty())
        return ctx.fail(CliText::tr("not enough memory"));
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), size_t(hex.size()), key->secret().data(),
                   size_t(MasterKey::Size));
    ctx.err() << CliText::tr("The raw key of %1 (it opens every page; clear the screen when done). With the stock "
                             "tool: sqlcipher %1, then:")
                     .arg(ctx.storePath)
              << Qt::endl;
    ctx.err().flush();
    std::fputs("PRAGMA key = \"x'", stdout);
    std::fwrite(hex.data(), 1, size_t(2 * MasterKey::Size), stdout);
    std::fputs("'\";\nPRAGMA cipher_page_size = 4096;\n", stdout);
    std::fflush(stdout);
    return Success;
}

} // namespace

int runRecover(CliContext& ctx)
{
    bool missing = false;
    if (ctx.args.contains(QStringLiteral("--recovery-key"))
        || !ctx.args.filter(QStringLiteral("--recovery-key=")).isEmpty())
        return refuseKeyOnCommandLine(ctx);
    if (ctx.takeFlag(QStringLiteral("--print-raw-key"))) {
        if (int code = 0; unexpectedArgs(ctx, &code))
            return code;
        return printRawKey(ctx);
    }
    const auto admin = ctx.takeValue(QStringLiteral("--admin"), &missing);
    if (missing || !admin)
        return ctx.usage(CliText::tr("recover needs --admin NAME (the recovery key is asked for, or read from "
                                     "standard input), or --print-raw-key"));
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    const auto recovery = ctx.recoveryKey();
    if (!recovery)
        return ctx.fail(CliText::tr("no recovery key given"));
    auto store = Store::openWithRecoveryKey(ctx.storePath, *recovery, *admin, SystemClock::instance());
    if (!store)
        return ctx.fail(store.error());
    const auto pw = ctx.newPassword(CliText::tr("New password for %1: ").arg(*admin));
    if (!pw)
        return ctx.fail(CliText::tr("no new password: set $REPER_NEW_PASSWORD or run from a terminal"));
    if (const auto problem = UserService::passwordProblem(*pw, *admin))
        return ctx.fail(*problem);
    // A new slot and new keys, introduced in the audit trail as set with the recovery key.
    if (auto s = UserService(**store).recover(*pw); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("A new key slot for %1 was written to %2.").arg(*admin, KeyFile::pathFor(ctx.storePath))
              << Qt::endl;
    return Success;
}

int runRekey(CliContext& ctx)
{
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto report = RekeyService(**store).rekey();
    if (!report)
        return ctx.fail(report.error());
    ctx.err() << CliText::tr("The store has a new key, sealed to: %1.").arg(report->kept.join(QStringLiteral(", ")))
              << Qt::endl;
    if (!report->dropped.isEmpty())
        ctx.err() << CliText::tr("These key slots were dropped (a password reset gives them a new one): %1.")
                         .arg(report->dropped.join(QStringLiteral(", ")))
                  << Qt::endl;
    ctx.err() << CliText::tr("Backups made before now still open with the old key and the old key file: delete the "
                             "ones you no longer need.")
              << Qt::endl;
    return Success;
}

int runHandOverKeys(CliContext& ctx)
{
    if (ctx.args.contains(QStringLiteral("--recovery-key")))
        return refuseKeyOnCommandLine(ctx);
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto recovery = ctx.recoveryKey();
    if (!recovery)
        return ctx.fail(CliText::tr("no recovery key given"));
    auto handed = IdentityGrants(**store).handOverWithRecoveryKey(*recovery);
    if (!handed)
        return ctx.fail(handed.error());
    if (handed->granted.isEmpty())
        ctx.err() << CliText::tr("Nobody was waiting for a centre's key.") << Qt::endl;
    else
        ctx.err() << CliText::tr("The keys to the names of their centre were handed to: %1.")
                         .arg(handed->granted.join(QStringLiteral(", ")))
                  << Qt::endl;
    if (!handed->waiting.isEmpty())
        ctx.err() << CliText::tr("Still waiting until they choose their own password: %1.")
                         .arg(handed->waiting.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Success;
}

} // namespace reper::cli
