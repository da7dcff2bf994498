#pragma once
// reper-cli against the test's own server (support/PgCluster.h), as an administrator would run it
// (docs/server.md): the database owner in libpq's own variables (init), each Reper user's password
// in $REPER_PASSWORD, never in the address. A CliRunner beside it runs the same commands on a local
// file, for the comparisons.
#include "support/CliRunner.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <memory>

namespace reper::test {

class ServerCli
{
public:
    static QString adminPassword() { return QStringLiteral("chief-password-123"); }
    static QString temporaryPassword() { return QStringLiteral("temporary-password-1"); }
    static QString ownPassword(const QString& user) { return user + QStringLiteral("-own-password-9"); }

    ServerCli();
    CliRunner& cli() { return m_cli; }
    const QString& url() const { return m_url; }
    QString database() const;

    // reper-cli --store URL [--user USER] ARGS with USER's password (and a new one for passwd, add,
    // reset, enable).
    CliResult as(const QString& user, const QString& password, const QStringList& args,
                 const QString& newPassword = {});
    // The same, started and left running (several at once); CliRunner::finish waits for it.
    std::unique_ptr<QProcess> startAs(const QString& user, const QString& password, const QStringList& args);
    // The figures of `report bilant --format json` that ran well, without what names the run (who,
    // when, the trail's head).
    static QJsonObject figures(const CliResult& r);
    // The same as a user who chose their own password (ownPassword).
    CliResult asOwn(const QString& user, const QStringList& args) { return as(user, ownPassword(user), args); }
    // init --admin chief (the database's owner).
    void init();
    // A user added by chief, who then chooses their own password.
    void addUser(const QString& name, const QStringList& roleAndCenter);
    // The fixture tests/data/bilant with only the rows of `center` (and of no other centre's
    // victim or campaign), in the folder `into`; with `victimCenter`, only its victims, written as
    // that centre's (the same codes in another centre).
    static QString centreFolder(const QString& into, const QString& center, const QString& victimCenter = {});
    // generate --years 1 --first-year 2017 --scale SCALE --seed 7 into DIR/data; the folder.
    QString generate(const QString& scale = QStringLiteral("0.05"));

private:
    CliRunner m_cli;
    QString m_url;
};

} // namespace reper::test
