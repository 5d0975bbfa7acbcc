#include "AppraisalPage.h"

#include "appraisal/AppraisalReport.h"
#include "AppraisalGradeDelegate.h"
#include "AppraisalResultsModel.h"
#include "AppraisalSummaryModel.h"
#include "domain/OrganisationTree.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "widgets/ColumnFitter.h"
#include "widgets/DateField.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

enum Panel
{
    HintPanel,
    BranchPanel,
    SummaryPanel
};

QLabel* boldLabel()
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

AppraisalPage::AppraisalPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree), m_appraisal(workspace),
      m_year(workspace.clock().today().year())
{
    setObjectName(QStringLiteral("AppraisalPage"));
    HelpTopics::setTopic(this, QStringLiteral("appraisal"));
    auto* title = new QLabel(tr("Democratic appraisal of members"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_yearSpin = new QSpinBox;
    m_yearSpin->setObjectName(QStringLiteral("yearSpin"));
    m_yearSpin->setRange(2000, 2100);
    m_yearSpin->setValue(m_year);
    auto* report = new QToolButton;
    report->setText(tr("Result &table"));
    report->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(report);
    menu->addAction(tr("Result table as PDF…"), this, [this] { exportResults(true); });
    QAction* excel = menu->addAction(tr("Result table to Excel…"), this, [this] { exportResults(false); });
    PageCommands::offer(excel, PageCommand::Export);
    QAction* preview = menu->addAction(tr("Print preview…"), this, &AppraisalPage::printResults);
    PageCommands::offer(preview, PageCommand::Print);
    report->setMenu(menu);
    auto* defaultCap = new QPushButton(tr("Default share of Excellent…"));
    connect(defaultCap, &QPushButton::clicked, this, &AppraisalPage::setDefaultCap);
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(new QLabel(tr("Year")));
    header->addWidget(m_yearSpin);
    header->addStretch();
    header->addWidget(defaultCap);
    header->addWidget(report);

    // A branch: its session and members.
    m_branchTitle = boldLabel();
    m_heldOn = new DateField;
    m_heldOn->setObjectName(QStringLiteral("heldOnField"));
    m_cap = new QLineEdit;
    m_cap->setObjectName(QStringLiteral("capField"));
    m_cap->setMaximumWidth(80);
    m_cap->setToolTip(
        tr("The share of those rated that may be Excellent at most, as a fraction: 1/3, 20/100."));
    m_openButton = new QPushButton;
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_finishButton = new QPushButton(tr("&Finish the appraisal"));
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_reopenButton = new QPushButton(tr("&Reopen…"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("stateLabel"));
    auto* sessionRow = new QHBoxLayout;
    sessionRow->addWidget(new QLabel(tr("Held on")));
    sessionRow->addWidget(m_heldOn);
    sessionRow->addWidget(new QLabel(tr("Excellent at most")));
    sessionRow->addWidget(m_cap);
    sessionRow->addWidget(m_openButton);
    sessionRow->addWidget(m_state, 1);
    sessionRow->addWidget(m_finishButton);
    sessionRow->addWidget(m_reopenButton);
    m_counts = boldLabel();
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c00000"));
    m_results = new AppraisalResultsModel(m_appraisal.service(), this);
    m_resultsView = new QTableView;
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_results);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                   QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    ColumnFitter::attach(m_resultsView);
    auto* grades = new AppraisalGradeDelegate(this);
    m_resultsView->setItemDelegateForColumn(AppraisalResultsModel::GradeColumn, grades);
    m_resultsView->setItemDelegateForColumn(AppraisalResultsModel::SelfGradeColumn, grades);
    auto* branchPanel = new QWidget;
    auto* branchLayout = new QVBoxLayout(branchPanel);
    branchLayout->setContentsMargins(0, 0, 0, 0);
    branchLayout->addWidget(m_branchTitle);
    branchLayout->addLayout(sessionRow);
    branchLayout->addWidget(m_counts);
    branchLayout->addWidget(m_message);
    branchLayout->addWidget(m_resultsView, 1);

    // A committee: its branches' appraisals of the year.
    m_summary = new AppraisalSummaryModel(this);
    auto* summaryView = new QTableView;
    summaryView->setObjectName(QStringLiteral("summaryView"));
    summaryView->setModel(m_summary);
    summaryView->verticalHeader()->hide();
    summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ColumnFitter::attach(summaryView);
    m_summaryTitle = boldLabel();
    auto* summaryPanel = new QWidget;
    auto* summaryLayout = new QVBoxLayout(summaryPanel);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addWidget(summaryView, 1);

    auto* hint = new QLabel(tr("Choose a branch in the tree to hold its appraisal, or a committee to see its "
                               "branches' appraisals of the year."));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget;
    m_stack->insertWidget(HintPanel, hint);
    m_stack->insertWidget(BranchPanel, branchPanel);
    m_stack->insertWidget(SummaryPanel, summaryPanel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_yearSpin, &QSpinBox::valueChanged, this, &AppraisalPage::showYear);
    connect(m_openButton, &QPushButton::clicked, this, &AppraisalPage::openOrSaveSession);
    connect(m_finishButton, &QPushButton::clicked, this, &AppraisalPage::finishSession);
    connect(m_reopenButton, &QPushButton::clicked, this, &AppraisalPage::reopenSession);
    connect(m_results, &AppraisalResultsModel::refused, this, &AppraisalPage::showMessage);
    // Queued: the grade's editor closes first.
    connect(m_results, &AppraisalResultsModel::handlingNeeded, this, &AppraisalPage::askHandling,
            Qt::QueuedConnection);
    connect(m_results, &AppraisalResultsModel::entrySaved, this, [this] {
        m_message->clear();
        updateCounts();
    });
    connect(summaryView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.isValid())
            return;
        const qint64 orgId = m_summary->lines().at(index.row()).orgId;
        setOrganisation(orgId);
        emit organisationChosen(orgId);
    });
}

void AppraisalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AppraisalPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    // A hidden page reads when it is shown: the main window tells every page of each selection.
    if (isVisible())
        reload();
}

void AppraisalPage::showYear(int year)
{
    m_year = year;
    if (m_yearSpin->value() != year) {
        const QSignalBlocker block(m_yearSpin);
        m_yearSpin->setValue(year);
    }
    reload();
}

bool AppraisalPage::isBranch(qint64 orgId) const
{
    for (const Organisation& org : m_tree.organisations())
        if (org.id == orgId)
            return isBranchLevel(org.type) && org.type != OrgType::PartyGroup;
    return false;
}

QList<qint64> AppraisalPage::branchesInScope() const
{
    const QSet<qint64> scope = subtreeIds(m_tree.organisations(), m_orgId);
    QList<qint64> ids;
    for (const Organisation& org : m_tree.organisations())
        if (scope.contains(org.id) && isBranch(org.id))
            ids << org.id;
    return ids;
}

void AppraisalPage::reload()
{
    m_message->clear();
    if (m_orgId > 0 && isBranch(m_orgId)) {
        m_stack->setCurrentIndex(BranchPanel);
        reloadBranch();
    } else if (m_orgId > 0 && !branchesInScope().isEmpty()) {
        m_stack->setCurrentIndex(SummaryPanel);
        reloadSummary();
    } else {
        m_stack->setCurrentIndex(HintPanel);
    }
}

void AppraisalPage::reloadBranch()
{
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    m_branchTitle->setText(tr("%1 · appraisal of %2").arg(names.value(m_orgId)).arg(m_year));
    m_session = m_appraisal.repository().session(m_orgId, m_year);
    const bool open = m_session.has_value();
    const bool finished = open && m_session->finished();
    const QDate today = m_workspace.clock().today();
    m_heldOn->setDate(open ? m_session->heldOn : (today.year() == m_year ? today : QDate(m_year, 12, 20)));
    m_cap->setText((open ? m_session->cap : m_appraisal.service().defaultCap()).text());
    m_heldOn->setEnabled(!finished);
    m_cap->setEnabled(!finished);
    m_openButton->setText(open ? tr("&Save day and share") : tr("&Open the appraisal"));
    m_openButton->setEnabled(!finished);
    m_finishButton->setEnabled(open && !finished);
    m_reopenButton->setEnabled(finished);
    m_state->setText(!open      ? tr("Not opened yet.")
                     : finished ? tr("Finished on %1: the results are in the members' histories.")
                                      .arg(m_session->finishedOn.toString(Qt::ISODate))
                                : tr("Open: grade each member, then finish."));
    m_results->load(open ? m_session->id : 0, finished);
    updateCounts();
}

