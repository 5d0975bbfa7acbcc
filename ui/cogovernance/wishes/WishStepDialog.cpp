#include "WishStepDialog.h"

#include "cogovernance/WishService.h"
#include "domain/Organisation.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace partydesk {

WishStepDialog::WishStepDialog(WishService& service, const MicroWish& wish, Step step, QDate today,
                               QWidget* parent)
    : QDialog(parent), m_service(service), m_wish(wish), m_step(step)
{
    setObjectName(QStringLiteral("WishStepDialog"));
    switch (step) {
    case Step::Publish:
        setWindowTitle(tr("Publish the wish"));
        break;
    case Step::Claim:
        setWindowTitle(tr("Claim the wish"));
        break;
    case Step::Fulfil:
        setWindowTitle(tr("Wish fulfilled"));
        break;
    case Step::Withdraw:
        setWindowTitle(tr("Withdraw the wish"));
        break;
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Wish"), new QLabel(wish.wish));
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(today);
    form->addRow(tr("&Date"), m_date);
    if (step == Step::Claim) {
        m_byMember = new QRadioButton(tr("By a &member"));
        m_byMember->setObjectName(QStringLiteral("byMember"));
        m_byMember->setChecked(true);
        m_byUnit = new QRadioButton(tr("By a co-building &unit"));
        m_byUnit->setObjectName(QStringLiteral("byUnit"));
        auto* kinds = new QHBoxLayout;
        kinds->addWidget(m_byMember);
        kinds->addWidget(m_byUnit);
        form->addRow(kinds);
        m_search = new QLineEdit;
        m_search->setObjectName(QStringLiteral("memberSearch"));
        m_search->setPlaceholderText(tr("Type part of a name"));
        m_member = new QComboBox;
        m_member->setObjectName(QStringLiteral("member"));
        m_unit = new QComboBox;
        m_unit->setObjectName(QStringLiteral("unit"));
        m_unit->setEnabled(false);
        form->addRow(tr("&Search"), m_search);
        form->addRow(tr("Mem&ber"), m_member);
        form->addRow(tr("U&nit"), m_unit);
        connect(m_search, &QLineEdit::textChanged, this, &WishStepDialog::filterMembers);
        connect(m_byUnit, &QRadioButton::toggled, this, [this](bool unit) {
            m_unit->setEnabled(unit);
            m_member->setEnabled(!unit);
            m_search->setEnabled(!unit);
        });
    }
    if (step == Step::Fulfil || step == Step::Withdraw) {
        m_text = new QPlainTextEdit;
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setMaximumHeight(70);
        form->addRow(step == Step::Fulfil ? tr("Resident's &feedback") : tr("&Reason"), m_text);
    }
    if (step == Step::Fulfil) {
        m_satisfaction = new QComboBox;
        m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
        for (const QString& code : satisfactionCodes())
            m_satisfaction->addItem(satisfactionName(code), code);
        m_satisfaction->setCurrentIndex(1);
        form->addRow(tr("&Satisfaction"), m_satisfaction);
        auto* add = new QPushButton(tr("Add &photos…"));
        m_photos = new QLabel;
        auto* photoRow = new QHBoxLayout;
        photoRow->addWidget(add);
        photoRow->addWidget(m_photos, 1);
        form->addRow(tr("Photos"), photoRow);
        connect(add, &QPushButton::clicked, this, [this] {
            m_photoFiles += QFileDialog::getOpenFileNames(this, tr("Add photos"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png *.bmp)"));
            m_photos->setText(tr("%n photo(s)", nullptr, int(m_photoFiles.size())));
        });
    }
    m_error = new FieldErrorLabel;
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
}

void WishStepDialog::setCandidates(const QList<QPair<qint64, QString>>& members,
                                   const QList<CoBuildingUnit>& units)
{
    m_members = members;
    filterMembers(QString());
    if (m_unit)
        for (const CoBuildingUnit& unit : units)
            m_unit->addItem(unit.name, unit.id);
}

void WishStepDialog::filterMembers(const QString& text)
{
    if (!m_member)
        return;
    m_member->clear();
    for (const auto& [id, name] : m_members)
        if (text.trimmed().isEmpty() || name.contains(text.trimmed()))
            m_member->addItem(name, id);
}

void WishStepDialog::accept()
{
    if (!m_date->isAcceptable()) {
        m_error->showMessage(tr("Enter the date as 2026-11-15."));
        return;
    }
    const QDate date = m_date->date();
    ServiceResult result;
    switch (m_step) {
    case Step::Publish:
        result = m_service.publish(m_wish.id, date);
        break;
    case Step::Claim:
        result = m_byUnit->isChecked()
                     ? m_service.claimByUnit(m_wish.id, m_unit->currentData().toLongLong(), date)
                     : m_service.claimByMember(m_wish.id, m_member->currentData().toLongLong(), date);
        break;
    case Step::Fulfil:
        result = m_service.fulfil(m_wish.id, date, m_text->toPlainText(),
                                  m_satisfaction->currentData().toString());
        break;
    case Step::Withdraw:
        result = m_service.withdraw(m_wish.id, date, m_text->toPlainText());
        break;
    }
    if (!result.ok()) {
        m_error->showMessage(result.message);
        return;
    }
    QDialog::accept();
}

} // namespace partydesk
