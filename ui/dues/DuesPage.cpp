#include "DuesPage.h"

#include "domain/OrganisationTree.h"
#include "dues/DuesReports.h"
#include "DuesBaseDialog.h"
#include "DuesLedgerModel.h"
#include "DuesPaymentDialog.h"
#include "DuesRatesDialog.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace partydesk {

DuesPage::DuesPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree), m_service(workspace)
{
    setObjectName(QStringLiteral("DuesPage"));
    HelpTopics::setTopic(this, QStringLiteral("dues"));
    const QDate today = workspace.clock().today();
    m_year = today.year();

    auto* title = new QLabel(tr("Party dues"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_scope = new QLabel;
    m_yearBox = new QSpinBox;
    m_yearBox->setObjectName(QStringLiteral("year"));
    m_yearBox->setRange(2000, 2100);
    m_yearBox->setValue(m_year);
    m_arrearsOnly = new QCheckBox(tr("Only members in &arrears"));
    m_arrearsOnly->setObjectName(QStringLiteral("arrearsOnly"));
    auto* pay = new QPushButton(tr("Record &payment…"));
    pay->setObjectName(QStringLiteral("payButton"));
    PageCommands::offer(pay, PageCommand::New);
    auto* base = new QPushButton(tr("Dues &base…"));
    base->setObjectName(QStringLiteral("baseButton"));
    auto* rates = new QPushButton(tr("&Rate tables…"));
    m_sheetMonth = new QSpinBox;
    m_sheetMonth->setObjectName(QStringLiteral("sheetMonth"));
    m_sheetMonth->setRange(1, 12);
    m_sheetMonth->setValue(today.month());
    // "Month 11" in English, "11月" in Chinese: one text, split around the number.
    const QString monthFormat = tr("Month %1");
    const qsizetype number = monthFormat.indexOf(QLatin1String("%1"));
    m_sheetMonth->setPrefix(monthFormat.left(number));
    m_sheetMonth->setSuffix(number >= 0 ? monthFormat.mid(number + 2) : QString());
    auto* sheet = new QPushButton(tr("&Collection sheet…"));
    PageCommands::offer(sheet, PageCommand::Print);
    auto* exportButton = new QPushButton(tr("&Export year to Excel…"));
    PageCommands::offer(exportButton, PageCommand::Export);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_scope);
    header->addWidget(new QLabel(tr("Year")));
    header->addWidget(m_yearBox);
    header->addWidget(m_arrearsOnly);
    header->addStretch();
    // The actions on a second row: one row would need more than a 1366-pixel screen leaves
    // beside the organisation tree.
    auto* actions = new QHBoxLayout;
    actions->addWidget(pay);
    actions->addWidget(base);
    actions->addWidget(rates);
    actions->addStretch();
    actions->addWidget(m_sheetMonth);
    actions->addWidget(sheet);
    actions->addWidget(exportButton);

    m_ledger = new DuesLedgerModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("ledgerView"));
    m_view->setModel(m_ledger);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);

    m_totals = new QStandardItemModel(this);
    auto* totalsView = new QTableView;
    totalsView->setObjectName(QStringLiteral("totalsView"));
    totalsView->setModel(m_totals);
    totalsView->verticalHeader()->hide();
    totalsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ColumnFitter::attach(totalsView);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    auto* totalsBox = new QWidget;
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_summary);
    totalsLayout->addWidget(totalsView, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(totalsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_yearBox, &QSpinBox::valueChanged, this, &DuesPage::setYear);
    connect(m_arrearsOnly, &QCheckBox::toggled, m_ledger, &DuesLedgerModel::setArrearsOnly);
    connect(pay, &QPushButton::clicked, this, &DuesPage::recordPayment);
    connect(base, &QPushButton::clicked, this, &DuesPage::editBase);
    connect(rates, &QPushButton::clicked, this, &DuesPage::editRateTables);
    connect(sheet, &QPushButton::clicked, this, &DuesPage::printCollectionSheet);
    connect(exportButton, &QPushButton::clicked, this, &DuesPage::exportYear);
    connect(m_view, &QTableView::doubleClicked, this, &DuesPage::openCell);
    // Read when shown (showEvent): a district's ledger takes seconds.
}

void DuesPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    // A hidden page reads when it is shown: the main window tells every page of each selection,
    // and a district's ledger takes seconds to read.
    if (isVisible())
        reload();
}

void DuesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reload();
}

void DuesPage::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_yearBox->setValue(year);
    if (isVisible())
        reload();
}

void DuesPage::showArrears()
{
    m_arrearsOnly->setChecked(true);
}

