#include "PgUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace reper {

namespace {

// The parameters a Reper address may carry; anything else (options=, a service file, …) is refused
// so that an address cannot change the session's role or search path behind Reper's back.
const QStringList& knownParameters()
{
    static const QStringList known = {
        QStringLiteral("host"),
        QStringLiteral("port"),
        QStringLiteral("user"),
        QStringLiteral("password"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslsni"),
        QStringLiteral("passfile"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
    };
    return known;
}

const QStringList& sslModes()
{
    static const QStringList modes
        = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

bool verifiesCertificate(const QString& mode)
{
    return mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
}

QString decode(QStringView part) { return QUrl::fromPercentEncoding(part.toUtf8()); }

QString encode(const QString& part, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
}

} // namespace

bool PgUrl::looksLikeUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool PgUrl::isLocalHost(const QString& host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@')))
        return true; // libpq's default socket, a socket folder, an abstract socket
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // 127.0.0.0/8 and ::1 (in its short and long spellings); QtNetwork is not linked for this.
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}$"));
    static const QRegularExpression ipv6Loopback(QStringLiteral("^(0{0,4}:){2,7}0{0,3}1$"));
    return ipv4Loopback.match(host).hasMatch() || ipv6Loopback.match(host).hasMatch();
}

Result<PgUrl> PgUrl::parse(const QString& text, bool insecure)
{
    const auto bad = [&](const QString& why) {
        return makeError(tr("The server address is not valid: %1.").arg(why), QStringLiteral("address: ") + why);
    };
    if (!looksLikeUrl(text))
        return bad(tr("it must start with postgresql://"));
    PgUrl url;
    url.m_insecure = insecure;
    const QStringView rest = QStringView(text).mid(text.indexOf(QLatin1String("://")) + 3);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return bad(tr("it names no database (postgresql://HOST/DATABASE)"));
    QStringView authority = rest.left(slash);
    QStringView path = rest.mid(slash + 1);
    QStringView query;
    if (const qsizetype q = path.indexOf(QLatin1Char('?')); q >= 0) {
        query = path.mid(q + 1);
        path = path.left(q);
    }
    url.m_database = decode(path);
    if (url.m_database.isEmpty())
        return bad(tr("it names no database (postgresql://HOST/DATABASE)"));

    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QStringView userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        url.m_user = decode(colon < 0 ? userInfo : userInfo.left(colon));
        if (colon >= 0)
            url.m_password = decode(userInfo.mid(colon + 1));
    }
    QStringList hostPorts;
    if (!authority.isEmpty()) {
        for (const QStringView item : authority.split(QLatin1Char(','))) {
            Host h;
            QStringView port;
            if (item.startsWith(QLatin1Char('['))) { // [IPv6]:port
                const qsizetype close = item.indexOf(QLatin1Char(']'));
                if (close < 0)
                    return bad(tr("an IPv6 address is missing its ']'"));
                h.name = item.mid(1, close - 1).toString();
                if (item.size() > close + 1) {
                    if (item.at(close + 1) != QLatin1Char(':'))
                        return bad(tr("'%1' is not HOST:PORT").arg(item.toString()));
                    port = item.mid(close + 2);
                }
            } else {
                const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
                h.name = decode(colon < 0 ? item : item.left(colon));
                if (colon >= 0)
                    port = item.mid(colon + 1);
            }
            if (h.name.isEmpty())
                return bad(tr("a host in the list is empty"));
            if (!port.isEmpty()) {
                bool ok = false;
                h.port = port.toInt(&ok);
                if (!ok || h.port < 1 || h.port > 65535)
                    return bad(tr("'%1' is not a port").arg(port.toString()));
            }
            url.m_hosts << h;
        }
    }

    QString hostParameter;
    QString portParameter;
    if (!query.isEmpty()) {
        for (const QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = decode(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
            if (!knownParameters().contains(key))
                return bad(tr("Reper does not accept the parameter '%1'").arg(key));
            if (key == QLatin1String("sslmode")) {
                if (!sslModes().contains(value))
                    return bad(tr("'%1' is not an sslmode (verify-full, verify-ca, require, prefer, allow, disable)")
                                   .arg(value));
                url.m_sslMode = value;
            } else if (key == QLatin1String("password")) {
                url.m_password = value;
            } else if (key == QLatin1String("user")) {
                url.m_user = value;
            } else if (key == QLatin1String("host")) {
                hostParameter = value;
            } else if (key == QLatin1String("port")) {
                portParameter = value;
            } else {
                url.m_options.append({key, value});
            }
        }
    }
    if (!hostParameter.isEmpty()) {
        if (!url.m_hosts.isEmpty())
            return bad(tr("it names its hosts twice (before the database and in host=)"));
        for (const QString& name : hostParameter.split(QLatin1Char(',')))
            url.m_hosts << Host{name, 0};
    }
    if (!portParameter.isEmpty()) {
        const QStringList ports = portParameter.split(QLatin1Char(','));
        if (url.m_hosts.isEmpty())
            url.m_hosts << Host{};
        if (ports.size() != 1 && ports.size() != url.m_hosts.size())
            return bad(tr("port= gives %1 ports for %2 hosts").arg(ports.size()).arg(url.m_hosts.size()));
        for (int i = 0; i < url.m_hosts.size(); ++i) {
            bool ok = false;
            const int port = ports.value(ports.size() == 1 ? 0 : i).toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return bad(tr("'%1' is not a port").arg(ports.value(ports.size() == 1 ? 0 : i)));
            url.m_hosts[i].port = port;
        }
    }

    // The policy (docs/server.md, "TLS"): a host beyond this machine gets a verified certificate.
    if (!url.isLocal() && !url.m_sslMode.isEmpty() && !verifiesCertificate(url.m_sslMode) && !insecure)
        return makeError(tr("Reper does not connect to %1 without checking its certificate (sslmode=%2): anyone on "
                            "the way could read and change what is sent. Use sslmode=verify-full (the default), or "
                            "give --insecure if this network is really private.")
                             .arg(url.m_hosts.first().name, url.m_sslMode),
                         QStringLiteral("refused sslmode=") + url.m_sslMode);
    return url;
}

bool PgUrl::isLocal() const
{
    for (const Host& h : m_hosts)
        if (!isLocalHost(h.name))
            return false;
    return true;
}

QString PgUrl::sslMode() const
{
    if (!m_sslMode.isEmpty())
        return m_sslMode;
    return isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

PgUrl PgUrl::withUser(const QString& user) const
{
    PgUrl copy = *this;
    if (copy.m_user != user)
        copy.m_password.clear();
    copy.m_user = user;
    return copy;
}

PgUrl PgUrl::withDatabase(const QString& database) const
{
    PgUrl copy = *this;
    copy.m_database = database;
    return copy;
}

QString PgUrl::text() const
{
    QString out = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        out += encode(m_user) + QLatin1Char('@');
    QStringList hosts;
    bool socketHost = false;
    for (const Host& h : m_hosts) {
        if (h.name.startsWith(QLatin1Char('/')) || h.name.startsWith(QLatin1Char('@')))
            socketHost = true;
        QString one = h.name.contains(QLatin1Char(':')) ? QLatin1Char('[') + h.name + QLatin1Char(']')
                                                        : encode(h.name, QByteArrayLiteral("-."));
        if (h.port)
            one += QLatin1Char(':') + QString::number(h.port);
        hosts << one;
    }
    QStringList params;
    if (socketHost) { // a socket folder reads better as host=/run/postgresql than percent-encoded
        QStringList names;
        QStringList ports;
        for (const Host& h : m_hosts) {
            names << h.name;
            ports << QString::number(h.port ? h.port : 5432);
        }
        params << QStringLiteral("host=") + encode(names.join(QLatin1Char(',')), QByteArrayLiteral("/,-._"));
        if (std::any_of(m_hosts.begin(), m_hosts.end(), [](const Host& h) { return h.port != 0; }))
            params << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    } else {
        out += hosts.join(QLatin1Char(','));
    }
    out += QLatin1Char('/') + encode(m_database);
    if (!m_sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + m_sslMode;
    for (const auto& [key, value] : m_options)
        params << key + QLatin1Char('=') + encode(value, QByteArrayLiteral("/-._,"));
    if (!params.isEmpty())
        out += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return out;
}

QList<QPair<QByteArray, QByteArray>> PgUrl::connectionParameters() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    if (!m_hosts.isEmpty()) {
        QStringList names;
        QStringList ports;
        for (const Host& h : m_hosts) {
            names << h.name;
            ports << (h.port ? QString::number(h.port) : QString());
        }
        out.append({"host", names.join(QLatin1Char(',')).toUtf8()});
        if (std::any_of(m_hosts.begin(), m_hosts.end(), [](const Host& h) { return h.port != 0; }))
            out.append({"port", ports.join(QLatin1Char(',')).toUtf8()});
    }
    out.append({"dbname", m_database.toUtf8()});
    if (!m_user.isEmpty())
        out.append({"user", m_user.toUtf8()});
    if (!m_sslMode.isEmpty() || !isLocal())
        out.append({"sslmode", sslMode().toUtf8()});
    for (const auto& [key, value] : m_options)
        out.append({key.toUtf8(), value.toUtf8()});
    return out;
}

} // namespace reper
