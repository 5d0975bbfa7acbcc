#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace partydesk {

// The page's read-only tables (members, posts, records, unit totals, no service): rows of text with
// the record's id, and a red foreground with a tooltip saying why for rows that need attention.
class InServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        QString warning; // non-empty: shown red, with this tooltip
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };

    InServiceTableModel(const QStringList& headers, QObject* parent = nullptr);
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    // The row of the record with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace partydesk
