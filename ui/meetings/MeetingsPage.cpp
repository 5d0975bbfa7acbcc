#include "MeetingsPage.h"

#include "ActionsDialog.h"
#include "ComplianceModel.h"
#include "domain/OrganisationTree.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "MeetingChartsPanel.h"
#include "MeetingForm.h"
#include "MeetingListModel.h"
#include "meetings/MonthlyFacts.h"
#include "models/OrganisationTreeModel.h"
#include "MonthlyReportTables.h"
#include "PlanDialog.h"
#include "reports/ReportActions.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

MeetingsPage::MeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("MeetingsPage"));
    HelpTopics::setTopic(this, QStringLiteral("meetings"));
    const QDate today = workspace.clock().today();
    m_month = QDate(today.year(), today.month(), 1);

    auto* title = new QLabel(tr("Organisational life"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* previous = new QPushButton(QStringLiteral("◀"));
    auto* next = new QPushButton(QStringLiteral("▶"));
    previous->setMaximumWidth(36);
    next->setMaximumWidth(36);
    m_monthLabel = new QLabel;
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    auto* plan = new QPushButton(tr("&Plan the month…"));
    auto* add = new QPushButton(tr("&New meeting…"));
    PageCommands::offer(add, PageCommand::New);
    add->setObjectName(QStringLiteral("newMeetingButton"));
    auto* report = new QToolButton;
    report->setText(tr("Monthly &report"));
    report->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(report);
    menu->addAction(tr("Monthly report as PDF…"), this, [this] { exportMonthlyReport(true); });
    QAction* excel =
        menu->addAction(tr("Monthly report to Excel…"), this, [this] { exportMonthlyReport(false); });
    PageCommands::offer(excel, PageCommand::Export);
    QAction* preview = menu->addAction(tr("Print preview…"), this, [this] {
        previewReports(this, m_workspace,
                       QStringLiteral("monthly report %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))),
                       monthlyReport());
    });
    PageCommands::offer(preview, PageCommand::Print);
    m_printAll =
        menu->addAction(tr("Print every branch's report…"), this, &MeetingsPage::printMonthlyReports);
    m_printAll->setObjectName(QStringLiteral("printMonthlyReportsAction"));
    report->setMenu(menu);
    updatePrintAction();
    auto* settings = new QPushButton(tr("Prescribed &actions…"));
    connect(settings, &QPushButton::clicked, this, [this] {
        ActionsDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    });
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(previous);
    header->addWidget(m_monthLabel);
    header->addWidget(next);
    header->addStretch();
    header->addWidget(plan);
    header->addWidget(add);
    header->addWidget(report);
    header->addWidget(settings);

    m_meetings = new MeetingListModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("meetingsView"));
    m_view->setModel(m_meetings);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);
    m_birthdays = new QLabel;
    m_birthdays->setObjectName(QStringLiteral("monthFacts"));
    m_birthdays->setWordWrap(true);
    auto* meetingsTab = new QWidget;
    auto* meetingsLayout = new QVBoxLayout(meetingsTab);
    meetingsLayout->addWidget(m_view, 1);
    meetingsLayout->addWidget(m_birthdays);

    m_compliance = new ComplianceModel(this);
    auto* complianceView = new QTableView;
    complianceView->setObjectName(QStringLiteral("complianceView"));
    complianceView->setModel(m_compliance);
    complianceView->verticalHeader()->hide();
    complianceView->setWordWrap(true);
    // Eight requirements with their periods in the titles: titles wrap, cells keep their counts.
    ColumnFitter::attach(complianceView);
    m_complianceYear = new QSpinBox;
    m_complianceYear->setRange(2000, 2100);
    m_complianceYear->setValue(today.year());
    m_complianceSummary = new QLabel;
    auto* complianceHeader = new QHBoxLayout;
    complianceHeader->addWidget(new QLabel(tr("Year")));
    complianceHeader->addWidget(m_complianceYear);
    complianceHeader->addWidget(m_complianceSummary, 1);
    auto* complianceTab = new QWidget;
    auto* complianceLayout = new QVBoxLayout(complianceTab);
    complianceLayout->addLayout(complianceHeader);
    complianceLayout->addWidget(complianceView, 1);

    m_charts = new MeetingChartsPanel(m_workspace);
    auto* chartsTab = new QWidget;
    auto* chartsLayout = new QVBoxLayout(chartsTab);
    chartsLayout->addWidget(m_charts);

    m_tabs = new QTabWidget;
    m_tabs->addTab(meetingsTab, tr("Meetings"));
    m_tabs->addTab(complianceTab, tr("三会一课 compliance"));
    m_tabs->addTab(chartsTab, tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(previous, &QPushButton::clicked, this, [this] { setMonth(m_month.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setMonth(m_month.addMonths(1)); });
    connect(plan, &QPushButton::clicked, this, &MeetingsPage::planMonth);
    connect(add, &QPushButton::clicked, this, &MeetingsPage::addMeeting);
    connect(m_view, &QTableView::doubleClicked, this, &MeetingsPage::openMeeting);
    connect(m_complianceYear, &QSpinBox::valueChanged, this, &MeetingsPage::reloadCompliance);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        reloadCompliance();
        reloadCharts();
    });
}

void MeetingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void MeetingsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    updatePrintAction();
    if (isVisible())
        reload();
}

