// init, backup, restore and verify: the life of a store file.
#include "cli/Commands.h"
#include "core/Clock.h"
#include "storage/keys/KeyFile.h"
#include "storage/services/BackupService.h"
#include "storage/services/ServerInit.h"
#include "storage/services/UserService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace reper::cli {

namespace {

// The same rule wherever a password is set (init, recover, user add/reset/passwd).
std::optional<QString> passwordProblem(const QString& password, const QString& user)
{
    return UserService::passwordProblem(password, user);
}

bool unexpectedArgs(CliContext& ctx, int* code)
{
    if (ctx.args.isEmpty())
        return false;
    *code = ctx.usage(CliText::tr("unexpected argument '%1'").arg(ctx.args.first()));
    return true;
}

// init on a server: as the database's owner (the address's user, or $PGUSER, with libpq's own
// password sources); $REPER_PASSWORD is the new administrator's. No recovery key: the server keeps
// no store key, its backups are the administrator's (docs/server.md).
int initServer(CliContext& ctx, const QString& admin)
{
    auto url = ctx.serverUrl();
    if (!url)
        return ctx.fail(url.error());
    const auto pw = qEnvironmentVariableIsSet("REPER_PASSWORD")
        ? ctx.password(QString())
        : ctx.newPassword(CliText::tr("Password for %1: ").arg(admin));
    if (!pw)
        return ctx.fail(CliText::tr("no password: set $REPER_PASSWORD or run from a terminal"));
    if (const auto problem = passwordProblem(*pw, admin))
        return ctx.fail(*problem);
    auto done = ServerInit::run(*url, admin, *pw, SystemClock::instance());
    if (!done)
        return ctx.fail(done.error());
    if (done->outcome == ServerInit::Outcome::Upgraded)
        ctx.err() << CliText::tr("Upgraded the store on %1 to schema %2.").arg(url->text()).arg(done->version)
                  << Qt::endl;
    else
        ctx.err() << CliText::tr("Created the store on %1 with administrator %2.").arg(url->text(), admin) << Qt::endl;
    return Success;
}

} // namespace

int runInit(CliContext& ctx)
{
    bool missing = false;
    const auto admin = ctx.takeValue(QStringLiteral("--admin"), &missing);
    if (!admin || missing || admin->trimmed().isEmpty())
        return ctx.usage(CliText::tr("init needs --admin NAME"));
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    if (ctx.onServer())
        return initServer(ctx, *admin);
    if (QFileInfo::exists(ctx.storePath))
        return ctx.fail(CliText::tr("a store already exists at %1; it was left as it is").arg(ctx.storePath));
    // A new password typed at the terminal is asked twice: a typo here would lock the store.
    const auto pw = qEnvironmentVariableIsSet("REPER_PASSWORD")
        ? ctx.password(QString())
        : ctx.newPassword(CliText::tr("Password for %1: ").arg(*admin));
    if (!pw)
        return ctx.fail(CliText::tr("no password: set $REPER_PASSWORD or run from a terminal"));
    if (const auto problem = passwordProblem(*pw, *admin))
        return ctx.fail(*problem);
    auto created = Store::create(ctx.storePath, *admin, *pw, SystemClock::instance());
    if (!created)
        return ctx.fail(created.error());
    ctx.err() << CliText::tr("Created the store %1 with administrator %2.").arg(ctx.storePath, *admin) << Qt::endl
              << CliText::tr(
                     "Recovery key (shown only now; print it or write it down and keep it offline, locked away):")
              << Qt::endl;
    ctx.out() << created->recoveryKey << Qt::endl;
    return Success;
}

int runBackup(CliContext& ctx)
{
    bool missing = false;
    const auto out = ctx.takeValue(QStringLiteral("--out"), &missing);
    if (!out || missing)
        return ctx.usage(CliText::tr("backup needs --out FILE"));
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    if (auto s = BackupService::backup(**store, *out); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Backup written to %1 (with its key slots in %2).").arg(*out, KeyFile::pathFor(*out))
              << Qt::endl;
    QFile head(BackupService::headPathFor(*out));
    if (head.open(QIODevice::ReadOnly))
        ctx.err() << CliText::tr("The audit trail's head is written in %1: %2")
                         .arg(head.fileName(), QString::fromUtf8(head.readAll()).trimmed())
                  << Qt::endl;
    return Success;
}

int runRestore(CliContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(CliText::tr("restore needs the backup FILE"));
    const QString file = ctx.args.takeFirst();
    QString user = ctx.userName;
    if (user.isEmpty()) {
        auto keys = KeyFile::load(KeyFile::pathFor(file));
        if (!keys)
            return ctx.fail(keys.error());
        if (keys->slots().size() != 1)
            return ctx.fail(CliText::tr("say who you are with --user NAME: the backup has several users"));
        user = keys->slots().front().user;
    }
    const auto pw = ctx.password(CliText::tr("Password for %1: ").arg(user));
    if (!pw)
        return ctx.fail(CliText::tr("no password: set $REPER_PASSWORD or run from a terminal"));
    if (auto s = BackupService::restore(file, ctx.storePath, user, *pw); !s)
        return ctx.fail(s.error());
    ctx.err() << CliText::tr("Restored %1 from %2.").arg(ctx.storePath, file) << Qt::endl;
    return Success;
}

int runVerify(CliContext& ctx)
{
    if (int code = 0; unexpectedArgs(ctx, &code))
        return code;
    auto store = ctx.openStoreForReading();
    if (!store)
        return ctx.fail(store.error());
    const VerifyReport report = BackupService::verify(**store);
    for (const QString& line : report.lines)
        ctx.out() << line << Qt::endl;
    if (!report.ok)
        return ctx.fail(CliText::tr("the store failed a check"));
    return Success;
}

} // namespace reper::cli
