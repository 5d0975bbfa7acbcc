#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace partydesk {

// A relation with no ON DELETE CASCADE whose rows still belong to their parent and go with it:
// `childTable.childColumn` holds `parentTable.id` (import_batch_member.member_id, grid.community_id).
struct OwnedRows
{
    QString childTable;
    QString childColumn;
    QString parentTable;
};

// Which rows a snapshot holds besides its root row.
struct SnapshotScope
{
    // Follow the rows that would go with the root (ON DELETE CASCADE, SET NULL, `owned`): what a
    // deletion takes. Otherwise only the tables in `onlyTables` are followed (an edit's record).
    bool wholeRecord = true;
    QStringList onlyTables;
    QList<OwnedRows> owned;
};

// Rows of one table exactly as stored: every column, NULLs as invalid QVariants.
struct TableRows
{
    QString table;
    QStringList columns;
    QList<int> keyColumns; // positions of the primary key in `columns`
    QList<QVariantList> rows;

    QVariantList keyOf(const QVariantList& row) const;
};

// A row that referred to a deleted row with ON DELETE SET NULL, and what it held.
struct NulledReference
{
    QString table;
    QStringList keyColumns;
    QVariantList key;
    QString column;
    QVariant value;
};

// One record as it is in the file (a member with its tags, history, attendance...; an organisation
// with its grids...), taken before a change so that the change can be undone exactly: the same
// rows with the same ids. Empty when the record does not exist.
struct RowSnapshot
{
    QString rootTable;
    qint64 rootId = 0;
    SnapshotScope scope;
    QList<TableRows> tables; // parents before the rows that refer to them
    QList<NulledReference> nulled;

    bool isEmpty() const { return tables.isEmpty(); }
    // A column of the root row, or an invalid QVariant.
    QVariant rootValue(const QString& column) const;
    int rowCount(const QString& table) const;
    // Same rows and values, in any order.
    bool sameRowsAs(const RowSnapshot& other) const;
};

// Something that keeps a record from being deleted: rows that refer to it with ON DELETE RESTRICT.
struct RowBlocker
{
    QString table;
    int rows = 0;
};

// Reads and writes RowSnapshots. The relations come from the schema itself (PRAGMA
// foreign_key_list), so a table added later that refers to members or organisations is followed
// too. SQL only: the services check, open the transaction and record the audit entry.
class RowSnapshots
{
public:
    explicit RowSnapshots(QSqlDatabase db) : m_db(std::move(db)) {}

    // The record of `table` with this id as it is now; empty if there is none. `blockers` receives
    // the restricting references (only followed for a whole record).
    RowSnapshot capture(const QString& table, qint64 id, const SnapshotScope& scope,
                        QList<RowBlocker>* blockers = nullptr) const;
    // The rows of `wanted` that already exist (same table and key): a record cannot be put back
    // where newer rows took its ids. Returns the tables concerned.
    QStringList takenKeys(const RowSnapshot& wanted) const;
    bool exists(const QString& table, qint64 id) const;
    // Turns the rows of `current` into those of `wanted`: rows only in `current` are deleted, rows
    // only in `wanted` inserted with their ids, changed rows updated, nulled references set again.
    // Foreign keys are checked at the commit (a record may refer to rows inserted after it).
    // Returns the error, or an empty string.
    QString apply(const RowSnapshot& current, const RowSnapshot& wanted);

private:
    QSqlDatabase m_db;
};

} // namespace partydesk
