#include "RowSnapshot.h"

#include "SchemaQueries.h"
#include "SqlTransaction.h"

#include <algorithm>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace partydesk {

namespace {

// Names come from sqlite_master, never from the user; quoted all the same.
QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// A stored value as read: NULL as an invalid QVariant, '' as an empty (not null) string, so that
// writing it back stores exactly what was there.
QVariant storedValue(const QSqlQuery& q, int column)
{
    if (q.isNull(column))
        return {};
    QVariant value = q.value(column);
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

// A value as text that tells storage classes apart (5 and '5' differ).
QString token(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("\x01");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QString:
        return QStringLiteral("t:") + value.toString();
    default:
        return QStringLiteral("n:") + value.toString();
    }
}

QString rowToken(const QString& table, const QVariantList& values)
{
    QString text = table;
    for (const QVariant& v : values)
        text += QChar(0x1f) + token(v);
    return text;
}

struct ForeignKey
{
    QString child;
    QStringList from;
    QStringList to;
    QString onDelete;
};

struct TableInfo
{
    QStringList columns;
    QList<int> keyColumns;
};

// The schema's tables and references, read once per snapshot.
class Schema
{
public:
    explicit Schema(const QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery q(m_db);
        q.exec(SchemaQueries::tables(m_db));
        while (q.next())
            m_tables << q.value(0).toString();
    }

    const TableInfo& info(const QString& table)
    {
        auto it = m_infos.find(table);
        if (it != m_infos.end())
            return *it;
        TableInfo info;
        QList<QPair<int, int>> keys; // (position in the key, column)
        QSqlQuery q(m_db);
        q.exec(SchemaQueries::tableInfo(m_db, table));
        while (q.next()) {
            info.columns << q.value(1).toString();
            if (q.value(5).toInt() > 0)
                keys.append({q.value(5).toInt(), int(info.columns.size()) - 1});
        }
        std::sort(keys.begin(), keys.end());
        for (const auto& key : keys)
            info.keyColumns << key.second;
        return *m_infos.insert(table, info);
    }

