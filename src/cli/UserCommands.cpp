// user add | disable | enable | reset | passwd | list: the people who use a store (administrators, except
// passwd, which is everyone's own).
#include "cli/Commands.h"
#include "core/platform/Platform.h"
#include "storage/services/RekeyService.h"
#include "storage/services/UserService.h"

#include <QCoreApplication>

namespace reper::cli {

namespace {

int userAdd(CliContext& ctx)
{
    bool missing = false;
    const auto role = ctx.takeValue(QStringLiteral("--role"), &missing);
    const auto center = ctx.takeValue(QStringLiteral("--center"), &missing);
    if (missing || !role || ctx.args.size() != 1)
        return ctx.usage(
            CliText::tr("user add NAME --role operator|coordinator|analyst|administrator [--center CR-XX]"));
    const QString name = ctx.args.takeFirst();
    const QStringList roles = role->split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    UserService users(**store);
    const QString centerCode = center ? center->toUpper() : QString();
    if (const auto problem = users.rolesProblem(roles, centerCode))
        return ctx.fail(*problem);
    const auto pw = ctx.newPassword(CliText::tr("Temporary password for %1: ").arg(name));
    if (!pw)
        return ctx.fail(CliText::tr("no new password: set $REPER_NEW_PASSWORD or run from a terminal"));
    auto added = users.add(name, roles, centerCode, *pw);
    if (!added)
        return ctx.fail(added.error());
    ctx.err() << CliText::tr("Added %1 (%2, %3). The password is temporary: %1 chooses their own with 'user passwd'.")
                     .arg(name, roles.join(QLatin1Char(',')),
                          centerCode.isEmpty() ? CliText::tr("national") : centerCode)
              << Qt::endl;
    return Success;
}

int userDisable(CliContext& ctx)
{
    const bool rekey = ctx.takeFlag(QStringLiteral("--rekey"));
    const bool noRekey = ctx.takeFlag(QStringLiteral("--no-rekey"));
    if (ctx.args.size() != 1 || (rekey && noRekey))
        return ctx.usage(CliText::tr("user disable NAME [--rekey|--no-rekey]"));
    const QString name = ctx.args.takeFirst();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    if (auto s = UserService(**store).disable(name); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("%1 is disabled; the audit trail keeps their name.").arg(name) << Qt::endl;
    // On a server there is no store key to renew: the login role itself is locked.
    if (ctx.onServer()) {
        ctx.err() << CliText::tr("Their login role on the server can no longer connect.") << Qt::endl;
        return Success;
    }
    // Their password opens nothing now, but the store key they held still opens a copy of the store
    // file: a new store key takes that away (not from backups made before).
    bool renew = rekey;
    if (!rekey && !noRekey && platform::standardInputIsTerminal()) {
        ctx.err() << CliText::tr("%1 knew the store key. Give the store a new key now (recommended)? [y/N] ").arg(name);
        ctx.err().flush();
        const auto answer = platform::readStandardInputLine();
        renew = answer && answer->trimmed().toLower().startsWith(QLatin1Char('y'));
    }
    if (!renew) {
        ctx.err() << CliText::tr("The store key is unchanged; 'reper-cli rekey' renews it.") << Qt::endl;
        return Success;
    }
    auto report = RekeyService(**store).rekey();
    if (!report)
        return ctx.fail(report.error());
    ctx.err() << CliText::tr("The store has a new key, sealed to: %1.").arg(report->kept.join(QStringLiteral(", ")))
              << Qt::endl;
    if (!report->dropped.isEmpty())
        ctx.err() << CliText::tr("These key slots were dropped (a password reset gives them a new one): %1.")
                         .arg(report->dropped.join(QStringLiteral(", ")))
                  << Qt::endl;
    return Success;
}

// reset NAME and enable NAME: both give the user a temporary password (and a new signing key).
int userTemporaryPassword(CliContext& ctx, bool enable)
{
    if (ctx.args.size() != 1)
        return ctx.usage(enable ? CliText::tr("user enable NAME") : CliText::tr("user reset NAME"));
    const QString name = ctx.args.takeFirst();
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto pw = ctx.newPassword(CliText::tr("Temporary password for %1: ").arg(name));
    if (!pw)
        return ctx.fail(CliText::tr("no new password: set $REPER_NEW_PASSWORD or run from a terminal"));
    UserService users(**store);
    if (auto s = enable ? users.enable(name, *pw) : users.resetPassword(name, *pw); !s)
        return ctx.fail(s.error());
    ctx.err()
        << (enable ? CliText::tr("%1 is active again, with a temporary password to change at first use.").arg(name)
                   : CliText::tr("%1 has a new temporary password and must choose their own at first use.").arg(name))
        << Qt::endl;
    return Success;
}

int userPasswd(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("user passwd takes no argument"));
    auto store = ctx.openStore(true);
    if (!store)
        return ctx.fail(store.error());
    const auto pw = ctx.newPassword(CliText::tr("New password for %1: ").arg((*store)->user().name));
    if (!pw)
        return ctx.fail(CliText::tr("no new password: set $REPER_NEW_PASSWORD or run from a terminal"));
    if (qEnvironmentVariableIsSet("REPER_PASSWORD") && *pw == qEnvironmentVariable("REPER_PASSWORD"))
        return ctx.fail(CliText::tr("the new password is the same as the old one"));
    if (auto s = UserService(**store).changeOwnPassword(*pw); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Your password was changed.") << Qt::endl;
    return Success;
}

int userList(CliContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CliText::tr("user list takes no argument"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    auto users = UserService(**store).list();
    if (!users)
        return ctx.fail(users.error());
    for (const UserInfo& u : *users) {
        QStringList state;
        state << (u.user.disabled ? CliText::tr("disabled") : CliText::tr("active"));
        if (u.mustChangePassword)
            state << CliText::tr("temporary password");
        if (u.locked)
            state << CliText::tr("locked");
        if (!u.user.disabled && !u.hasKeySlot)
            state << CliText::tr("no key slot");
        if (u.loginRoleLocked)
            state << CliText::tr("cannot connect");
        ctx.out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(u.user.name, -16)
                         .arg(u.user.roles.join(QLatin1Char(',')), -26)
                         .arg(u.user.center.isEmpty() ? CliText::tr("national") : u.user.center, -8)
                         .arg(state.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
    return Success;
}

} // namespace

int runUser(CliContext& ctx)
{
    if (ctx.args.isEmpty())
        return ctx.usage(CliText::tr("user add|disable|enable|reset|passwd|list"));
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("add"))
        return userAdd(ctx);
    if (sub == QLatin1String("disable"))
        return userDisable(ctx);
    if (sub == QLatin1String("reset"))
        return userTemporaryPassword(ctx, false);
    if (sub == QLatin1String("enable"))
        return userTemporaryPassword(ctx, true);
    if (sub == QLatin1String("passwd"))
        return userPasswd(ctx);
    if (sub == QLatin1String("list"))
        return userList(ctx);
    return ctx.usage(CliText::tr("unknown user command '%1' (add, disable, enable, reset, passwd, list)").arg(sub));
}

} // namespace reper::cli
