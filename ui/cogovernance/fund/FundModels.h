#pragma once

#include "cogovernance/FundService.h"

#include <QAbstractTableModel>

namespace partydesk {

// A year's fund projects: approved, spent, remaining and status; an overspent project in red.
class FundProjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Category,
        ApprovedOn,
        Approved,
        Spent,
        Remaining,
        Status,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setProjects(const QList<FundProjectRecord>& projects);
    const FundProjectRecord* project(int row) const;
    int rowOf(qint64 projectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FundProjectRecord> m_projects;
};

// The spending records of one project, with whether a receipt scan is kept.
class FundSpendingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SpentOn,
        Amount,
        Purpose,
        Payee,
        ReceiptNo,
        Scan,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setSpending(const QList<FundSpendingRecord>& spending);
    const FundSpendingRecord* spending(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FundSpendingRecord> m_spending;
};

} // namespace partydesk
