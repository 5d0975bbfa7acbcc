#include "FundModels.h"

#include "cogovernance/FundReport.h"
#include "development/OverdueStyle.h"
#include "dues/DuesRecords.h"

namespace partydesk {

void FundProjectsModel::setProjects(const QList<FundProjectRecord>& projects)
{
    beginResetModel();
    m_projects = projects;
    endResetModel();
}

const FundProjectRecord* FundProjectsModel::project(int row) const
{
    return row >= 0 && row < m_projects.size() ? &m_projects[row] : nullptr;
}

int FundProjectsModel::rowOf(qint64 projectId) const
{
    for (int i = 0; i < m_projects.size(); ++i)
        if (m_projects[i].id == projectId)
            return i;
    return -1;
}

int FundProjectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int FundProjectsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundProjectsModel::data(const QModelIndex& index, int role) const
{
    const FundProjectRecord* p = project(index.row());
    if (!p || !index.isValid())
        return {};
    const bool overspent = p->spent > p->approved;
    if (role == Qt::ForegroundRole && overspent)
        return overdueBrush();
    if (role == Qt::ToolTipRole && overspent)
        return tr("Spent %1 yuan of %2 yuan approved").arg(yuanText(p->spent), yuanText(p->approved));
    if (role == Qt::TextAlignmentRole && index.column() >= Approved && index.column() <= Remaining)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return p->title;
    case Category:
        return p->category;
    case ApprovedOn:
        return p->approvedOn.toString(Qt::ISODate);
    case Approved:
        return yuanText(p->approved);
    case Spent:
        return yuanText(p->spent);
    case Remaining:
        return yuanText(p->remaining());
    case Status:
        return fundStatusName(p->status);
    default:
        return {};
    }
}

QVariant FundProjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Project");
    case Category:
        return tr("Category");
    case ApprovedOn:
        return tr("Approved on");
    case Approved:
        return tr("Approved");
    case Spent:
        return tr("Spent");
    case Remaining:
        return tr("Remaining");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void FundSpendingModel::setSpending(const QList<FundSpendingRecord>& spending)
{
    beginResetModel();
    m_spending = spending;
    endResetModel();
}

const FundSpendingRecord* FundSpendingModel::spending(int row) const
{
    return row >= 0 && row < m_spending.size() ? &m_spending[row] : nullptr;
}

int FundSpendingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spending.size());
}

int FundSpendingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FundSpendingModel::data(const QModelIndex& index, int role) const
{
    const FundSpendingRecord* s = spending(index.row());
    if (!s || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SpentOn:
        return s->spentOn.toString(Qt::ISODate);
    case Amount:
        return yuanText(s->amount);
    case Purpose:
        return s->purpose;
    case Payee:
        return s->payee;
    case ReceiptNo:
        return s->receiptNo;
    case Scan:
        return s->receipt.isEmpty() ? QString() : tr("Scan");
    default:
        return {};
    }
}

QVariant FundSpendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpentOn:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Purpose:
        return tr("Purpose");
    case Payee:
        return tr("Payee");
    case ReceiptNo:
        return tr("Receipt no.");
    case Scan:
        return tr("Receipt scan");
    default:
        return {};
    }
}

} // namespace partydesk
