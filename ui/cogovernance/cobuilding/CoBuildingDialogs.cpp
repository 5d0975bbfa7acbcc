#include "CoBuildingDialogs.h"

#include "cogovernance/CoBuildingService.h"
#include "dues/DuesRecords.h"
#include "forms/FormButtons.h"
#include "forms/FormFit.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace partydesk {

namespace {

QLineEdit* lineEdit(const QString& text, const char* name)
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

DateField* dateField(QDate date, const char* name)
{
    auto* field = new DateField;
    field->setObjectName(QString::fromLatin1(name));
    field->setDate(date);
    return field;
}

QComboBox* unitCombo(const QList<CoBuildingUnit>& units, qint64 selected, bool allowNone, const char* name)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QString::fromLatin1(name));
    if (allowNone)
        combo->addItem(QString(), qint64(0));
    for (const CoBuildingUnit& unit : units)
        combo->addItem(unit.name, unit.id);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
    return combo;
}

QListWidget* checkList(const QList<QPair<qint64, QString>>& items, const QList<qint64>& checked,
                       const char* name)
{
    auto* list = new QListWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setMaximumHeight(110);
    for (const auto& [id, text] : items) {
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    return list;
}

QList<qint64> checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

// The date fields' own mistakes (text that is not a date), before the service's rules.
void checkDates(FieldErrors& errors, const QList<QPair<QString, DateField*>>& fields)
{
    for (const auto& [field, edit] : fields)
        if (!edit->isAcceptable())
            errors.append({field, QCoreApplication::translate("CoBuildingDialogs",
                                                              "\"%1\" is not a date: type it as 2020-05-01.")
                                      .arg(edit->text())});
}

// The typing mistakes, then the service's rules for the fields without one; a problem of the
// committee (chosen by the page) is shown on `fallbackField`.
FieldErrors merged(FieldErrors typing, const FieldErrors& rules, const QString& fallbackField)
{
    for (FieldError error : rules) {
        if (error.field == CoBuildingField::committee)
            error.field = fallbackField;
        if (messageFor(typing, error.field).isEmpty())
            typing.append(error);
    }
    return typing;
}

bool showResult(FieldErrorsView& view, FieldErrors errors, const ServiceResult* result,
                const QString& fallbackField)
{
    if (result && errors.isEmpty()) {
        if (!result->errors.isEmpty())
            errors = result->errors;
        else if (!result->ok())
            errors.append(
                {fallbackField,
                 QCoreApplication::translate("CoBuildingDialogs", "Not saved: %1").arg(result->message)});
    }
    for (FieldError& error : errors)
        if (error.field == CoBuildingField::committee)
            error.field = fallbackField; // the page chose the committee: shown on the first field
    if (QWidget* first = view.show(errors))
        first->setFocus();
    return errors.isEmpty();
}

} // namespace

NeedDialog::NeedDialog(CoBuildingService& service, const CogovNeed& need, QWidget* parent)
    : QDialog(parent), m_service(service), m_need(need)
{
    setWindowTitle(need.id > 0 ? tr("Edit need") : tr("New need"));
    m_title = lineEdit(need.title, "needTitleEdit");
    m_category = lineEdit(need.category, "needCategoryEdit");
    m_category->setPlaceholderText(tr("e.g. facilities, care for the elderly, safety"));
    m_source = lineEdit(need.source, "needSourceEdit");
    m_source->setPlaceholderText(tr("e.g. home visits, grid, residents' council"));
    m_raised = dateField(need.raisedOn, "needRaisedEdit");
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("needStatusCombo"));
    // Open stands for "open or matched": whether a project takes it on decides.
    m_status->addItem(need.status == NeedStatus::matched ? needStatusName(NeedStatus::matched)
                                                         : needStatusName(NeedStatus::open),
                      need.status == NeedStatus::matched ? NeedStatus::matched : NeedStatus::open);
    m_status->addItem(needStatusName(NeedStatus::met), NeedStatus::met);
    m_status->addItem(needStatusName(NeedStatus::dropped), NeedStatus::dropped);
    m_status->setCurrentIndex(std::max(0, m_status->findData(need.status)));
    m_closed = dateField(need.closedOn, "needClosedEdit");
    m_detail = new QPlainTextEdit(need.detail);
    m_detail->setMaximumHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Need"), m_errors.wrap(CoBuildingField::title, m_title));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Heard through"), m_source);
    form->addRow(tr("&Raised on"), m_errors.wrap(CoBuildingField::raisedOn, m_raised));
    form->addRow(tr("&Status"), m_errors.wrap(CoBuildingField::status, m_status));
    form->addRow(tr("Met or dropped on"), m_errors.wrap(CoBuildingField::closedOn, m_closed));
    form->addRow(tr("Detail"), m_detail);
    if (!need.projectTitles.isEmpty())
        form->addRow(tr("Taken on by"), new QLabel(need.projectTitles.join(QStringLiteral("；"))));
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        CogovNeed record;
        return problems(&record);
    });
}

