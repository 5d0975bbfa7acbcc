#include "JointMeetingsPage.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/JointMeetingQueries.h"
#include "cogovernance/JointMeetingReports.h"
#include "help/PageCommands.h"
#include "JointMeetingModels.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QComboBox>
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

namespace {

QWidget* tab(QLayout* toolbar, QWidget* body)
{
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->addLayout(toolbar);
    layout->addWidget(body, 1);
    return widget;
}

} // namespace

JointMeetingsPage::JointMeetingsPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree), m_joint(workspace)
{
    setObjectName(QStringLiteral("JointMeetingsPage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_coverage = new QLabel;
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_coverage->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("Year")));
    header->addWidget(m_year);
    header->addWidget(m_coverage, 1);

    m_meetings = new JointMeetingListModel(this);
    m_decisions = new JointDecisionModel(this);
    m_rota = new RotaModel(this);
    m_activities = new UnitActivityModel(this);
    m_tabs = new QTabWidget;
    m_tabs->addTab(meetingsTab(), tr("Meetings"));
    m_tabs->addTab(decisionsTab(), tr("Decisions"));
    m_tabs->addTab(rotaTab(), tr("Rotating chair"));
    m_tabs->addTab(activitiesTab(), tr("Unit activities"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &JointMeetingsPage::reload);
}

QWidget* JointMeetingsPage::meetingsTab()
{
    m_meetingsView = recordList(m_meetings, "meetingsView");
    auto* add = new QPushButton(tr("&New meeting…"));
    PageCommands::offer(add, PageCommand::New);
    add->setObjectName(QStringLiteral("newMeetingButton"));
    auto* open = new QPushButton(tr("&Open…"));
    auto* remove = new QPushButton(tr("&Delete"));
    PageCommands::offer(remove, PageCommand::Delete);
    m_writers << add << remove;
    auto* print = outputButton(
        tr("Meeting &record"),
        [this] {
            const std::optional<JointMeeting> m = m_joint.repository().meeting(selectedId(m_meetingsView));
            if (!m)
                return QList<TableReport>();
            QHash<qint64, QString> names;
            for (const CoBuildingUnit& unit : m_workspace.organisations().coBuildingUnits(m->committeeId))
                names.insert(unit.id, unit.name);
            return meetingRecordReports(*m, committeeName(m->committeeId), names);
        },
        QStringLiteral("joint meeting record"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(open);
    bar->addWidget(remove);
    bar->addWidget(print);
    bar->addStretch();
    connect(add, &QPushButton::clicked, this, &JointMeetingsPage::newMeeting);
    connect(open, &QPushButton::clicked, this, &JointMeetingsPage::openMeeting);
    connect(remove, &QPushButton::clicked, this, &JointMeetingsPage::deleteMeeting);
    connect(m_meetingsView, &QTableView::doubleClicked, this, &JointMeetingsPage::openMeeting);
    return tab(bar, m_meetingsView);
}

QWidget* JointMeetingsPage::decisionsTab()
{
    m_decisionsView = recordList(m_decisions, "decisionsView");
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All decisions"), QString());
    m_statusFilter->addItem(tr("Open"), QStringLiteral("open"));
    m_statusFilter->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_statusFilter->addItem(tr("Done"), QStringLiteral("done"));
    m_statusFilter->addItem(tr("Dropped"), QStringLiteral("dropped"));
    auto* follow = new QPushButton(tr("&Follow up…"));
    follow->setObjectName(QStringLiteral("followUpButton"));
    m_writers << follow;
    auto* ledger = outputButton(
        tr("Follow-up &ledger"),
        [this] {
            return QList<TableReport>{decisionsLedgerReport(m_decisions->rows(), committeeName(m_committee),
                                                            year(), m_workspace.clock().today())};
        },
        QStringLiteral("joint meeting decisions ledger"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_statusFilter);
    bar->addWidget(follow);
    bar->addWidget(ledger);
    bar->addStretch();
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &JointMeetingsPage::reload);
    connect(follow, &QPushButton::clicked, this, &JointMeetingsPage::followUpDecision);
    connect(m_decisionsView, &QTableView::doubleClicked, this, &JointMeetingsPage::followUpDecision);
    return tab(bar, m_decisionsView);
}

QWidget* JointMeetingsPage::rotaTab()
{
    m_rotaView = recordList(m_rota, "rotaView");
    auto* generate = new QPushButton(tr("&Generate for the year…"));
    generate->setObjectName(QStringLiteral("generateRotaButton"));
    auto* change = new QPushButton(tr("&Change month…"));
    change->setObjectName(QStringLiteral("changeMonthButton"));
    m_writers << generate << change;
    auto* print = outputButton(
        tr("&Rota"),
        [this] {
            return QList<TableReport>{rotaReport(m_rota->months(), committeeName(m_committee), year())};
        },
        QStringLiteral("chair rota"));
    m_attendance = new QLabel;
    m_attendance->setObjectName(QStringLiteral("attendanceLabel"));
    m_attendance->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(generate);
    bar->addWidget(change);
    bar->addWidget(print);
    bar->addStretch();
    auto* body = new QWidget;
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_rotaView, 1);
    bodyLayout->addWidget(m_attendance);
    connect(generate, &QPushButton::clicked, this, &JointMeetingsPage::generateRota);
    connect(change, &QPushButton::clicked, this, &JointMeetingsPage::changeRotaMonth);
    connect(m_rotaView, &QTableView::doubleClicked, this, &JointMeetingsPage::changeRotaMonth);
    return tab(bar, body);
}

QWidget* JointMeetingsPage::activitiesTab()
{
    m_activitiesView = recordList(m_activities, "activitiesView");
    auto* add = new QPushButton(tr("New &activity…"));
    PageCommands::offer(add, PageCommand::New);
    add->setObjectName(QStringLiteral("newActivityButton"));
    auto* edit = new QPushButton(tr("&Edit…"));
    auto* remove = new QPushButton(tr("De&lete"));
    PageCommands::offer(remove, PageCommand::Delete);
    m_writers << add << edit << remove;
    auto* bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    bar->addStretch();
    connect(add, &QPushButton::clicked, this, &JointMeetingsPage::newActivity);
    connect(edit, &QPushButton::clicked, this, &JointMeetingsPage::editActivity);
    connect(remove, &QPushButton::clicked, this, &JointMeetingsPage::deleteActivity);
    connect(m_activitiesView, &QTableView::doubleClicked, this, &JointMeetingsPage::editActivity);
    return tab(bar, m_activitiesView);
}

QToolButton* JointMeetingsPage::outputButton(const QString& text,
                                             const std::function<QList<TableReport>()>& reports,
                                             const QString& what)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const auto run = [this, reports, what](std::optional<ReportFormat> format) {
        const QList<TableReport> list = reports();
        if (list.isEmpty() || list.first().rowCount == 0) {
            QMessageBox::information(this, windowTitle(), tr("Choose a meeting first."));
            return;
        }
        if (format)
            exportReports(this, m_workspace, what, list, *format, list.first().title);
        else
            previewReports(this, m_workspace, what, list);
    };
    menu->addAction(tr("PDF…"), this, [run] { run(ReportFormat::Pdf); });
    menu->addAction(tr("Excel…"), this, [run] { run(ReportFormat::Xlsx); });
    menu->addAction(tr("Print preview…"), this, [run] { run(std::nullopt); });
    button->setMenu(menu);
    return button;
}

void JointMeetingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void JointMeetingsPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void JointMeetingsPage::setYear(int year)
{
    m_year->setValue(year);
}

int JointMeetingsPage::year() const
{
    return m_year->value();
}

QString JointMeetingsPage::committeeName(qint64 committeeId) const
{
    for (const Organisation& org : m_tree.organisations())
        if (org.id == (committeeId > 0 ? committeeId : m_orgId))
            return org.name;
    return tr("All communities");
}

QList<CoBuildingUnit> JointMeetingsPage::units() const
{
    return m_committee > 0 ? m_workspace.organisations().coBuildingUnits(m_committee)
                           : QList<CoBuildingUnit>();
}

qint64 JointMeetingsPage::selectedId(QTableView* view) const
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? view->model()->index(index.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

void JointMeetingsPage::reload()
{
    const QList<Organisation>& organisations = m_tree.organisations();
    m_committee = committeeOf(organisations, m_orgId);
    m_committees = committeesUnder(organisations, m_orgId);
    const QDate today = m_workspace.clock().today();
    const QString why = tr("Choose a community in the organisation tree to record joint meetings.");
    for (QWidget* writer : std::as_const(m_writers)) {
        writer->setEnabled(m_committee > 0);
        writer->setToolTip(m_committee > 0 ? QString() : why);
    }
    m_meetings->setRows(m_joint.repository().meetings(m_committees, year(), today));
    const QString filter = m_statusFilter->currentData().toString();
    QList<JointDecisionRow> decisions;
    for (const JointDecisionRow& row : m_joint.repository().decisions(m_committees, year())) {
        const bool keep = filter.isEmpty() || (filter == QLatin1String("overdue")
                                                   ? row.decision.overdue(today)
                                                   : decisionStatusCode(row.decision.status) == filter);
        if (keep)
            decisions << row;
    }
    m_decisions->setRows(decisions, today);
    m_activities->setRows(m_joint.repository().activities(m_committees, year()));
    if (m_committee > 0) {
        m_rota->setMonths(m_joint.repository().rotaMonths(m_committee, year()), year());
        const QString missed =
            missedQuartersText(quarterCoverage(m_workspace.database(), m_committee, year(), today));
        m_coverage->setText(missed.isEmpty()
                                ? tr("A joint meeting in every quarter so far.")
                                : tr("Joint meetings are held at least quarterly: %1").arg(missed));
        m_coverage->setStyleSheet(missed.isEmpty() ? QString() : QStringLiteral("color: #c01c1c;"));
        QStringList parts;
        for (const UnitAttendance& a : unitAttendance(m_workspace.database(), units(), m_committee, year()))
            if (a.expected > 0)
                parts << tr("%1 %2/%3").arg(a.unitName).arg(a.attended).arg(a.expected);
        m_attendance->setText(
            tr("Attendance at the year's meetings: %1").arg(parts.join(QStringLiteral("; "))));
    } else {
        m_rota->setMonths({}, year());
        m_coverage->setStyleSheet(QString());
        m_coverage->setText(
            tr("%n meeting(s) in %1 under the selection. %2", nullptr, int(m_meetings->rows().size()))
                .arg(committeeName(0), why));
        m_attendance->setText(why);
    }
}

void JointMeetingsPage::showRecord(qint64 recordId)
{
    const std::optional<JointMeeting> m =
        recordId > 0 ? m_joint.repository().meeting(recordId) : std::nullopt;
    if (!m)
        return;
    m_tabs->setCurrentIndex(0);
    if (m->heldOn.year() != year())
        setYear(m->heldOn.year());
    reload();
    for (int row = 0; row < m_meetings->rowCount(); ++row)
        if (m_meetings->rows()[row].id == recordId)
            m_meetingsView->selectRow(row);
}

} // namespace partydesk
