#include "OrganisationForm.h"

#include "domain/Validation.h"
#include "FormButtons.h"
#include "FormFit.h"
#include "widgets/DateField.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>

namespace partydesk {

OrganisationForm::OrganisationForm(Workspace& workspace, const QList<Organisation>& organisations,
                                   const Organisation& org, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_organisations(organisations), m_original(org)
{
    setWindowTitle(org.id > 0 ? tr("Edit organisation: %1").arg(org.name) : tr("Add organisation"));
    setObjectName(QStringLiteral("OrganisationForm"));

    m_name = new QLineEdit(org.name);
    m_name->setObjectName(QStringLiteral("orgNameEdit"));
    m_name->setMaxLength(100);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("orgTypeCombo"));
    for (OrgType type : enumValues<OrgType>())
        m_type->addItem(enumLabel(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(org.type)));
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("orgParentCombo"));
    m_parent->addItem(tr("(top of the tree)"), 0);
    for (const Organisation& o : std::as_const(m_organisations))
        if (o.id != org.id && o.type != OrgType::PartyGroup)
            m_parent->addItem(o.name, o.id);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(org.parentId)));
    m_domain = new QComboBox;
    m_domain->setObjectName(QStringLiteral("orgDomainCombo"));
    for (OrgDomain domain : enumValues<OrgDomain>())
        m_domain->addItem(enumLabel(domain), int(domain));
    m_domain->setCurrentIndex(m_domain->findData(int(org.domain)));
    m_secretary = new QLineEdit(org.secretary);
    m_secretary->setObjectName(QStringLiteral("secretaryEdit"));
    m_deputy = new QLineEdit(org.deputySecretary);
    m_deputy->setObjectName(QStringLiteral("deputySecretaryEdit"));
    m_committee = new QLineEdit(org.committee);
    m_committee->setObjectName(QStringLiteral("committeeEdit"));
    m_committee->setPlaceholderText(tr("names separated by 、"));
    m_founded = new DateField;
    m_founded->setObjectName(QStringLiteral("foundedOnEdit"));
    m_founded->setDate(org.foundedOn);
    m_termStart = new DateField;
    m_termStart->setObjectName(QStringLiteral("termStartEdit"));
    m_termStart->setDate(org.termStart);
    m_termEnd = new DateField;
    m_termEnd->setObjectName(QStringLiteral("termEndEdit"));
    m_termEnd->setDate(org.termEnd);
    m_grid = new QComboBox;
    m_grid->setObjectName(QStringLiteral("orgGridCombo"));
    m_grid->addItem(tr("(no grid)"), 0);
    for (const Grid& grid : workspace.organisations().allGrids())
        m_grid->addItem(QStringLiteral("%1 %2").arg(grid.code, grid.name), grid.id);
    m_grid->setCurrentIndex(std::max(0, m_grid->findData(org.gridId)));
    m_address = new QLineEdit(org.address);
    m_address->setObjectName(QStringLiteral("orgAddressEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_errors.wrap(OrgField::name, m_name));
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Above it"), m_errors.wrap(OrgField::parent, m_parent));
    form->addRow(tr("Domain"), m_domain);
    form->addRow(tr("&Secretary"), m_secretary);
    form->addRow(tr("Deputy secretary"), m_deputy);
    form->addRow(tr("Committee members"), m_committee);
    form->addRow(tr("Founded on"), m_errors.wrap(OrgField::foundedOn, m_founded));
    form->addRow(tr("Term starts"), m_errors.wrap(OrgField::termStart, m_termStart));
    form->addRow(tr("Term ends"), m_errors.wrap(OrgField::termEnd, m_termEnd));
    form->addRow(tr("Grid"), m_grid);
    form->addRow(tr("Address"), m_address);

    connect(m_termStart, &QLineEdit::editingFinished, this, &OrganisationForm::suggestTermEnd);
    // Wide enough for a full name (党组织全称) without the dialog being set to a fixed size.
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 40);
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        Organisation org;
        return problems(&org);
    });
    m_unsaved.remember(this);
}

// A community committee serves 5 years, a branch 3: fill the end when only the start is known.
void OrganisationForm::suggestTermEnd()
{
    const QDate start = m_termStart->date();
    if (start.isValid() && m_termEnd->text().trimmed().isEmpty())
        m_termEnd->setDate(start.addYears(termYears(OrgType(m_type->currentData().toInt()))));
}

Organisation OrganisationForm::collect() const
{
    Organisation org = m_original;
    org.name = m_name->text().trimmed();
    org.type = OrgType(m_type->currentData().toInt());
    org.parentId = m_parent->currentData().toLongLong();
    org.domain = OrgDomain(m_domain->currentData().toInt());
    org.secretary = m_secretary->text();
    org.deputySecretary = m_deputy->text();
    org.committee = m_committee->text();
    org.foundedOn = m_founded->date();
    org.termStart = m_termStart->date();
    org.termEnd = m_termEnd->date();
    org.gridId = m_grid->currentData().toLongLong();
    org.address = m_address->text();
    return org;
}

FieldErrors OrganisationForm::problems(Organisation* org) const
{
    *org = collect();
    FieldErrors errors;
    const QList<QPair<DateField*, QString>> dates = {
        {m_founded, OrgField::foundedOn}, {m_termStart, OrgField::termStart}, {m_termEnd, OrgField::termEnd}};
    for (const auto& [field, name] : dates)
        if (!field->isAcceptable())
            errors.append(
                {name, tr("\"%1\" is not a date: type it as 2020-05-01.").arg(field->text().trimmed())});
    for (const FieldError& e : m_workspace.organisationService().checkOrganisation(*org))
        if (messageFor(errors, e.field).isEmpty())
            errors.append(e);
    return errors;
}

bool OrganisationForm::save()
{
    Organisation org;
    const FieldErrors errors = problems(&org);
    if (QWidget* first = m_errors.show(errors)) {
        first->setFocus();
        return false;
    }
    const ServiceResult result = m_workspace.organisationService().saveOrganisation(org);
    if (!result.ok()) {
        if (QWidget* first = m_errors.show(result.errors)) {
            first->setFocus();
            return false;
        }
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The organisation could not be saved: %1").arg(result.message));
        return false;
    }
    m_savedId = result.id;
    return true;
}

void OrganisationForm::accept()
{
    if (save())
        QDialog::accept();
}

void OrganisationForm::reject()
{
    if (m_unsaved.confirmClose(this))
        QDialog::reject();
}

} // namespace partydesk