FieldErrors NeedDialog::problems(CogovNeed* need) const
{
    FieldErrors typing;
    checkDates(typing, {{CoBuildingField::raisedOn, m_raised}, {CoBuildingField::closedOn, m_closed}});
    CogovNeed& n = *need;
    n = m_need;
    n.title = m_title->text();
    n.category = m_category->text();
    n.source = m_source->text();
    n.raisedOn = m_raised->date();
    n.status = m_status->currentData().toString();
    n.closedOn = m_closed->date();
    n.detail = m_detail->toPlainText();
    return merged(typing, m_service.checkNeed(n), CoBuildingField::title);
}

void NeedDialog::accept()
{
    CogovNeed n;
    const FieldErrors errors = problems(&n);
    ServiceResult result;
    if (errors.isEmpty())
        result = m_service.saveNeed(n);
    if (showResult(m_errors, errors, errors.isEmpty() ? &result : nullptr, CoBuildingField::title)) {
        m_savedId = result.id;
        QDialog::accept();
    }
}

ResourceDialog::ResourceDialog(CoBuildingService& service, const QList<CoBuildingUnit>& units,
                               const CogovResource& resource, QWidget* parent)
    : QDialog(parent), m_service(service), m_resource(resource)
{
    setWindowTitle(resource.id > 0 ? tr("Edit resource") : tr("New resource"));
    m_unit = unitCombo(units, resource.unitId, false, "resourceUnitCombo");
    m_title = lineEdit(resource.title, "resourceTitleEdit");
    m_category = lineEdit(resource.category, "resourceCategoryEdit");
    m_offered = dateField(resource.offeredOn, "resourceOfferedEdit");
    m_withdrawn = dateField(resource.withdrawnOn, "resourceWithdrawnEdit");
    m_detail = new QPlainTextEdit(resource.detail);
    m_detail->setMaximumHeight(80);
    auto* form = new QFormLayout;
    form->addRow(tr("&Unit"), m_errors.wrap(CoBuildingField::unit, m_unit));
    form->addRow(tr("&Resource"), m_errors.wrap(CoBuildingField::title, m_title));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("&Offered on"), m_errors.wrap(CoBuildingField::offeredOn, m_offered));
    form->addRow(tr("Withdrawn on"), m_errors.wrap(CoBuildingField::withdrawnOn, m_withdrawn));
    form->addRow(tr("Detail"), m_detail);
    if (!resource.projectTitles.isEmpty())
        form->addRow(tr("Used by"), new QLabel(resource.projectTitles.join(QStringLiteral("；"))));
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        CogovResource record;
        return problems(&record);
    });
}

FieldErrors ResourceDialog::problems(CogovResource* resource) const
{
    FieldErrors typing;
    checkDates(typing,
               {{CoBuildingField::offeredOn, m_offered}, {CoBuildingField::withdrawnOn, m_withdrawn}});
    CogovResource& r = *resource;
    r = m_resource;
    r.unitId = m_unit->currentData().toLongLong();
    r.title = m_title->text();
    r.category = m_category->text();
    r.offeredOn = m_offered->date();
    r.withdrawnOn = m_withdrawn->date();
    r.detail = m_detail->toPlainText();
    return merged(typing, m_service.checkResource(r), CoBuildingField::title);
}

void ResourceDialog::accept()
{
    CogovResource r;
    const FieldErrors errors = problems(&r);
    ServiceResult result;
    if (errors.isEmpty())
        result = m_service.saveResource(r);
    if (showResult(m_errors, errors, errors.isEmpty() ? &result : nullptr, CoBuildingField::title)) {
        m_savedId = result.id;
        QDialog::accept();
    }
}