    // Every reference to `parent`, from any table.
    QList<ForeignKey> referencesTo(const QString& parent)
    {
        QList<ForeignKey> list;
        for (const QString& child : std::as_const(m_tables)) {
            QSqlQuery q(m_db);
            q.exec(SchemaQueries::foreignKeyList(m_db, child));
            QHash<int, ForeignKey> byId;
            QList<int> order;
            while (q.next()) {
                if (q.value(2).toString().compare(parent, Qt::CaseInsensitive) != 0)
                    continue;
                const int id = q.value(0).toInt();
                if (!byId.contains(id))
                    order << id;
                ForeignKey& fk = byId[id];
                fk.child = child;
                fk.from << q.value(3).toString();
                fk.to << q.value(4).toString();
                fk.onDelete = q.value(6).toString().toUpper();
            }
            for (int id : order) {
                ForeignKey fk = byId.value(id);
                // A reference that names no column refers to the parent's primary key.
                if (fk.to.size() == 1 && fk.to.first().isEmpty()) {
                    fk.to.clear();
                    const TableInfo& parentInfo = info(parent);
                    for (int c : parentInfo.keyColumns)
                        fk.to << parentInfo.columns[c];
                }
                list << fk;
            }
        }
        return list;
    }

private:
    QSqlDatabase m_db;
    QStringList m_tables;
    QHash<QString, TableInfo> m_infos;
};

QString whereAll(const QStringList& columns)
{
    QStringList parts;
    for (const QString& c : columns)
        parts << quoted(c) + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

class Capture
{
public:
    Capture(const QSqlDatabase& db, const SnapshotScope& scope, RowSnapshot& snapshot, QList<RowBlocker>* blockers)
        : m_db(db), m_schema(db), m_scope(scope), m_snapshot(snapshot), m_blockers(blockers)
    {
    }

    // The rows of `table` whose `columns` hold one of `values`, and what refers to them.
    void follow(const QString& table, const QStringList& columns, const QList<QVariantList>& values)
    {
        const TableInfo& info = m_schema.info(table);
        TableRows rows{table, info.columns, info.keyColumns, {}};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(quoted(table), whereAll(columns)));
        for (const QVariantList& tuple : values) {
            for (const QVariant& v : tuple)
                q.addBindValue(v);
            if (!q.exec())
                continue;
            while (q.next()) {
                QVariantList row;
                for (int c = 0; c < info.columns.size(); ++c)
                    row << storedValue(q, c);
                if (!m_seen.contains(rowToken(table, rows.keyOf(row)))) {
                    m_seen.insert(rowToken(table, rows.keyOf(row)));
                    rows.rows << row;
                }
            }
        }
        if (rows.rows.isEmpty())
            return;
        m_snapshot.tables << rows;

        QSet<QString> ownedDone;
        for (const ForeignKey& fk : m_schema.referencesTo(table)) {
            const QList<QVariantList> parentValues = valuesOf(rows, fk.to);
            if (parentValues.isEmpty())
                continue;
            const bool owned = isOwned(fk.child, fk.from, table);
            if (owned)
                ownedDone.insert(fk.child + QLatin1Char('.') + fk.from.first());
            if (!m_scope.wholeRecord) {
                if (m_scope.onlyTables.contains(fk.child))
                    follow(fk.child, fk.from, parentValues);
            } else if (owned || fk.onDelete == QLatin1String("CASCADE")) {
                follow(fk.child, fk.from, parentValues);
            } else if (fk.onDelete == QLatin1String("SET NULL")) {
                noteNulled(fk, parentValues);
            } else {
                noteBlocker(fk, parentValues);
            }
        }
        if (!m_scope.wholeRecord)
            return;
        for (const OwnedRows& owned : m_scope.owned)
            if (owned.parentTable == table && !ownedDone.contains(owned.childTable + QLatin1Char('.') + owned.childColumn))
                follow(owned.childTable, {owned.childColumn}, valuesOf(rows, {QStringLiteral("id")}));
    }

private:
    bool isOwned(const QString& child, const QStringList& from, const QString& parent) const
    {
        for (const OwnedRows& owned : m_scope.owned)
            if (owned.childTable == child && from == QStringList{owned.childColumn} && owned.parentTable == parent)
                return true;
        return false;
    }

    static QList<QVariantList> valuesOf(const TableRows& rows, const QStringList& columns)
    {
        QList<int> positions;
        for (const QString& c : columns)
            positions << int(rows.columns.indexOf(c));
        QList<QVariantList> values;
        for (const QVariantList& row : rows.rows) {
            QVariantList tuple;
            for (int p : positions)
                if (p >= 0 && !row[p].isNull())
                    tuple << row[p];
            if (tuple.size() == columns.size() && !values.contains(tuple))
                values << tuple;
        }
        return values;
    }

    void noteNulled(const ForeignKey& fk, const QList<QVariantList>& parentValues)
    {
        const TableInfo& info = m_schema.info(fk.child);
        QStringList keyColumns;
        for (int c : info.keyColumns)
            keyColumns << info.columns[c];
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(quoted(fk.child), whereAll(fk.from)));
        for (const QVariantList& tuple : parentValues) {
            for (const QVariant& v : tuple)
                q.addBindValue(v);
            if (!q.exec())
                continue;
            while (q.next()) {
                QVariantList key;
                for (int c : info.keyColumns)
                    key << storedValue(q, c);
                for (const QString& column : fk.from)
                    m_snapshot.nulled << NulledReference{fk.child, keyColumns, key, column,
                                                         storedValue(q, int(info.columns.indexOf(column)))};
            }
        }
    }

    void noteBlocker(const ForeignKey& fk, const QList<QVariantList>& parentValues)
    {
        if (!m_blockers)
            return;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(quoted(fk.child), whereAll(fk.from)));
        int count = 0;
        for (const QVariantList& tuple : parentValues) {
            for (const QVariant& v : tuple)
                q.addBindValue(v);
            if (q.exec() && q.next())
                count += q.value(0).toInt();
        }
        if (count == 0)
            return;
        for (RowBlocker& blocker : *m_blockers)
            if (blocker.table == fk.child) {
                blocker.rows += count;
                return;
            }
        m_blockers->append({fk.child, count});
    }

    QSqlDatabase m_db;
    Schema m_schema;
    const SnapshotScope& m_scope;
    RowSnapshot& m_snapshot;
    QList<RowBlocker>* m_blockers;
    QSet<QString> m_seen;
};

QString runWithValues(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return execQuery(q);
}

} // namespace

QVariantList TableRows::keyOf(const QVariantList& row) const
{
    QVariantList key;
    for (int c : keyColumns)
        key << row.value(c);
    return key;
}

QVariant RowSnapshot::rootValue(const QString& column) const
{
    for (const TableRows& t : tables)
        if (t.table == rootTable && !t.rows.isEmpty())
            return t.rows.first().value(int(t.columns.indexOf(column)));
    return {};
}

