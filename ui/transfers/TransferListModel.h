#pragma once

#include "transfers/Transfer.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace partydesk {

// The transfers page's list: one row per transfer, newest first (as read). A transfer out without
// its receipt three calendar months on shows "no receipt" in red with a tooltip saying why.
class TransferListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        NameColumn,
        DirectionColumn,
        FromColumn,
        ToColumn,
        LetterColumn,
        ReceiptColumn,
        ColumnCount
    };
    enum Role
    {
        TransferIdRole = Qt::UserRole + 1,
        MemberIdRole
    };

    explicit TransferListModel(QObject* parent = nullptr);

    // `orgNames`: display names of the workspace's organisations; `today` decides what is overdue.
    void setTransfers(const QList<Transfer>& transfers, const QHash<qint64, QString>& orgNames, QDate today);
    const Transfer* transferAt(int row) const;
    int rowOf(qint64 transferId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString from(const Transfer& t) const;
    QString to(const Transfer& t) const;

    QList<Transfer> m_transfers;
    QHash<qint64, QString> m_orgNames;
    QDate m_today;
};

} // namespace partydesk
