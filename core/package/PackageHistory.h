#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace partydesk::PackageHistory {

// Where a package stands against the last one imported from the same sender (signing key) for the
// same year: an older package never overwrites what a newer one brought.
enum class Freshness
{
    First,         // nothing imported from this sender for this year yet
    Newer,         // made after the last one imported
    SamePackage,   // the very package imported last: nothing to do
    Older,         // made before the last one imported: refused
    SameTimeOther, // made at the same moment as the last one, yet different: refused
};

struct Last
{
    QString madeAt; // ISO date and time; empty: none
    QString digest; // SHA-256 of the payload, hex
};
Last last(const QSqlDatabase& db, const QByteArray& senderKey, int year);
Freshness compare(const Last& last, const QString& madeAt, const QString& digest);

// Remembers `madeAt` and `digest` as the last package imported from the sender for the year, in the
// workspace's settings; returns an error, or empty.
QString remember(const QSqlDatabase& db, const QByteArray& senderKey, int year, const QString& madeAt,
                 const QString& digest);

QString digest(const QByteArray& payload);

} // namespace partydesk::PackageHistory
