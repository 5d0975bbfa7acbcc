#include "DuesBaseDialog.h"

#include "dues/DuesService.h"
#include "DuesFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

DuesBaseDialog::DuesBaseDialog(DuesService& service, qint64 memberId, const QString& name, QDate month,
                               QWidget* parent)
    : QDialog(parent), m_service(service), m_memberId(memberId)
{
    setObjectName(QStringLiteral("DuesBaseDialog"));
    setWindowTitle(tr("Dues base of %1").arg(name));
    m_bases = new QListWidget;
    m_bases->setObjectName(QStringLiteral("bases"));
    m_month = new QLineEdit(monthText(firstOfMonth(month)));
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setPlaceholderText(QStringLiteral("2026-01"));
    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("basis"));
    for (DuesBasis basis :
         {DuesBasis::InWork, DuesBasis::Retired, DuesBasis::FixedMinimum, DuesBasis::Farmer})
        m_basis->addItem(duesBasisName(basis), int(basis));
    m_income = new QLineEdit;
    m_income->setObjectName(QStringLiteral("income"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_error = DuesFields::errorLabel();

    auto* form = new QFormLayout;
    form->addRow(tr("From month (YYYY-MM)"), m_month);
    form->addRow(tr("Basis"), m_basis);
    form->addRow(tr("Monthly income after tax, pension or farmer's sum (yuan)"), m_income);
    form->addRow(tr("Note"), m_note);
    auto* save = new QPushButton(tr("&Save base"));
    save->setObjectName(QStringLiteral("saveBase"));
    auto* remove = new QPushButton(tr("&Remove the selected base"));
    connect(save, &QPushButton::clicked, this, &DuesBaseDialog::save);
    connect(remove, &QPushButton::clicked, this, &DuesBaseDialog::removeSelected);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &DuesBaseDialog::basisChanged);
    auto* actions = new QHBoxLayout;
    actions->addWidget(save);
    actions->addWidget(remove);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Bases recorded (each applies from its month until the next)")));
    layout->addWidget(m_bases);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(DuesFields::closeButton(this));
    reload();
    basisChanged();
}

void DuesBaseDialog::reload()
{
    m_bases->clear();
    for (const DuesBase& base : m_service.repository().bases(m_memberId)) {
        const bool byIncome = base.basis == DuesBasis::InWork || base.basis == DuesBasis::Retired ||
                              base.basis == DuesBasis::Farmer;
        auto* item = new QListWidgetItem(
            byIncome ? tr("from %1: %2, %3 yuan")
                           .arg(monthText(base.validFrom), duesBasisName(base.basis), yuanText(base.income))
                     : tr("from %1: %2").arg(monthText(base.validFrom), duesBasisName(base.basis)),
            m_bases);
        item->setData(Qt::UserRole, base.validFrom);
    }
}

void DuesBaseDialog::basisChanged()
{
    const auto basis = static_cast<DuesBasis>(m_basis->currentData().toInt());
    m_income->setEnabled(basis != DuesBasis::FixedMinimum);
}

void DuesBaseDialog::save()
{
    const QDate month = monthFromText(m_month->text().trimmed());
    if (!month.isValid()) {
        m_error->setText(tr("Enter the month as YYYY-MM, e.g. 2026-01."));
        return;
    }
    const auto basis = static_cast<DuesBasis>(m_basis->currentData().toInt());
    Fen income = 0;
    if (basis != DuesBasis::FixedMinimum && !parseYuan(m_income->text(), &income)) {
        m_error->setText(tr("Enter the amount in yuan, e.g. 4500 or 4500.50."));
        return;
    }
    if (DuesFields::refused(m_error, m_service.setBase(m_memberId, month, basis, income, m_note->text())))
        return;
    m_error->clear();
    m_changed = true;
    reload();
}

void DuesBaseDialog::removeSelected()
{
    QListWidgetItem* item = m_bases->currentItem();
    if (!item)
        return;
    if (DuesFields::refused(m_error, m_service.removeBase(m_memberId, item->data(Qt::UserRole).toDate())))
        return;
    m_changed = true;
    reload();
}

} // namespace partydesk
