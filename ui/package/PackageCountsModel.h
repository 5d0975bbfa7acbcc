#pragma once

#include "package/PackagePlan.h"

#include <QAbstractTableModel>
#include <QList>

namespace partydesk {

// What a community's package would change here, a row per kind of record: new, changed, the same and
// left (removed on import), as PackageImport::plan counts them.
class PackageCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Added,
        Changed,
        Same,
        Left,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Kinds with nothing in the package and nothing here are left out.
    void setPlan(const PackageImport::Plan& plan);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString table;
        PackageImport::Counts counts;
    };
    QList<Row> m_rows;
};

} // namespace partydesk
