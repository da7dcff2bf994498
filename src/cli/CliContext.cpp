#include "CliContext.h"

#include "core/AppPaths.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/platform/Platform.h"
#include "importer/ImportLock.h"
#include "storage/audit/AuditTrail.h"
#include "storage/keys/KeyFile.h"
#include "storage/keys/SecuritySession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace reper::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
    storePath = qEnvironmentVariable("REPER_STORE");
    if (storePath.isEmpty())
        storePath = AppPaths::defaultStorePath();
    userName = qEnvironmentVariable("REPER_USER");
}

int CliContext::fail(const QString& message)
{
    m_err << "reper-cli: " << message << Qt::endl;
    return UserError;
}

int CliContext::usage(const QString& message)
{
    m_err << "reper-cli: " << message << Qt::endl << CliText::tr("Try 'reper-cli --help'.") << Qt::endl;
    return Usage;
}

int CliContext::fail(const Error& error)
{
    if (!error.detail.isEmpty())
        Logging::logger("cli")->warn("{} ({})", error.message.toStdString(), error.detail.toStdString());
    return fail(error.message);
}

std::optional<QString> CliContext::password(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("REPER_PASSWORD"))
        return qEnvironmentVariable("REPER_PASSWORD");
    return platform::askHidden(prompt);
}

std::optional<QString> CliContext::newPassword(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("REPER_NEW_PASSWORD"))
        return qEnvironmentVariable("REPER_NEW_PASSWORD");
    const auto first = platform::askHidden(prompt);
    if (!first)
        return std::nullopt;
    const auto second = platform::askHidden(CliText::tr("Once more: "));
    if (!second || *second != *first) {
        m_err << "reper-cli: " << CliText::tr("the two passwords differ") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

std::optional<QString> CliContext::recoveryKey()
{
    if (platform::standardInputIsTerminal())
        return platform::askHidden(CliText::tr("Recovery key: "));
    return platform::readStandardInputLine();
}

bool CliContext::onServer() const { return PgUrl::looksLikeUrl(storePath); }

Result<PgUrl> CliContext::serverUrl() const { return PgUrl::parse(storePath, insecure); }

Result<QString> CliContext::actingUser()
{
    if (!userName.isEmpty())
        return userName;
    if (onServer()) {
        auto url = serverUrl();
        if (!url)
            return url.error();
        if (!url->user().isEmpty())
            return url->user();
        return makeError(CliText::tr("say who you are with --user NAME (or $REPER_USER)"));
    }
    auto keys = KeyFile::load(KeyFile::pathFor(storePath));
    if (!keys)
        return keys.error();
    if (keys->slots().size() == 1)
        return keys->slots().front().user;
    return makeError(CliText::tr("say who you are with --user NAME (or $REPER_USER): the store has several users"));
}

Result<std::unique_ptr<Store>> CliContext::openStore(bool allowTemporaryPassword)
{
    return open(allowTemporaryPassword, Store::Purpose::Changes);
}

Result<std::unique_ptr<Store>> CliContext::openStoreForReading()
{
    auto store = open(false, Store::Purpose::Reading);
    if (store && !onServer()) {
        (*store)->audit().setWaitingNotice([this] {
            const QDateTime now = SystemClock::instance().now();
            const auto holder = ImportLock::holder(storePath);
            m_out.flush(); // what the command made is out before it waits
            m_err << "reper-cli: "
                  << (holder ? CliText::tr("%1 (this command is written to the audit trail when that import ends)")
                                   .arg(ImportLock::waitingMessage(*holder, now))
                             : CliText::tr("another program is writing to the store; this command is written to "
                                           "the audit trail when it is done; waiting…"))
                  << Qt::endl;
        });
    }
    return store;
}

Result<std::unique_ptr<Store>> CliContext::open(bool allowTemporaryPassword, Store::Purpose purpose)
{
    if (onServer()) {
        auto url = serverUrl();
        if (!url)
            return url.error();
        auto user = actingUser();
        if (!user)
            return user.error();
        const auto pw = password(CliText::tr("Password for %1: ").arg(*user));
        if (!pw)
            return makeError(CliText::tr("no password: set $REPER_PASSWORD or run from a terminal"));
        auto store = SecuritySession::connect(url->withUser(*user), *pw, SystemClock::instance());
        if (store && (*store)->mustChangePassword() && !allowTemporaryPassword)
            return makeError(
                CliText::tr("your password is a temporary one: choose your own first with 'reper-cli user passwd'"));
        return store;
    }
    // A restore killed half way is finished before anything reads the key file.
    if (const QString settled = Store::settleInterruptedWork(storePath); !settled.isEmpty())
        m_err << settled << Qt::endl;
    if (!QFileInfo::exists(storePath))
        return makeError(CliText::tr("there is no store at %1 (create one with init, or give --store)").arg(storePath));
    auto user = actingUser();
    if (!user)
        return user.error();
    const auto pw = password(CliText::tr("Password for %1: ").arg(*user));
    if (!pw)
        return makeError(CliText::tr("no password: set $REPER_PASSWORD or run from a terminal"));
    auto store = Store::open(storePath, *user, *pw, SystemClock::instance(), purpose);
    if (store && !(*store)->newRecoveryKey().isEmpty()) {
        // The store's keys were upgraded as this administrator opened it: a new recovery key.
        m_err << CliText::tr("The store's keys were upgraded to key pairs, and the names inside it are now encrypted "
                             "for the staff of their centre. Its NEW recovery key follows (shown once; write it down "
                             "and keep it offline, locked away; the old one no longer recovers names):")
              << Qt::endl
              << (*store)->newRecoveryKey() << Qt::endl;
        if (auto s = (*store)->acknowledgeRecoveryKey(); !s)
            return s.error();
    }
    if (store && (*store)->mustChangePassword() && !allowTemporaryPassword)
        return makeError(
            CliText::tr("your password is a temporary one: choose your own first with 'reper-cli user passwd'"));
    return store;
}

bool CliContext::takeFlag(const QString& name) { return args.removeAll(name) > 0; }

std::optional<QString> CliContext::takeValue(const QString& name, bool* missingValue)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                *missingValue = true;
                args.removeAt(i);
                return std::nullopt;
            }
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString v = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return v;
        }
    }
    return std::nullopt;
}

} // namespace reper::cli
