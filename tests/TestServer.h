#pragma once

#include <QString>

namespace partydesk::test {

// The repository and service tests run once on SQLite files and once on a PostgreSQL server: with
// PARTYDESK_TEST_POSTGRES set to a server URL whose user may create databases
// (tests/postgres/with-postgres.sh starts a throw-away one), every TempWorkspace is a new database
// there instead of a new file.
class TestServer
{
public:
    // True when the tests run against the server.
    static bool active();
    // A new, empty-of-data workspace database on the server (already migrated), as its URL.
    static QString createWorkspace();
    // A new database with nothing in it, as a server's administrator hands one out, as its URL.
    static QString createEmptyDatabase();
    // Drops a database createWorkspace made; connections still open to it are ended.
    static void dropWorkspace(const QString& url);
};

} // namespace partydesk::test
