#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace partydesk {

bool ServerAddress::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString& text, QString* error)
{
    ServerAddress address;
    const auto fail = [&](const QString& why) {
        *error =
            QCoreApplication::translate("ServerAddress", "\"%1\" is not a server address: %2 "
                                                         "(e.g. postgresql://clerk@192.168.1.10/street).")
                .arg(QUrl(text).toString(QUrl::RemovePassword), why);
        return ServerAddress();
    };
    if (!isServerUrl(text))
        return fail(QCoreApplication::translate("ServerAddress", "it must begin with postgresql://"));
    // QUrl will not take a host such as %2Ftmp; the socket folder is read by hand.
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0 || slash == rest.size() - 1)
        return fail(QCoreApplication::translate("ServerAddress", "the database name is missing"));
    address.database = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
    QString authority = rest.left(slash);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        address.user = QUrl::fromPercentEncoding((colon < 0 ? userInfo : userInfo.left(colon)).toUtf8());
        if (colon >= 0)
            address.password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }
    QString host = QUrl::fromPercentEncoding(authority.toUtf8());
    if (!host.startsWith(QLatin1Char('/'))) {
        if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
            colon >= 0 && !host.endsWith(QLatin1Char(']'))) {
            bool ok = false;
            address.port = host.mid(colon + 1).toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                return fail(QCoreApplication::translate("ServerAddress",
                                                        "the port must be a number from 1 to 65535"));
            host = host.left(colon);
        }
    }
    address.host = host;
    const QUrlQuery options(query);
    if (options.hasQueryItem(QStringLiteral("host")))
        address.host = options.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (options.hasQueryItem(QStringLiteral("port")))
        address.port = options.queryItemValue(QStringLiteral("port")).toInt();
    if (address.host.isEmpty())
        address.host = QStringLiteral("localhost");
    if (address.database.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate("ServerAddress", "the database name cannot contain \"/\""));
    return address;
}

QString ServerAddress::url() const
{
    QString result = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        result += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    if (isLocalSocket()) {
        result += QString::fromUtf8(QUrl::toPercentEncoding(host));
    } else {
        result += host;
        if (port != 5432)
            result += QLatin1Char(':') + QString::number(port);
    }
    return result + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(database));
}

QString ServerAddress::connectOptions() const
{
    // A server that does not answer is said so after 10 s rather than hanging the window.
    return QStringLiteral("connect_timeout=10;application_name=partydesk");
}

} // namespace partydesk
