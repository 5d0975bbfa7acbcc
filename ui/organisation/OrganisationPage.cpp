#include "OrganisationPage.h"

#include "domain/DerivedFacts.h"
#include "forms/CoBuildingUnitForm.h"
#include "forms/GridForm.h"
#include "forms/OrganisationForm.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "undo/ConfirmDeletion.h"
#include "undo/RecordCommands.h"
#include "undo/UndoHistory.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    ColumnFitter::attach(t);
    t->setAlternatingRowColors(true);
    return t;
}

void fillRow(QTableWidget* t, int row, const QStringList& values)
{
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values[c]));
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

OrganisationPage::OrganisationPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("OrganisationPage"));
    HelpTopics::setTopic(this, QStringLiteral("organisation"));
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("orgWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; padding: 6px;"));

    m_edit = new QPushButton(tr("&Edit organisation"));
    m_delete = new QPushButton(tr("&Delete organisation"));
    m_delete->setObjectName(QStringLiteral("deleteOrganisationButton"));
    PageCommands::offer(m_delete, PageCommand::Delete);
    auto* add = new QPushButton(tr("Add organisation &below"));
    add->setObjectName(QStringLiteral("addOrganisationButton"));
    PageCommands::offer(add, PageCommand::New);
    m_addGrid = new QPushButton(tr("Add &grid"));
    m_addGrid->setObjectName(QStringLiteral("addGridButton"));
    m_addUnit = new QPushButton(tr("Add co-building &unit"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_edit);
    header->addWidget(m_delete);
    header->addWidget(add);
    header->addWidget(m_addGrid);
    header->addWidget(m_addUnit);

    m_details = new QFormLayout;
    m_gridsTitle = new QLabel(tr("Grids and their heads (double-click a row to edit)"));
    m_grids = table({tr("Code"), tr("Grid"), tr("Buildings"), tr("Grid head"), tr("Street head"),
                     tr("Lane head"), tr("Building head"), tr("Unit head")});
    m_unitsTitle = new QLabel(tr("Co-building units (double-click a row to edit)"));
    m_units = table({tr("Unit"), tr("Kind"), tr("Contact"), tr("Phone"), tr("Joined"), tr("Left")});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_warnings);
    layout->addLayout(m_details);
    layout->addWidget(m_gridsTitle);
    layout->addWidget(m_grids, 1);
    layout->addWidget(m_unitsTitle);
    layout->addWidget(m_units, 1);
    layout->addStretch();

    connect(m_edit, &QPushButton::clicked, this, &OrganisationPage::editOrganisation);
    connect(m_delete, &QPushButton::clicked, this, &OrganisationPage::deleteOrganisation);
    connect(add, &QPushButton::clicked, this, &OrganisationPage::addOrganisation);
    connect(m_addGrid, &QPushButton::clicked, this, &OrganisationPage::addGrid);
    connect(m_addUnit, &QPushButton::clicked, this, &OrganisationPage::addCoBuildingUnit);
    connect(m_grids, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editGrid(row); });
    connect(m_units, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { editCoBuildingUnit(row); });
}

void OrganisationPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    showDetails();
}

QStringList OrganisationPage::warnings() const
{
    QStringList list;
    const Organisation* org = m_tree.organisation(m_orgId);
    if (!org)
        return list;
    const QDate today = m_workspace.clock().today();
    switch (termState(*org, today)) {
    case TermState::Expired:
        list << tr("The committee's term ended on %1: the election (换届) is overdue.")
                    .arg(dateText(org->termEnd));
        break;
    case TermState::ExpiringSoon:
        list << tr("The committee's term ends on %1, in %2 days: prepare the election (换届).")
                    .arg(dateText(org->termEnd))
                    .arg(today.daysTo(org->termEnd));
        break;
    default:
        break;
    }
    if (isBranchLevel(org->type) && org->type != OrgType::PartyGroup) {
        const QHash<qint64, int> full = m_workspace.organisations().fullMemberCounts();
        int fullMembers = 0;
        for (qint64 id : m_tree.subtree(m_orgId))
            fullMembers += full.value(id);
        if (fullMembers < 3)
            list << tr("A branch needs at least 3 full members; this one has %1.").arg(fullMembers);
        if (m_tree.subtreeCounts(m_orgId).partyMembers() >= 7 && org->committee.trimmed().isEmpty())
            list << tr(
                "With 7 or more members the branch elects a committee; no committee members are recorded.");
    }
    return list;
}

