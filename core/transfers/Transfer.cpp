#include "Transfer.h"

#include <QCoreApplication>

namespace partydesk {

QString transferDirectionCode(TransferDirection direction)
{
    switch (direction) {
    case TransferDirection::Out:
        return QStringLiteral("out");
    case TransferDirection::In:
        return QStringLiteral("in");
    case TransferDirection::Within:
        return QStringLiteral("within");
    }
    return {};
}

bool transferDirectionFromCode(const QString& code, TransferDirection* direction)
{
    for (TransferDirection d : {TransferDirection::Out, TransferDirection::In, TransferDirection::Within})
        if (code == transferDirectionCode(d)) {
            *direction = d;
            return true;
        }
    return false;
}

QString transferDirectionLabel(TransferDirection direction)
{
    switch (direction) {
    case TransferDirection::Out:
        return QCoreApplication::translate("Transfer", "Transfer out");
    case TransferDirection::In:
        return QCoreApplication::translate("Transfer", "Transfer in");
    case TransferDirection::Within:
        return QCoreApplication::translate("Transfer", "Move between branches");
    }
    return {};
}

QDate receiptOverdueCutoff(QDate today)
{
    return today.addMonths(-receiptReminderMonths);
}

bool receiptOverdue(const Transfer& transfer, QDate today)
{
    return transfer.waitsForReceipt() && transfer.date.isValid() &&
           transfer.date <= receiptOverdueCutoff(today);
}

} // namespace partydesk
