#include "DuesLedgerModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace partydesk {

DuesLedgerModel::DuesLedgerModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void DuesLedgerModel::setLedger(const QList<DuesMemberYear>& rows, QDate currentMonth)
{
    beginResetModel();
    m_all = rows;
    m_currentMonth = currentMonth;
    refilter();
    endResetModel();
}

void DuesLedgerModel::setArrearsOnly(bool only)
{
    if (only == m_arrearsOnly)
        return;
    beginResetModel();
    m_arrearsOnly = only;
    refilter();
    endResetModel();
}

void DuesLedgerModel::refilter()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_arrearsOnly || m_all.at(i).unpaidMonths > 0)
            m_shown.append(i);
}

const DuesMemberYear* DuesLedgerModel::memberAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int DuesLedgerModel::rowOf(qint64 memberId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).memberId == memberId)
            return row;
    return -1;
}

int DuesLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int DuesLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuesLedgerModel::monthData(const DuesMemberYear& m, int i, int role) const
{
    const QDate month(m.year, i + 1, 1);
    const Fen owed = m.owed[i];
    const std::optional<DuesPayment>& paid = m.paid[i];
    const bool unpaidPast = owed >= 0 && !paid && month < m_currentMonth;
    switch (role) {
    case Qt::DisplayRole:
        if (paid)
            return yuanText(paid->amount);
        return owed >= 0 ? QVariant(yuanText(owed)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (unpaidPast)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (owed >= 0 && !paid)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        return unpaidPast ? QVariant(QBrush(QColor(0xfd, 0xe8, 0xe8))) : QVariant();
    case Qt::ToolTipRole:
        if (paid) {
            QString tip =
                tr("Paid %1 yuan on %2")
                    .arg(yuanText(paid->amount), QLocale().toString(paid->paidOn, QLocale::ShortFormat));
            if (!paid->receiptNo.isEmpty())
                tip += tr(", receipt %1").arg(paid->receiptNo);
            if (owed > paid->amount)
                tip += tr("; the dues are %1 yuan: %2 yuan short")
                           .arg(yuanText(owed), yuanText(owed - paid->amount));
            return tip;
        }
        if (owed >= 0)
            return unpaidPast ? tr("Not paid: %1 yuan owed").arg(yuanText(owed))
                              : tr("Dues of the month: %1 yuan").arg(yuanText(owed));
        return tr("No dues owed here this month");
    case MonthRole:
        return month;
    case UnpaidPastRole:
        return unpaidPast;
    default:
        return {};
    }
}

QVariant DuesLedgerModel::data(const QModelIndex& index, int role) const
{
    const DuesMemberYear* m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    if (role == MemberIdRole)
        return m->memberId;
    if (column >= FirstMonthColumn && column < OwedColumn)
        return monthData(*m, column - FirstMonthColumn, role);
    if (role == MonthRole)
        return QDate();
    if (role == UnpaidPastRole)
        return false;
    if (column == NameColumn) {
        if (role == Qt::DisplayRole)
            return m->name;
        if (role == Qt::ForegroundRole && m->inRed())
            return QBrush(QColor(0xc0, 0x00, 0x00));
        if (role == Qt::ToolTipRole && m->inRed())
            return tr("%n month(s) of dues unpaid: more than six months behind", nullptr, m->unpaidMonths);
        if (role == Qt::ToolTipRole && m->unpaidMonths > 0)
            return tr("%n month(s) of dues unpaid", nullptr, m->unpaidMonths);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == UnpaidColumn && m->inRed())
        return QBrush(QColor(0xc0, 0x00, 0x00));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OwedColumn:
        return yuanText(m->yearOwed);
    case PaidColumn:
        return yuanText(m->yearPaid);
    case OutstandingColumn:
        return yuanText(m->yearOutstanding);
    case UnpaidColumn:
        return m->unpaidMonths;
    default:
        return {};
    }
}

QVariant DuesLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstMonthColumn && section < OwedColumn)
        return tr("Month %1").arg(section - FirstMonthColumn + 1);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OwedColumn:
        return tr("Dues");
    case PaidColumn:
        return tr("Paid");
    case OutstandingColumn:
        return tr("Outstanding");
    case UnpaidColumn:
        return tr("Months unpaid");
    default:
        return {};
    }
}

} // namespace partydesk
