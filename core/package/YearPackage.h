#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// What a community sends its street for a year, inside the envelope: its organisations, grids and
// members, each record with its uid, and references between them written as uids, so the street can
// tell the same record from a new one whatever ids its own file uses.
namespace YearPackage {

// The payload (compressed JSON) of `year` from this workspace: the organisations, grids and members as
// they are now (meetings and ratings of the year are to follow); records without a uid get theirs
// first. Empty and `*error` set on failure.
QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error);

// A payload as read: who made it, for which year and when, and its records by kind ("organisations",
// "grids", "members"). `error` is set when it cannot be read.
struct Contents
{
    QString sender;
    int year = 0;
    QString madeAt; // ISO date and time (UTC)
    QJsonObject records;
    QString error;
};
Contents read(const QByteArray& payload);

// Writes a sealed package to `path`: readable by its owner only (full ID numbers are inside), and in
// place only once complete and read back (PendingFile). An error for the user, or empty.
QString writeFile(const QString& path, const QByteArray& package);

} // namespace YearPackage
} // namespace partydesk
