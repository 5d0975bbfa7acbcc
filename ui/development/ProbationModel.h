#pragma once

#include "development/ProbationDue.h"

#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// Probations ending within 60 days and overdue ones (overdue in red, with a tooltip).
class ProbationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BranchColumn,
        JoinedColumn,
        EndsColumn,
        DaysColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1
    };

    explicit ProbationModel(QObject* parent = nullptr);
    void setProbations(const QList<ProbationDue>& due, const QHash<qint64, QString>& branchNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProbationDue> m_due;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