ProjectDialog::ProjectDialog(CoBuildingService& service, const QList<CoBuildingUnit>& units,
                             const QList<CogovNeed>& needs, const QList<CogovResource>& resources,
                             const CogovProject& project, QWidget* parent)
    : QDialog(parent), m_service(service), m_project(project)
{
    setWindowTitle(project.id > 0 ? tr("Edit project") : tr("New project"));
    m_title = lineEdit(project.title, "projectTitleEdit");
    m_category = lineEdit(project.category, "projectCategoryEdit");
    m_lead = unitCombo(units, project.leadUnitId, true, "projectLeadCombo");
    m_leadPerson = lineEdit(project.leadPerson, "projectLeadPersonEdit");
    m_budget = lineEdit(yuanText(project.budget), "projectBudgetEdit");
    m_starts = dateField(project.startsOn, "projectStartsEdit");
    m_due = dateField(project.dueOn, "projectDueEdit");
    m_finished = dateField(project.finishedOn, "projectFinishedEdit");
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("projectStatusCombo"));
    for (const QString& status : projectStatuses())
        m_status->addItem(projectStatusName(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(project.status)));
    m_results = new QPlainTextEdit(project.results);
    m_results->setObjectName(QStringLiteral("projectResultsEdit"));
    m_results->setMaximumHeight(60);
    QList<QPair<qint64, QString>> unitItems, needItems, resourceItems;
    for (const CoBuildingUnit& unit : units)
        unitItems << qMakePair(unit.id, unit.name);
    for (const CogovNeed& need : needs)
        needItems << qMakePair(need.id,
                               QStringLiteral("%1（%2）").arg(need.title, needStatusName(need.status)));
    for (const CogovResource& resource : resources)
        resourceItems << qMakePair(resource.id,
                                   QStringLiteral("%1（%2）").arg(resource.title, resource.unitName));
    m_units = checkList(unitItems, project.unitIds, "projectUnitsList");
    m_needs = checkList(needItems, project.needIds, "projectNeedsList");
    m_resources = checkList(resourceItems, project.resourceIds, "projectResourcesList");

    auto* dates = new QHBoxLayout;
    dates->addWidget(m_errors.wrap(CoBuildingField::startsOn, m_starts));
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_errors.wrap(CoBuildingField::dueOn, m_due));
    auto* form = new QFormLayout;
    form->addRow(tr("&Project"), m_errors.wrap(CoBuildingField::title, m_title));
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("&Lead unit"), m_errors.wrap(CoBuildingField::leadUnit, m_lead));
    form->addRow(tr("Lead person"), m_leadPerson);
    form->addRow(tr("&Budget (yuan)"), m_errors.wrap(CoBuildingField::budget, m_budget));
    form->addRow(tr("Starts, due"), dates);
    form->addRow(tr("&Status"), m_errors.wrap(CoBuildingField::status, m_status));
    form->addRow(tr("Finished on"), m_errors.wrap(CoBuildingField::finishedOn, m_finished));
    form->addRow(tr("Results"), m_errors.wrap(CoBuildingField::results, m_results));
    form->addRow(tr("Units taking part"), m_units);
    form->addRow(tr("Needs it meets"), m_errors.wrap(CoBuildingField::links, m_needs));
    form->addRow(tr("Resources it uses"), m_resources);
    setFormLayout(this, form, saveCancelButtons(this));
    m_errors.checkOnLeave([this] {
        CogovProject record;
        return problems(&record);
    });
}

FieldErrors ProjectDialog::problems(CogovProject* project) const
{
    FieldErrors errors;
    checkDates(errors, {{CoBuildingField::startsOn, m_starts},
                        {CoBuildingField::dueOn, m_due},
                        {CoBuildingField::finishedOn, m_finished}});
    CogovProject& p = *project;
    p = m_project;
    p.title = m_title->text();
    p.category = m_category->text();
    p.leadUnitId = m_lead->currentData().toLongLong();
    p.leadPerson = m_leadPerson->text();
    if (!parseYuan(m_budget->text().trimmed().isEmpty() ? QStringLiteral("0") : m_budget->text().trimmed(),
                   &p.budget))
        errors.append({CoBuildingField::budget, tr("Type the budget in yuan, e.g. 12000 or 12000.50.")});
    p.startsOn = m_starts->date();
    p.dueOn = m_due->date();
    p.finishedOn = m_finished->date();
    p.status = m_status->currentData().toString();
    p.results = m_results->toPlainText();
    p.unitIds = checkedIds(m_units);
    p.needIds = checkedIds(m_needs);
    p.resourceIds = checkedIds(m_resources);
    return merged(errors, m_service.checkProject(p), CoBuildingField::title);
}

void ProjectDialog::accept()
{
    CogovProject p;
    const FieldErrors errors = problems(&p);
    ServiceResult result;
    if (errors.isEmpty())
        result = m_service.saveProject(p);
    if (showResult(m_errors, errors, errors.isEmpty() ? &result : nullptr, CoBuildingField::title)) {
        m_savedId = result.id;
        QDialog::accept();
    }
}

} // namespace partydesk