void AppraisalPage::updateCounts()
{
    if (!m_session) {
        m_counts->clear();
        return;
    }
    const QList<AppraisalRow>& rows = m_results->rows();
    const int rated = int(rows.size());
    const GradeCounts counts = gradeCounts(rows);
    const AppraisalCap& cap = m_session->cap;
    const int excellent = counts[gradeIndex(AppraisalGrade::Excellent)];
    int unrated = rated;
    for (int n : counts)
        unrated -= n;
    // "优秀 3/9，上限 1/3 = 3人"
    QString text = tr("Excellent %1/%2, at most %3 = %4")
                       .arg(excellent)
                       .arg(rated)
                       .arg(cap.text())
                       .arg(cap.maxExcellent(rated));
    text += tr("; ") + appraisalCountLine(counts, rated);
    if (unrated > 0)
        text += tr("; %n not rated", nullptr, unrated);
    m_counts->setText(text);
    const bool over = !cap.allows(excellent, rated);
    m_counts->setStyleSheet(over ? QStringLiteral("color: #c00000") : QString());
    m_counts->setToolTip(over
                             ? tr("More members are Excellent than the share allows: the appraisal cannot be "
                                  "finished like this.")
                             : QString());
}

void AppraisalPage::reloadSummary()
{
    const QHash<qint64, QString> names = organisationDisplayNames(m_tree.organisations());
    const QHash<qint64, AppraisalSummary> summaries = m_appraisal.repository().summaries(m_year);
    QList<AppraisalSummaryModel::Line> lines;
    int finished = 0;
    for (qint64 id : branchesInScope()) {
        AppraisalSummaryModel::Line line{id, names.value(id), summaries.value(id)};
        line.summary.orgId = id;
        finished += line.summary.finishedOn.isValid();
        lines << line;
    }
    m_summary->setLines(lines);
    m_summaryTitle->setText(tr("%1 · appraisals of %2: %3 of %4 branches finished")
                                .arg(names.value(m_orgId))
                                .arg(m_year)
                                .arg(finished)
                                .arg(lines.size()));
}

void AppraisalPage::showMessage(const QString& message)
{
    m_message->setText(message);
}

void AppraisalPage::openOrSaveSession()
{
    const QDate day = m_heldOn->date();
    const std::optional<AppraisalCap> cap = AppraisalCap::parse(m_cap->text());
    if (!m_heldOn->isAcceptable() || !day.isValid()) {
        showMessage(tr("Give the day the appraisal is held, such as %1.")
                        .arg(QStringLiteral("%1-12-20").arg(m_year)));
        return;
    }
    if (!cap) {
        showMessage(tr("The share of Excellent is a fraction from 0 to 1, such as 1/3 or 20/100."));
        return;
    }
    const ServiceResult result =
        m_session ? m_appraisal.service().updateSession(m_session->id, day, *cap, m_session->notes)
                  : m_appraisal.service().openSession(m_orgId, m_year, day, *cap);
    reloadBranch();
    if (!result.ok())
        showMessage(result.message);
}

void AppraisalPage::finishSession()
{
    if (!m_session)
        return;
    const ServiceResult result = m_appraisal.service().finish(m_session->id);
    reloadBranch();
    if (!result.ok())
        showMessage(result.message);
}

void AppraisalPage::reopenSession()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen the appraisal"),
                                                 tr("The results are final and in the members' histories. "
                                                    "Why must they change? The reason is recorded."),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const ServiceResult result = m_appraisal.service().reopen(m_session->id, reason);
    reloadBranch();
    if (!result.ok())
        showMessage(result.message);
}

void AppraisalPage::askHandling(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    bool ok = false;
    const QString handling =
        QInputDialog::getMultiLineText(this, tr("Unqualified"),
                                       tr("How is %1 handled? (education, a deadline to improve, persuading "
                                          "to leave …) It is recorded in the "
                                          "member's history.")
                                           .arg(m_results->rows().at(row).name),
                                       m_results->rows().at(row).entry.handling, &ok);
    if (!ok) {
        showMessage(tr("Unqualified needs a handling note: the grade was not changed."));
        return;
    }
    m_results->setUnqualified(row, handling);
}

void AppraisalPage::setDefaultCap()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Default share of Excellent"),
        tr("New appraisals allow at most this share of those rated to be Excellent (a fraction, e.g. 1/3):"),
        QLineEdit::Normal, m_appraisal.service().defaultCap().text(), &ok);
    if (!ok)
        return;
    const std::optional<AppraisalCap> cap = AppraisalCap::parse(text);
    const ServiceResult result =
        cap ? m_appraisal.service().setDefaultCap(*cap)
            : ServiceResult::invalid(tr("The share of Excellent is a fraction from 0 to 1, "
                                        "such as 1/3 or 20/100."));
    if (!result.ok())
        showMessage(result.message);
    reload();
}

} // namespace partydesk
