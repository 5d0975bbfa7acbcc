#include "MeetingsPage.h"

#include "security/OutputPolicy.h"

#include "ActionsDialog.h"
#include "ComplianceModel.h"
#include "domain/OrganisationTree.h"
#include "MeetingForm.h"
#include "MeetingListModel.h"
#include "meetings/MonthlyFacts.h"
#include "models/OrganisationTreeModel.h"
#include "MonthlyReportTables.h"
#include "PlanDialog.h"
#include "reports/ReportActions.h"
#include "reports/ReportRenderer.h"
#include "Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace partydesk {

MeetingsPage::MeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("MeetingsPage"));
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
    add->setObjectName(QStringLiteral("newMeetingButton"));
    auto* report = new QToolButton;
    report->setText(tr("Monthly &report"));
    report->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(report);
    menu->addAction(tr("Monthly report as PDF…"), this, [this] { exportMonthlyReport(true); });
    menu->addAction(tr("Monthly report to Excel…"), this, [this] { exportMonthlyReport(false); });
    menu->addAction(tr("Print preview…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("monthly report %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))),
                       monthlyReport());
    });
    menu->addAction(tr("Print every branch's report…"), this, &MeetingsPage::printMonthlyReports);
    report->setMenu(menu);
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
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(MeetingListModel::ThemeColumn, QHeaderView::Stretch);
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
    complianceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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

    m_rates = new QChartView(new QChart);
    m_actions = new QChartView(new QChart);
    for (QChartView* view : {m_rates, m_actions})
        view->setRenderHint(QPainter::Antialiasing);
    auto* chartsTab = new QWidget;
    auto* chartsLayout = new QHBoxLayout(chartsTab);
    chartsLayout->addWidget(m_rates);
    chartsLayout->addWidget(m_actions);

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
    const QDate from = m_month.addMonths(-11);
    const QDate to = m_month.addMonths(1).addDays(-1);
    const QList<qint64> branches = branchesInScope();
    const auto byMonth = m_workspace.meetings().attendanceByMonth(from, to);
    auto* rates = new QChart;
    rates->setTitle(tr("Attendance rate by month (%)"));
    auto* axisX = new QBarCategoryAxis;
    QStringList months;
    for (int i = 0; i < 12; ++i)
        months << from.addMonths(i).toString(QStringLiteral("MM"));
    axisX->append(months);
    rates->addAxis(axisX, Qt::AlignBottom);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    rates->addAxis(axisY, Qt::AlignLeft);
    for (qint64 branch : branches.mid(0, 12)) {
        auto* series = new QLineSeries;
        series->setName(m_tree.organisation(branch) ? m_tree.organisation(branch)->name : QString());
        for (int i = 0; i < 12; ++i) {
            const AttendanceTally t =
                byMonth.value(branch).value(from.addMonths(i).toString(QStringLiteral("yyyy-MM")));
            if (t.expected > 0)
                series->append(i, t.rate() * 100);
        }
        rates->addSeries(series);
        series->attachAxis(axisY);
    }
    auto* seriesAxis = new QValueAxis; // the line series sit on month indexes
    seriesAxis->setRange(-0.5, 11.5);
    seriesAxis->hide();
    rates->addAxis(seriesAxis, Qt::AlignBottom);
    for (QAbstractSeries* s : rates->series())
        s->attachAxis(seriesAxis);
    rates->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_rates->chart();
    m_rates->setChart(rates);
    delete old;

    const auto actionCounts = m_workspace.meetings().actionCounts(from, to);
    const QSet<qint64> scope(branches.cbegin(), branches.cend());
    QVector<int> perMonth(12, 0);
    for (const Meeting& m : m_workspace.meetings().meetings(scope, from, to))
        if (m.kind == MeetingKind::ThemeDay) {
            const int i = (m.heldOn.year() - from.year()) * 12 + m.heldOn.month() - from.month();
            if (i >= 0 && i < 12)
                perMonth[i] += actionCounts.value(m.id);
        }
    auto* set = new QBarSet(tr("Prescribed actions done"));
    for (int n : perMonth)
        *set << n;
    auto* bars = new QBarSeries;
    bars->append(set);
    auto* actions = new QChart;
    actions->setTitle(tr("Prescribed actions done by month"));
    actions->addSeries(bars);
    auto* monthsAxis = new QBarCategoryAxis;
    monthsAxis->append(months);
    actions->addAxis(monthsAxis, Qt::AlignBottom);
    bars->attachAxis(monthsAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    actions->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    actions->legend()->hide();
    old = m_actions->chart();
    m_actions->setChart(actions);
    delete old;
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

void MeetingsPage::exportMonthlyReport(bool pdf)
{
    const Organisation* org = m_tree.organisation(m_orgId);
    exportReports(
        this, m_workspace, QStringLiteral("monthly report %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))),
        monthlyReport(), pdf ? ReportFormat::Pdf : ReportFormat::Xlsx,
        tr("Monthly report %1 %2")
            .arg(org ? org->name : tr("all branches"), m_month.toString(QStringLiteral("yyyy-MM"))));
}

// Every branch's report in one print job, behind a progress dialog that can cancel.
void MeetingsPage::printMonthlyReports()
{
    if (const QString why = OutputPolicy::refusal(m_workspace.session(), OutputPolicy::Kind::Print, false);
        !why.isEmpty()) {
        QMessageBox::information(this, tr("Not printed"), why);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog progress(tr("Printing the monthly reports…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    const QList<TableReport> reports = monthlyReport();
    const bool finished = ReportRenderer(reports).render(&printer, [&](int done, int total) {
        progress.setValue(total ? int(qint64(done) * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!finished) {
        printer.abort();
        return;
    }
    OutputPolicy::record(m_workspace.audit(), OutputPolicy::Kind::Print, false,
                         QStringLiteral("monthly reports %1").arg(m_month.toString(QStringLiteral("yyyy-MM"))),
                         totalRows(reports));
}

} // namespace partydesk
