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

// The payload (compressed JSON) of `year` from this workspace: the organisations, grids, members and
// their tags as they are now, the meetings of the year with their attendance and prescribed actions
// (by name); records without a uid get theirs first. Empty and `*error` set on failure.
QByteArray build(QSqlDatabase db, int year, const QString& sender, QString* error);

// The payload's "kind": a community's year ("year"); a street's plan for its communities is another.
QString yearKind();
// The payload format number every kind carries, and a payload object compressed as packages carry it.
int format();
QByteArray compressed(const QJsonObject& payload);

// A payload as read: who made it, for which year and when, and its records by their key in the JSON
// ("organisations", "grids", "members", "meetings", "attendance", …). `error` is set when it cannot
// be read.
struct Contents
{
    QString kind;
    QString sender;
    int year = 0;
    QString madeAt; // ISO date and time (UTC)
    QJsonObject records;
    QJsonObject object; // the whole payload, for the parts other kinds carry
    QString error;
};
Contents read(const QByteArray& payload);

// Writes a sealed package to `path`: readable by its owner only (full ID numbers are inside), and in
// place only once complete and read back (PendingFile). An error for the user, or empty.
QString writeFile(const QString& path, const QByteArray& package);

} // namespace YearPackage
} // namespace partydesk
