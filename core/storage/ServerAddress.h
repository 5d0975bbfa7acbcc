#pragma once

#include <QString>

namespace partydesk {

// Where a shared workspace lives: a PostgreSQL database, written as a URL
//   postgresql://user@host:port/dbname   (or postgres://…)
// The host may be a folder holding the server's local socket, percent-encoded
// (postgresql://user@%2Fvar%2Frun%2Fpostgresql/dbname) or given as ?host=/var/run/postgresql.
// A password in the URL is used for that connection only and never kept: PartyDesk stores no
// password; libpq's own PGPASSWORD or ~/.pgpass, or the sign-in dialog, supply one.
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString password; // from the URL, for this connection only

    // True for text that names a server rather than a file.
    static bool isServerUrl(const QString& text);
    // Reads `url`; on failure `*error` says in the interface language what is wrong with it.
    static ServerAddress parse(const QString& url, QString* error);
    // The URL without any password: what is shown and remembered.
    QString url() const;
    // libpq connect options for QSqlDatabase::setConnectOptions (the socket folder, a time limit).
    QString connectOptions() const;
    bool isLocalSocket() const { return host.startsWith(QLatin1Char('/')); }
};

} // namespace partydesk
