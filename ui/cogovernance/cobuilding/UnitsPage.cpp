#include "UnitsPage.h"

#include "cogovernance/CoBuildingQueries.h"
#include "cogovernance/CoBuildingService.h"
#include "cogovernance/CoBuildingUnitYear.h"
#include "cogovernance/CommitteeScope.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "UnitPersonDialog.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QStandardItem* cell(const QString& text, qint64 id = 0)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (id)
        item->setData(id, Qt::UserRole);
    return item;
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

UnitsPage::UnitsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree),
      m_service(std::make_unique<CoBuildingService>(workspace))
{
    setObjectName(QStringLiteral("UnitsPage"));
    m_units = new QStandardItemModel(this);
    m_people = new QStandardItemModel(this);
    m_facts = new QStandardItemModel(this);
    m_unitsView = recordList(m_units, "unitsView");
    m_peopleView = recordList(m_people, "unitPeopleView");
    m_factsView = recordList(m_facts, "unitFactsView");
    m_factsView->setWordWrap(true);
    // Each row as tall as its wrapped text at the width its column is given, whenever that changes.
    m_factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("unitYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("unitTitle"));
    m_newPerson = new QPushButton(tr("New &person…"));
    PageCommands::offer(m_newPerson, PageCommand::New);
    m_newPerson->setObjectName(QStringLiteral("newPersonButton"));
    connect(m_newPerson, &QPushButton::clicked, this, &UnitsPage::addPerson);
    connect(m_peopleView, &QTableView::doubleClicked, this, &UnitsPage::editPerson);
    auto* print = new QToolButton;
    print->setText(tr("Print yearly &evaluation"));
    print->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(print);
    menu->addAction(tr("This unit…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("co-building unit evaluation"),
                       evaluationSheets(false));
    });
    menu->addAction(tr("Every unit…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("co-building unit evaluation"),
                       evaluationSheets(true));
    });
    menu->addAction(tr("Every unit as PDF…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("co-building unit evaluation"),
                      evaluationSheets(true), ReportFormat::Pdf,
                      tr("co-building units %1.pdf").arg(m_year->value()));
    });
    print->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(new QLabel(tr("Year")));
    header->addWidget(m_year);
    header->addWidget(print);
    auto* peopleRow = new QHBoxLayout;
    peopleRow->addWidget(new QLabel(tr("People")));
    peopleRow->addStretch();
    peopleRow->addWidget(m_newPerson);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addLayout(peopleRow);
    rightLayout->addWidget(m_peopleView, 1);
    rightLayout->addWidget(m_factsView, 2);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_unitsView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    // The units' four columns whole at 1366 pixels; the people's six beside them.
    splitter->setSizes({380, 620});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_unitsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnitsPage::showUnit);
    connect(m_year, &QSpinBox::valueChanged, this, &UnitsPage::showUnit);
}

UnitsPage::~UnitsPage() = default;

void UnitsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void UnitsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

qint64 UnitsPage::currentUnit() const
{
    const QModelIndex index = m_unitsView->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole).toLongLong() : 0;
}

void UnitsPage::reload()
{
    const qint64 keep = currentUnit();
    const QList<Organisation>& organisations = m_tree.organisations();
    m_editable = committeeOf(organisations, m_orgId) != 0;
    m_units->clear();
    m_units->setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Joined"), tr("People")});
    for (const UnitSummary& s :
         coBuildingUnits(m_workspace.database(), committeesUnder(organisations, m_orgId)))
        m_units->appendRow({cell(s.unit.name, s.unit.id), cell(s.unit.kind), cell(day(s.unit.joinedOn)),
                            cell(QString::number(s.people))});
    showRecord(keep);
    if (!m_unitsView->currentIndex().isValid() && m_units->rowCount() > 0)
        m_unitsView->setCurrentIndex(m_units->index(0, 0));
    showUnit();
}

void UnitsPage::showRecord(qint64 recordId)
{
    for (int row = 0; recordId > 0 && row < m_units->rowCount(); ++row)
        if (m_units->index(row, 0).data(Qt::UserRole).toLongLong() == recordId) {
            m_unitsView->setCurrentIndex(m_units->index(row, 0));
            return;
        }
}

void UnitsPage::showUnit()
{
    const qint64 unit = currentUnit();
    m_newPerson->setEnabled(m_editable && unit != 0);
    m_newPerson->setToolTip(
        m_editable ? QString() : tr("Choose a community in the organisation tree to edit its units."));
    m_people->clear();
    m_people->setHorizontalHeaderLabels(
        {tr("Name"), tr("Post"), tr("Role"), tr("Phone"), tr("From"), tr("To")});
    m_facts->clear();
    m_facts->setHorizontalHeaderLabels({tr("Item"), tr("Facts of the year")});
    if (unit == 0) {
        m_title->clear();
        return;
    }
    for (const UnitPerson& p : unitPeople(m_workspace.database(), unit))
        m_people->appendRow({cell(p.name, p.id), cell(p.position), cell(p.committeeRole), cell(p.phone),
                             cell(day(p.fromOn)), cell(day(p.toOn))});
    const TableReport sheet = unitYearSheet(unitYear(m_workspace.database(), unit, m_year->value()));
    m_title->setText(sheet.subtitle);
    // The sheet's lines after the unit's name and kind, without the signature lines.
    for (int row = 2; row + 2 < sheet.rowCount; ++row)
        m_facts->appendRow({cell(sheet.cell(row, 0).toString()), cell(sheet.cell(row, 1).toString())});
}

QList<TableReport> UnitsPage::evaluationSheets(bool allUnits) const
{
    QList<TableReport> sheets;
    for (int row = 0; row < m_units->rowCount(); ++row) {
        const qint64 unit = m_units->index(row, 0).data(Qt::UserRole).toLongLong();
        if (allUnits || unit == currentUnit())
            sheets << unitYearSheet(unitYear(m_workspace.database(), unit, m_year->value()));
    }
    return sheets;
}

void UnitsPage::addPerson()
{
    UnitPerson person;
    person.unitId = currentUnit();
    person.fromOn = m_workspace.clock().today();
    UnitPersonDialog dialog(*m_service, person, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UnitsPage::editPerson(const QModelIndex& index)
{
    const qint64 id = index.siblingAtColumn(0).data(Qt::UserRole).toLongLong();
    UnitPersonDialog dialog(*m_service, unitPerson(m_workspace.database(), id), this);
    dialog.setEnabled(m_editable);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace partydesk