void DuesPage::selectMember(qint64 memberId)
{
    int row = m_ledger->rowOf(memberId);
    if (row < 0 && m_arrearsOnly->isChecked()) {
        m_arrearsOnly->setChecked(false);
        row = m_ledger->rowOf(memberId);
    }
    if (row < 0 && m_orgId != 0) {
        setOrganisation(0);
        row = m_ledger->rowOf(memberId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_ledger->index(row, DuesLedgerModel::NameColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QString DuesPage::scopeName() const
{
    const Organisation* org = m_orgId > 0 ? m_tree.organisation(m_orgId) : nullptr;
    return org ? org->name : tr("All organisations");
}

void DuesPage::reload()
{
    const QList<Organisation>& orgs = m_tree.organisations();
    const QSet<qint64> scope = m_orgId > 0 ? subtreeIds(orgs, m_orgId) : QSet<qint64>();
    const qint64 selected = currentMemberId();
    m_scope->setText(scopeName());
    m_ledger->setLedger(m_service.ledger().year(scope, m_year), m_service.ledger().currentMonth());
    if (selected > 0 && m_ledger->rowOf(selected) >= 0)
        m_view->setCurrentIndex(m_ledger->index(m_ledger->rowOf(selected), DuesLedgerModel::NameColumn));

    // The totals of each branch in scope (the tops of the tree for the whole workspace).
    QList<BranchDuesTotals> totals;
    for (const Organisation& o : orgs)
        if (m_orgId > 0 ? o.id == m_orgId : o.parentId == 0)
            totals += m_service.ledger().branchTotals(orgs, o.id, m_year);
    const QHash<qint64, QString> names = organisationDisplayNames(orgs);
    m_totals->clear();
    m_totals->setHorizontalHeaderLabels(
        {tr("Branch"), tr("Members"), tr("Dues"), tr("Paid"), tr("Outstanding")});
    Fen owed = 0, paid = 0, outstanding = 0;
    for (const BranchDuesTotals& t : totals) {
        QList<QStandardItem*> row{new QStandardItem(names.value(t.branchId)),
                                  new QStandardItem(QString::number(t.members)),
                                  new QStandardItem(yuanText(t.owed)), new QStandardItem(yuanText(t.paid)),
                                  new QStandardItem(yuanText(t.outstanding))};
        for (int i = 1; i < row.size(); ++i)
            row[i]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_totals->appendRow(row);
        owed += t.owed;
        paid += t.paid;
        outstanding += t.outstanding;
    }
    int behind = 0, red = 0;
    for (const DuesMemberYear& m : m_ledger->allRows()) {
        behind += m.unpaidMonths > 0 ? 1 : 0;
        red += m.inRed() ? 1 : 0;
    }
    m_summary->setText(
        tr("%1: dues %2 yuan, paid %3 yuan, outstanding %4 yuan; %5 of %6 members in arrears, %7 "
           "more than six months behind.")
            .arg(QString::number(m_year), yuanText(owed), yuanText(paid), yuanText(outstanding))
            .arg(behind)
            .arg(m_ledger->allRows().size())
            .arg(red));
}

qint64 DuesPage::currentMemberId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DuesLedgerModel::MemberIdRole).toLongLong() : 0;
}

void DuesPage::openCell(const QModelIndex& index)
{
    const QDate month = index.data(DuesLedgerModel::MonthRole).toDate();
    const qint64 memberId = index.data(DuesLedgerModel::MemberIdRole).toLongLong();
    if (month.isValid())
        paymentFor(memberId, month);
    else
        editBase();
}

void DuesPage::recordPayment()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        QMessageBox::information(this, tr("Record payment"), tr("Select a member in the ledger first."));
        return;
    }
    QDate month = index.data(DuesLedgerModel::MonthRole).toDate();
    if (!month.isValid()) {
        // The member's oldest unpaid month of the year, or this month.
        const DuesMemberYear* m = m_ledger->memberAt(index.row());
        month = m_service.ledger().currentMonth();
        for (int i = 0; m && i < 12; ++i)
            if (m->owed[i] >= 0 && !m->paid[i]) {
                month = QDate(m_year, i + 1, 1);
                break;
            }
    }
    paymentFor(index.data(DuesLedgerModel::MemberIdRole).toLongLong(), month);
}

void DuesPage::paymentFor(qint64 memberId, QDate month)
{
    const int row = m_ledger->rowOf(memberId);
    const DuesMemberYear* member = m_ledger->memberAt(row);
    if (!member)
        return;
    DuesPaymentDialog dialog(m_service, *member, month, m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void DuesPage::editBase()
{
    const QModelIndex index = m_view->currentIndex();
    const DuesMemberYear* member = index.isValid() ? m_ledger->memberAt(index.row()) : nullptr;
    if (!member) {
        QMessageBox::information(this, tr("Dues base"), tr("Select a member in the ledger first."));
        return;
    }
    DuesBaseDialog dialog(m_service, member->memberId, member->name, m_service.ledger().currentMonth(), this);
    dialog.exec();
    if (dialog.changed())
        reload();
}

void DuesPage::editRateTables()
{
    DuesRatesDialog dialog(m_service, m_service.ledger().currentMonth(), this);
    dialog.exec();
    if (dialog.changed())
        reload();
}

QList<TableReport> DuesPage::collectionSheet(QDate month) const
{
    return {duesCollectionSheet(m_ledger->allRows(), scopeName(), month)};
}

QList<TableReport> DuesPage::yearReports() const
{
    QList<BranchDuesTotals> totals;
    const QList<Organisation>& orgs = m_tree.organisations();
    for (const Organisation& o : orgs)
        if (m_orgId > 0 ? o.id == m_orgId : o.parentId == 0)
            totals += m_service.ledger().branchTotals(orgs, o.id, m_year);
    return {duesYearLedger(m_ledger->allRows(), scopeName(), m_year),
            duesBranchTotals(totals, organisationDisplayNames(orgs), scopeName(), m_year)};
}

void DuesPage::printCollectionSheet()
{
    const QDate month(m_year, m_sheetMonth->value(), 1);
    previewReports(this, m_workspace, QStringLiteral("dues collection sheet %1").arg(monthText(month)),
                   collectionSheet(month));
}

void DuesPage::exportYear()
{
    exportReports(this, m_workspace, QStringLiteral("dues ledger %1").arg(m_year), yearReports(),
                  ReportFormat::Xlsx, tr("Party dues %1 %2").arg(scopeName()).arg(m_year));
}

} // namespace partydesk
