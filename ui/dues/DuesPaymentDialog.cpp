#include "DuesPaymentDialog.h"

#include "dues/DuesService.h"
#include "DuesFields.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace partydesk {

DuesPaymentDialog::DuesPaymentDialog(DuesService& service, const DuesMemberYear& member, QDate month,
                                     QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_member(member)
{
    setObjectName(QStringLiteral("DuesPaymentDialog"));
    setWindowTitle(tr("Record dues paid by %1").arg(member.name));

    m_months = new QListWidget;
    m_months->setObjectName(QStringLiteral("months"));
    const QDate current = firstOfMonth(today);
    for (int i = 0; i < 12; ++i) {
        const QDate m(member.year, i + 1, 1);
        if (member.owed[i] < 0 || member.paid[i] || m > current)
            continue;
        auto* item =
            new QListWidgetItem(tr("%1: %2 yuan").arg(monthText(m), yuanText(member.owed[i])), m_months);
        item->setData(Qt::UserRole, m);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m == firstOfMonth(month) ? Qt::Checked : Qt::Unchecked);
    }
    m_months->setMaximumHeight(160);
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("amount"));
    m_paidOn = new DateField;
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setDate(today);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("method"));
    for (PaymentMethod method : {PaymentMethod::Cash, PaymentMethod::WeChat, PaymentMethod::Alipay,
                                 PaymentMethod::Bank, PaymentMethod::Other})
        m_method->addItem(paymentMethodName(method), int(method));
    m_receipt = new QLineEdit;
    m_receipt->setObjectName(QStringLiteral("receiptNo"));
    m_error = DuesFields::errorLabel();

    auto* form = new QFormLayout;
    form->addRow(tr("Months paid for"), m_months);
    form->addRow(tr("Amount (yuan)"), m_amount);
    form->addRow(tr("Paid on"), m_paidOn);
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Receipt no."), m_receipt);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DuesPaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DuesPaymentDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_months, &QListWidget::itemChanged, this, &DuesPaymentDialog::monthsChanged);
    monthsChanged();
}

QList<QDate> DuesPaymentDialog::checkedMonths() const
{
    QList<QDate> months;
    for (int i = 0; i < m_months->count(); ++i)
        if (m_months->item(i)->checkState() == Qt::Checked)
            months.append(m_months->item(i)->data(Qt::UserRole).toDate());
    return months;
}

void DuesPaymentDialog::monthsChanged()
{
    const QList<QDate> months = checkedMonths();
    m_amount->setEnabled(months.size() == 1);
    if (months.size() == 1) {
        m_amount->setText(yuanText(m_member.owed[months.first().month() - 1]));
        m_amount->setPlaceholderText({});
    } else {
        m_amount->clear();
        m_amount->setPlaceholderText(tr("each month's dues"));
    }
}

void DuesPaymentDialog::accept()
{
    const QList<QDate> months = checkedMonths();
    if (months.isEmpty()) {
        m_error->setText(tr("Tick the months paid for."));
        return;
    }
    if (!m_paidOn->isAcceptable()) {
        m_error->setText(tr("The day of payment is not a date."));
        return;
    }
    const auto method = static_cast<PaymentMethod>(m_method->currentData().toInt());
    ServiceResult result;
    if (months.size() == 1) {
        Fen amount = -1;
        if (!m_amount->text().trimmed().isEmpty() && !parseYuan(m_amount->text(), &amount)) {
            m_error->setText(tr("Enter the amount in yuan, e.g. 12.50."));
            return;
        }
        result = m_service.recordPayment(
            m_member.memberId, {months.first(), amount, m_paidOn->date(), method, m_receipt->text()});
    } else {
        result =
            m_service.recordPayments(m_member.memberId, months, m_paidOn->date(), method, m_receipt->text());
    }
    if (DuesFields::refused(m_error, result))
        return;
    QDialog::accept();
}

} // namespace partydesk