int RowSnapshot::rowCount(const QString& table) const
{
    int n = 0;
    for (const TableRows& t : tables)
        if (t.table == table)
            n += int(t.rows.size());
    return n;
}

bool RowSnapshot::sameRowsAs(const RowSnapshot& other) const
{
    const auto tokens = [](const RowSnapshot& s) {
        QStringList list;
        for (const TableRows& t : s.tables)
            for (const QVariantList& row : t.rows)
                list << rowToken(t.table, row);
        for (const NulledReference& n : s.nulled)
            list << rowToken(n.table + QLatin1Char('.') + n.column, n.key + QVariantList{n.value});
        list.sort();
        return list;
    };
    return tokens(*this) == tokens(other);
}

RowSnapshot RowSnapshots::capture(const QString& table, qint64 id, const SnapshotScope& scope,
                                  QList<RowBlocker>* blockers) const
{
    RowSnapshot snapshot;
    snapshot.rootTable = table;
    snapshot.rootId = id;
    snapshot.scope = scope;
    Capture(m_db, scope, snapshot, blockers).follow(table, {QStringLiteral("id")}, {{QVariant(id)}});
    return snapshot;
}

QStringList RowSnapshots::takenKeys(const RowSnapshot& wanted) const
{
    QStringList taken;
    for (const TableRows& t : wanted.tables) {
        QStringList keyColumns;
        for (int c : t.keyColumns)
            keyColumns << t.columns[c];
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(quoted(t.table), whereAll(keyColumns)));
        for (const QVariantList& row : t.rows) {
            for (const QVariant& v : t.keyOf(row))
                q.addBindValue(v);
            if (q.exec() && q.next() && !taken.contains(t.table))
                taken << t.table;
        }
    }
    return taken;
}

bool RowSnapshots::exists(const QString& table, qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(quoted(table)));
    q.addBindValue(id);
    return q.exec() && q.next();
}

QString RowSnapshots::apply(const RowSnapshot& current, const RowSnapshot& wanted)
{
    QSqlQuery pragma(m_db);
    if (!pragma.exec(SchemaQueries::deferForeignKeys(m_db)))
        return pragma.lastError().text();

    QHash<QString, const QVariantList*> currentRows;
    for (const TableRows& t : current.tables)
        for (const QVariantList& row : t.rows)
            currentRows.insert(rowToken(t.table, t.keyOf(row)), &row);
    QSet<QString> wantedKeys;
    for (const TableRows& t : wanted.tables)
        for (const QVariantList& row : t.rows)
            wantedKeys.insert(rowToken(t.table, t.keyOf(row)));

    // Rows that go: the ones that refer to others first.
    for (auto t = current.tables.crbegin(); t != current.tables.crend(); ++t) {
        QStringList keyColumns;
        for (int c : t->keyColumns)
            keyColumns << t->columns[c];
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(t->table), whereAll(keyColumns)));
        for (auto row = t->rows.crbegin(); row != t->rows.crend(); ++row)
            if (!wantedKeys.contains(rowToken(t->table, t->keyOf(*row))))
                if (const QString e = runWithValues(q, t->keyOf(*row)); !e.isEmpty())
                    return e;
    }
    // Rows that come back or change, parents first.
    for (const TableRows& t : wanted.tables) {
        QStringList quotedColumns, marks, assignments, keyColumns;
        for (const QString& c : t.columns) {
            quotedColumns << quoted(c);
            marks << QStringLiteral("?");
            assignments << quoted(c) + QStringLiteral(" = ?");
        }
        for (int c : t.keyColumns)
            keyColumns << t.columns[c];
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(quoted(t.table), quotedColumns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                           .arg(quoted(t.table), assignments.join(QLatin1Char(',')), whereAll(keyColumns)));
        for (const QVariantList& row : t.rows) {
            const QVariantList* was = currentRows.value(rowToken(t.table, t.keyOf(row)));
            QString e;
            if (!was)
                e = runWithValues(insert, row);
            else if (rowToken(t.table, *was) != rowToken(t.table, row))
                e = runWithValues(update, row + t.keyOf(row));
            if (!e.isEmpty())
                return e;
        }
    }
    for (const NulledReference& n : wanted.nulled) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(quoted(n.table), quoted(n.column), whereAll(n.keyColumns)));
        if (const QString e = runWithValues(q, QVariantList{n.value} + n.key); !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace partydesk