void OrganisationPage::showDetails()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    const Organisation* org = m_tree.organisation(m_orgId);
    m_edit->setEnabled(org != nullptr);
    m_delete->setEnabled(org != nullptr);
    const bool community = org && isCommunityCommittee(org->type);
    m_addGrid->setVisible(community);
    m_addUnit->setVisible(community && org->type != OrgType::CommunityCommittee);
    m_title->setText(org ? org->name : tr("Choose an organisation in the tree"));
    const QStringList warningList = warnings();
    m_warnings->setText(warningList.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warningList.isEmpty());
    if (!org) {
        m_grids->setRowCount(0);
        m_units->setRowCount(0);
        return;
    }
    const Organisation* parent = m_tree.organisation(org->parentId);
    const auto add = [&](const QString& label, const QString& value) {
        auto* valueLabel = new QLabel(value.isEmpty() ? tr("—") : value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setWordWrap(true);
        m_details->addRow(label, valueLabel);
        return valueLabel;
    };
    add(tr("Type"), enumLabel(org->type));
    add(tr("Above it"), parent ? parent->name : QString());
    add(tr("Domain"), enumLabel(org->domain));
    add(tr("Secretary"), org->secretary);
    add(tr("Deputy secretary"), org->deputySecretary);
    add(tr("Committee members"), org->committee);
    add(tr("Founded on"), dateText(org->foundedOn));
    add(tr("Term"), org->termStart.isValid() || org->termEnd.isValid()
                        ? tr("%1 to %2").arg(dateText(org->termStart), dateText(org->termEnd))
                        : QString());
    add(tr("Members on the roster"), describeMemberCounts(m_tree.subtreeCounts(m_orgId)))
        ->setObjectName(QStringLiteral("memberCounts"));

    m_gridList = m_workspace.organisations().grids(m_orgId);
    const QList<Grid>& grids = m_gridList;
    m_grids->setRowCount(int(grids.size()));
    for (int i = 0; i < grids.size(); ++i) {
        const Grid& g = grids[i];
        fillRow(
            m_grids, i,
            {g.code, g.name, g.buildings, g.gridHead, g.streetHead, g.laneHead, g.buildingHead, g.unitHead});
    }
    m_grids->setVisible(!grids.isEmpty() || community);
    m_gridsTitle->setVisible(!grids.isEmpty() || community);

    m_unitList = m_workspace.organisations().coBuildingUnits(m_orgId);
    const QList<CoBuildingUnit>& units = m_unitList;
    m_units->setRowCount(int(units.size()));
    for (int i = 0; i < units.size(); ++i) {
        const CoBuildingUnit& u = units[i];
        fillRow(m_units, i,
                {u.name, u.kind, u.contactPerson, u.phone, dateText(u.joinedOn), dateText(u.leftOn)});
    }
    m_units->setVisible(!units.isEmpty() || m_addUnit->isVisibleTo(this));
    m_unitsTitle->setVisible(!units.isEmpty() || m_addUnit->isVisibleTo(this));
}

