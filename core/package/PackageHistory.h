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
    // The first or a newer of its year, yet made before a package of another year imported from the
    // same sender: refused, since its organisations and members (sent whatever the year) are older.
    OlderThanAnotherYear,
};

struct Last
{
    QString madeAt; // ISO date and time; empty: none
    QString digest; // SHA-256 of the payload, hex
    int year = 0;   // latestOfSender: the year of that package
};
Last last(const QSqlDatabase& db, const QByteArray& senderKey, int year);
Freshness compare(const Last& last, const QString& madeAt, const QString& digest);

// Remembers `madeAt` and `digest` as the last package imported from the sender for the year, in the
// workspace's settings; returns an error, or empty.
QString remember(const QSqlDatabase& db, const QByteArray& senderKey, int year, const QString& madeAt,
                 const QString& digest);

// The newest year's package imported from the sender, whatever its year (rememberLatest keeps it).
Last latestOfSender(const QSqlDatabase& db, const QByteArray& senderKey);
// `freshness` of a package of `year` made at `madeAt`, turned into OlderThanAnotherYear when it was
// made before the newest package of another year from the same sender.
Freshness againstOtherYears(Freshness freshness, const Last& latest, int year, const QString& madeAt);
QString rememberLatest(const QSqlDatabase& db, const QByteArray& senderKey, int year, const QString& madeAt,
                       const QString& digest);

QString digest(const QByteArray& payload);

// A package's moment (ISO, UTC, as packages carry it) as users read it: local time to the second.
QString shownTime(const QString& iso);

} // namespace partydesk::PackageHistory