void MeetingsPage::setMonth(QDate month)
{
    m_month = QDate(month.year(), month.month(), 1);
    reload();
}

void MeetingsPage::showCompliance()
{
    m_tabs->setCurrentIndex(1);
}

QList<qint64> MeetingsPage::branchesInScope() const
{
    const QSet<qint64> scope = m_orgId > 0 ? subtreeIds(m_tree.organisations(), m_orgId) : QSet<qint64>();
    QList<qint64> ids;
    for (const Organisation& org : m_tree.organisations())
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup &&
            (m_orgId <= 0 || scope.contains(org.id)))
            ids << org.id;
    return ids;
}

void MeetingsPage::reload()
{
    m_monthLabel->setText(m_month.toString(tr("yyyy-MM")));
    updatePrintAction();
    const QDate last = m_month.addMonths(1).addDays(-1);
    const QList<qint64> branches = branchesInScope();
    const QSet<qint64> scope(branches.cbegin(), branches.cend());
    m_meetings->setMeetings(m_workspace.meetings().meetings(scope, m_month, last),
                            m_workspace.meetings().attendanceByMeeting(m_month, last),
                            m_workspace.meetings().actionCounts(m_month, last),
                            organisationDisplayNames(m_tree.organisations()));
    const QSet<qint64> scopeOrgs = subtreeIds(m_tree.organisations(), m_orgId);
    const QSet<qint64>* orgs = m_orgId > 0 ? &scopeOrgs : nullptr;
    const QStringList birthdays = politicalBirthdayLines(m_workspace.database(), orgs, m_month);
    const QStringList medalNames = fiftyYearMedalNames(m_workspace.database(), orgs, m_month.year());
    m_birthdays->setText(tr("Political birthdays in %1: %2\n\"50 years in the Party\" medals due in %3: %4")
                             .arg(m_month.toString(QStringLiteral("yyyy-MM")),
                                  birthdays.isEmpty() ? tr("none") : birthdays.join(QStringLiteral("、")))
                             .arg(m_month.year())
                             .arg(medalNames.isEmpty() ? tr("none") : medalNames.join(QStringLiteral("、"))));
    reloadCompliance();
    reloadCharts();
}

void MeetingsPage::reloadCompliance()
{
    if (m_tabs->currentIndex() != 1)
        return;
    const int year = m_complianceYear->value();
    const QDate from(year, 1, 1);
    const QDate to = std::min(QDate(year, 12, 31), m_workspace.clock().today());
    const QList<ComplianceRule> rules = defaultComplianceRules();
    QHash<MeetingKind, QHash<qint64, QList<QDate>>> dates;
    for (const ComplianceRule& rule : rules)
        dates.insert(rule.kind, m_workspace.meetings().meetingDates(rule.kind, from, to));
    QSet<qint64> withGroups;
    for (const Organisation& org : m_tree.organisations())
        if (org.type == OrgType::PartyGroup)
            withGroups << org.parentId;
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    const auto byMonth = m_workspace.meetings().attendanceByMonth(from, to);
    QList<ComplianceModel::BranchRow> rows;
    for (qint64 branch : branchesInScope()) {
        ComplianceModel::BranchRow row{branch, names.value(branch), {}, {}};
        for (const AttendanceTally& month : byMonth.value(branch))
            row.attendance += month;
        for (const ComplianceRule& rule : rules) {
            // A branch without Party groups holds no group meetings.
            if (rule.kind == MeetingKind::GroupMeeting && !withGroups.contains(branch))
                row.results << ComplianceResult{rule.kind, 0, 0, {}};
            else
                row.results << checkCompliance(rule, dates[rule.kind].value(branch), from, to,
                                               m_workspace.clock().today());
        }
        rows << row;
    }
    m_compliance->setRows(rules, rows);
    m_complianceSummary->setText(tr("%1 to %2: %n gap(s)", nullptr, m_compliance->gapCount())
                                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

void MeetingsPage::reloadCharts()
{
    if (m_tabs->currentIndex() != 2)
        return;
    m_charts->load(branchesInScope(), organisationDisplayNames(m_tree.organisations()), m_month);
}

void MeetingsPage::planMonth()
{
    PlanDialog dialog(m_workspace, m_month, branchesInScope(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        QMessageBox::information(this, tr("Plan the month"),
                                 tr("%n theme day(s) created.", nullptr, dialog.created()));
    }
}

void MeetingsPage::addMeeting()
{
    Meeting meeting;
    const QList<qint64> branches = branchesInScope();
    meeting.orgId = branches.isEmpty() ? 0 : branches.first();
    meeting.heldOn = std::min(m_workspace.clock().today(), m_month.addMonths(1).addDays(-1));
    MeetingForm form(m_workspace, m_tree.organisations(), meeting, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void MeetingsPage::openMeeting(const QModelIndex& index)
{
    const std::optional<Meeting> meeting =
        m_workspace.meetings().meeting(index.data(MeetingListModel::MeetingIdRole).toLongLong());
    if (!meeting)
        return;
    MeetingForm form(m_workspace, m_tree.organisations(), *meeting, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

QList<TableReport> MeetingsPage::monthlyReport() const
{
    return monthlyReportTables(m_workspace, m_orgId, m_month);
}

} // namespace partydesk
