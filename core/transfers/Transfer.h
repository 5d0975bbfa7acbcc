#pragma once

#include <QDate>
#include <QString>

namespace partydesk {

// 组织关系转接: which way a member's registration moved.
enum class TransferDirection
{
    Out,   // to an organisation outside the workspace: the member leaves the roster on the date
    In,    // from outside: the member joins a branch on the date
    Within // between two branches of the workspace
};

// One transfer (table `transfer`), with the member's name for lists.
struct Transfer
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString memberName;
    TransferDirection direction = TransferDirection::Out;
    QDate date;
    qint64 fromOrgId = 0; // 0: outside the workspace
    qint64 toOrgId = 0;
    QString counterpart; // the organisation outside: where to ('out') or where from ('in')
    QString letterNo;    // 介绍信编号
    QDate receiptOn;     // 'out': the receipt (回执) came back
    QString notes;

    bool waitsForReceipt() const { return direction == TransferDirection::Out && !receiptOn.isValid(); }
};

// 'out', 'in', 'within' as stored.
QString transferDirectionCode(TransferDirection direction);
bool transferDirectionFromCode(const QString& code, TransferDirection* direction);
// The direction in the user's language (转出, 转入, 党组织内调动).
QString transferDirectionLabel(TransferDirection direction);

// Months a receipt may take before the transfer is listed as waiting for it.
constexpr int receiptReminderMonths = 3;
// The last transfer date whose receipt is overdue on `today`: three calendar months before it
// (2026-11-15 → 2026-08-15; 2026-05-31 → 2026-02-28). A transfer out on that day or earlier without
// a receipt is waiting for it.
QDate receiptOverdueCutoff(QDate today);
// True when the transfer is out, has no receipt, and three calendar months have passed on `today`.
bool receiptOverdue(const Transfer& transfer, QDate today);

} // namespace partydesk