void OrganisationPage::editOrganisation()
{
    const Organisation* org = m_tree.organisation(m_orgId);
    if (!org)
        return;
    const RowSnapshot before = m_workspace.organisationService().record(org->id, false);
    OrganisationForm form(m_workspace, m_tree.organisations(), *org, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const RowSnapshot after = m_workspace.organisationService().record(form.savedId(), false);
    if (m_undo && !after.sameRowsAs(before)) // a save that changed nothing is no step
        m_undo->push(new OrganisationCommand(*m_undo, false, m_workspace.organisations().get(form.savedId()).name,
                                             before, after));
    emit organisationsChanged(form.savedId());
}

void OrganisationPage::addOrganisation()
{
    Organisation org;
    const Organisation* parent = m_tree.organisation(m_orgId);
    if (parent) {
        org.parentId = parent->id;
        org.domain = parent->domain;
        org.type = isBranchLevel(parent->type) ? OrgType::PartyGroup : OrgType::GridBranch;
        if (parent->type == OrgType::StreetCommittee)
            org.type = OrgType::CommunityCommittee;
    } else {
        org.type = OrgType::StreetCommittee;
    }
    OrganisationForm form(m_workspace, m_tree.organisations(), org, this);
    if (form.exec() != QDialog::Accepted)
        return;
    if (m_undo) // undone by deleting the new organisation with what was added to it
        m_undo->push(new OrganisationCommand(*m_undo, false, m_workspace.organisations().get(form.savedId()).name,
                                             RowSnapshot(), m_workspace.organisationService().record(form.savedId(), true)));
    emit organisationsChanged(form.savedId());
}

void OrganisationPage::setUndoHistory(UndoHistory* history)
{
    m_undo = history;
    connect(history, &UndoHistory::organisationsChanged, this, &OrganisationPage::organisationsChanged);
}

void OrganisationPage::deleteOrganisation()
{
    const Organisation* org = m_tree.organisation(m_orgId);
    if (!org)
        return;
    const Organisation deleted = *org;
    if (!confirmDeletion(this, QStringLiteral("deleteOrganisationBox"), tr("Delete organisation"),
                         tr("Delete %1, with its grids and co-building units?").arg(deleted.name),
                         tr("Delete is for an organisation entered by mistake: one with no organisations below "
                            "it, no member records and no meetings. It can be undone with Edit → Undo (Ctrl+Z) "
                            "while PartyDesk stays open.")))
        return;
    RowSnapshot removed;
    const ServiceResult result = m_workspace.organisationService().deleteOrganisation(deleted.id, &removed);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Delete organisation"), result.message);
        return;
    }
    if (m_undo)
        m_undo->push(new OrganisationCommand(*m_undo, true, deleted.name, removed, RowSnapshot()));
    emit organisationsChanged(deleted.parentId);
}

} // namespace partydesk

namespace partydesk {

void OrganisationPage::addGrid()
{
    Grid grid;
    grid.communityId = m_orgId;
    GridForm form(m_workspace, grid, this);
    if (form.exec() == QDialog::Accepted)
        partSaved(QStringLiteral("grid"), RowSnapshot(), form.savedId(), m_workspace.organisations().grids(m_orgId));
}

void OrganisationPage::editGrid(int row)
{
    if (row < 0 || row >= m_gridList.size())
        return;
    const RowSnapshot before = m_workspace.organisationService().partRecord(QStringLiteral("grid"), m_gridList[row].id);
    GridForm form(m_workspace, m_gridList[row], this);
    if (form.exec() == QDialog::Accepted)
        partSaved(QStringLiteral("grid"), before, form.savedId(), m_workspace.organisations().grids(m_orgId));
}

void OrganisationPage::addCoBuildingUnit()
{
    CoBuildingUnit unit;
    unit.committeeId = m_orgId;
    CoBuildingUnitForm form(m_workspace, unit, this);
    if (form.exec() == QDialog::Accepted)
        partSaved(QStringLiteral("co_building_unit"), RowSnapshot(), form.savedId(),
                  m_workspace.organisations().coBuildingUnits(m_orgId));
}

void OrganisationPage::editCoBuildingUnit(int row)
{
    if (row < 0 || row >= m_unitList.size())
        return;
    const RowSnapshot before =
        m_workspace.organisationService().partRecord(QStringLiteral("co_building_unit"), m_unitList[row].id);
    CoBuildingUnitForm form(m_workspace, m_unitList[row], this);
    if (form.exec() == QDialog::Accepted)
        partSaved(QStringLiteral("co_building_unit"), before, form.savedId(),
                  m_workspace.organisations().coBuildingUnits(m_orgId));
}

template <typename Part>
void OrganisationPage::partSaved(const QString& table, const RowSnapshot& before, qint64 id, const QList<Part>& parts)
{
    const RowSnapshot after = m_workspace.organisationService().partRecord(table, id);
    QString name;
    for (const Part& part : parts)
        if (part.id == id)
            name = part.name;
    if (m_undo && !after.sameRowsAs(before)) // a new one is undone by deleting it
        m_undo->push(new OrganisationCommand(*m_undo, false, name, before, after));
    showDetails();
}

} // namespace partydesk
