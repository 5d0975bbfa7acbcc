#include "WishForm.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/WishService.h"
#include "dues/DuesRecords.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "repository/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace partydesk {

WishForm::WishForm(WishService& service, const QList<Organisation>& organisations,
                   const QList<qint64>& branches, const MicroWish& wish, QDate today, QWidget* parent)
    : QDialog(parent), m_service(service), m_organisations(organisations), m_wish(wish)
{
    setObjectName(QStringLiteral("WishForm"));
    setWindowTitle(wish.id ? tr("Micro-wish") : tr("New micro-wish"));
    m_branch = new QComboBox;
    m_branch->setObjectName(QStringLiteral("branch"));
    for (const Organisation& org : organisations)
        if (branches.contains(org.id))
            m_branch->addItem(org.name, org.id);
    m_branch->setCurrentIndex(std::max(0, m_branch->findData(wish.orgId)));
    m_grid = new QComboBox;
    m_grid->setObjectName(QStringLiteral("grid"));
    m_resident = new QLineEdit(wish.residentName);
    m_resident->setObjectName(QStringLiteral("resident"));
    m_contact = new QLineEdit(wish.residentContact);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_address = new QLineEdit(wish.residentAddress);
    m_text = new QLineEdit(wish.wish);
    m_text->setObjectName(QStringLiteral("wish"));
    m_category = new QComboBox;
    m_category->setEditable(true);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItems(suggestedWishCategories());
    m_category->setCurrentText(wish.category);
    m_cost = new QLineEdit(wish.estimatedCost ? yuanText(wish.estimatedCost) : QString());
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setPlaceholderText(QStringLiteral("0.00"));
    m_wishedOn = new DateField;
    m_wishedOn->setObjectName(QStringLiteral("wishedOn"));
    m_wishedOn->setDate(wish.wishedOn.isValid() ? wish.wishedOn : today);
    m_notes = new QPlainTextEdit(wish.notes);
    m_notes->setMaximumHeight(60);
    m_error = new FieldErrorLabel;

    auto* form = new QFormLayout;
    form->addRow(tr("&Branch"), m_branch);
    form->addRow(tr("&Grid"), m_grid);
    form->addRow(tr("&Resident"), m_resident);
    form->addRow(tr("C&ontact"), m_contact);
    form->addRow(tr("A&ddress"), m_address);
    form->addRow(tr("&Wish"), m_text);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("Estimated cost (&yuan)"), m_cost);
    form->addRow(tr("W&ished on"), m_wishedOn);
    form->addRow(tr("&Notes"), m_notes);
    auto* layout = new QVBoxLayout(this);
    keepSizedToContent(this); // grows with its messages, within the screen
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(saveCancelButtons(this));
    fillGrids();
    m_grid->setCurrentIndex(std::max(0, m_grid->findData(wish.gridId)));
    connect(m_branch, &QComboBox::currentIndexChanged, this, &WishForm::fillGrids);
}

void WishForm::fillGrids()
{
    const qint64 kept = m_grid->currentData().toLongLong();
    m_grid->clear();
    m_grid->addItem(tr("(none)"), 0);
    const qint64 branch = m_branch->currentData().toLongLong();
    qint64 own = 0;
    for (const Organisation& org : m_organisations)
        if (org.id == branch)
            own = org.gridId;
    // The grids of the branch's community, read from the tree's organisations' repository.
    const qint64 community = committeeOf(m_organisations, branch);
    for (const Grid& grid : m_service.organisations().grids(community))
        m_grid->addItem(grid.name, grid.id);
    const int keep = m_grid->findData(kept ? kept : own);
    m_grid->setCurrentIndex(std::max(0, keep));
}

void WishForm::accept()
{
    MicroWish w = m_wish;
    w.orgId = m_branch->currentData().toLongLong();
    w.gridId = m_grid->currentData().toLongLong();
    w.residentName = m_resident->text();
    w.residentContact = m_contact->text();
    w.residentAddress = m_address->text();
    w.wish = m_text->text();
    w.category = m_category->currentText();
    w.notes = m_notes->toPlainText();
    w.wishedOn = m_wishedOn->date();
    Fen cost = 0;
    if (!m_cost->text().trimmed().isEmpty() && !parseYuan(m_cost->text(), &cost)) {
        m_error->showMessage(tr("Enter the cost in yuan, as 25 or 25.50."));
        m_cost->setFocus();
        return;
    }
    w.estimatedCost = cost;
    if (!m_wishedOn->isAcceptable()) {
        m_error->showMessage(tr("Enter the date as 2026-11-15."));
        m_wishedOn->setFocus();
        return;
    }
    const ServiceResult saved = m_service.save(w);
    if (!saved.ok()) {
        m_error->showMessage(saved.message);
        const QHash<QString, QWidget*> fields = {
            {WishField::resident, m_resident}, {WishField::wish, m_text}, {WishField::branch, m_branch},
            {WishField::grid, m_grid},         {WishField::cost, m_cost}, {WishField::wishedOn, m_wishedOn}};
        if (QWidget* field = fields.value(saved.field))
            field->setFocus();
        return;
    }
    m_savedId = saved.id;
    QDialog::accept();
}

} // namespace partydesk
