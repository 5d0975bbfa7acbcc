#pragma once

#include "PackageHistory.h"
#include "PackageRatings.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk::PackageImport {

// Per kind of record: how many a package brings new, changes, leaves as they are, and how many this
// workspace holds in the sender's part of the tree that the package no longer has (离开: removed on
// merge).
struct Counts
{
    int added = 0;
    int changed = 0;
    int same = 0;
    int left = 0;
};

enum class State
{
    Added,
    Changed,
    Same
};

// One row of a table without uids (attendance, tags, …), matched with this workspace's row of the same
// key; `here` holds this workspace's ids of its references (a row here that the package no longer has).
struct LinkRecord
{
    QString key;
    QJsonObject values; // as sent
    QHash<QString, qint64> here;
    State state = State::Added;
    QStringList changedColumns;
};

// One record of the package, matched with this workspace's record of the same uid.
struct Record
{
    QString uid;
    QJsonObject values; // as sent, references as uids
    qint64 localId = 0; // 0: not here yet
    State state = State::Added;
    bool top = false;           // one of the community's top organisations
    QStringList changedColumns; // State::Changed: the columns that differ
};

// What a package would do to this workspace, worked out without writing anything.
//
// The sender's tree is placed under the street's node: the package's top organisations of the
// street-committee type are the sender's copy of its street, never imported (they stand for the node
// here); below them (or at the top, when the sender has no street above it) are the community's top
// organisations. A new top organisation goes under `under`: the one given (--under), or else this
// workspace's single street committee; one already here stays where the street put it unless
// `under` is given. The community's part of this workspace is everything under its top organisations
// as they are here; what that part holds and the package does not is "left".
struct Plan
{
    QString sender;
    int year = 0;
    QString madeAt;
    QString digest;
    QHash<QString, Counts> kinds;                // by table
    PackageRatings::Match ratings;               // where the year's ratings go here, or why they do not
    QHash<QString, QList<Record>> records;       // by table, in the package's order; stand-ins not included
    QHash<QString, QList<qint64>> left;          // local ids by table; organisations deepest first
    QHash<QString, QList<LinkRecord>> links;     // by table: the package's rows without uids
    QHash<QString, QList<LinkRecord>> leftLinks; // by table: this workspace's rows the package no longer has
    QHash<QString, qint64> standIns;             // uid of the sender's copy of its street → the node here
    QStringList topNames;                        // the community's top organisations
    qint64 under = 0;                            // where new top organisations go (0: nowhere found)
    QString underName;
    bool underGiven = false;
    PackageHistory::Freshness freshness = PackageHistory::Freshness::First;
    QString lastMadeAt;
    int lastYear = 0; // OlderThanAnotherYear: the year of the newer package
    QString refusal;  // why it cannot be merged as it stands (for the user); empty: it can
    QString error;    // the payload or this workspace could not be read

    Counts& counts(const QString& table);
    Counts counts(const QString& table) const;
    // True when merging it would write nothing but the record of its import.
    bool changesNothing() const;
};

// Every kind of record a year's package carries, by table, in the order they are shown.
const QStringList& kindsInOrder();

// `under`: the organisation chosen for the community's top organisations, 0 to find the street node.
Plan plan(const QSqlDatabase& db, const QByteArray& payload, const QByteArray& senderKey, qint64 under);

// Why a package of this freshness is not merged (for the user), or empty when it may be.
QString freshnessRefusal(const Plan& plan);

// What the user is told besides the counts: ratings left out, where new top organisations go, that the
// package was imported already, and (with `refusal`) why it cannot be merged.
QStringList notes(const Plan& plan, bool refusal);

} // namespace partydesk::PackageImport
