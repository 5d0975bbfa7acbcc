#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace partydesk {

// One schema step: after it runs, PRAGMA user_version equals `version`. Database::open runs each
// step in one transaction with foreign keys off, so a step may rebuild a table the SQLite way
// (create the new one, copy, drop the old one, rename) without cascading deletes; a step that
// leaves any foreign key dangling (PRAGMA foreign_key_check) is rolled back.
struct Migration
{
    int version = 0;
    QString sql;
};

// The migrations shipped in the resources, ordered by version.
QList<Migration> builtInMigrations();

// Splits a migration script into statements: a statement ends with ';' at the end of a line.
// Comment lines are dropped. Triggers (which contain inner ';') are not used in our scripts.
QStringList splitSqlStatements(const QString& script);

} // namespace partydesk
