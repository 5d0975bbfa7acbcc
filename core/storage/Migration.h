#pragma once

#include "SqlDialect.h"

#include <functional>
#include <QList>
#include <QSqlDatabase>
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
    // Work SQL cannot do, run after `sql` in the same transaction (e.g. hashing the audit chain);
    // returns the error text, or an empty string.
    std::function<QString(QSqlDatabase&)> afterSql = {};
};

// The migrations shipped in the resources for `dialect`, ordered by version. A server workspace starts
// at version 9 (the whole schema of that version in one step); each later step has one file per
// dialect with the same number.
QList<Migration> builtInMigrations(SqlDialect dialect = SqlDialect::Sqlite);

// Splits a migration script into statements: a statement ends with ';' at the end of a line.
// Comment lines are dropped. A trigger is written on one line, so its inner ';' ends no line.
QStringList splitSqlStatements(const QString& script);

} // namespace partydesk
