#include "RatingPage.h"

#include "cogovernance/RatingEvidence.h"
#include "domain/OrganisationTree.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "OrganisationsChooser.h"
#include "RatingActions.h"
#include "RatingChartsPanel.h"
#include "RatingResultsModel.h"
#include "RectificationPanel.h"
#include "ScoreSheetModel.h"
#include "ScoreSheetView.h"
#include "TemplateEditor.h"
#include "widgets/ColumnFitter.h"
#include "widgets/WholeFigures.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

RatingPage::RatingPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("RatingPage"));
    HelpTopics::setTopic(this, QStringLiteral("rating"));
    auto* title = new QLabel(tr("Star rating"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_years = new QComboBox;
    m_years->setObjectName(QStringLiteral("yearCombo"));
    auto* newYear = new QPushButton(tr("&New year…"));
    PageCommands::offer(newYear, PageCommand::New);
    auto* organisations = new QPushButton(tr("Branches &rated…"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ratingSummary"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_years);
    // The summary has its own line: beside the buttons it would squeeze the organisation tree at
    // 1366 pixels.
    header->addStretch(1);
    header->addWidget(newYear);
    header->addWidget(organisations);
    auto* templateButton = new QPushButton(tr("&Template…"));
    header->addWidget(templateButton);
    m_finish = new QPushButton(tr("&Finish the year…"));
    m_finish->setObjectName(QStringLiteral("finishYearButton"));
    header->addWidget(m_finish);
    connect(m_finish, &QPushButton::clicked, this, &RatingPage::finishOrReopen);
    auto* files = new QToolButton;
    files->setText(tr("E&xport and print"));
    files->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(files);
    menu->addAction(tr("Annual report as PDF…"), this,
                    [this] { RatingActions::exportReport(this, m_workspace, m_year, true); });
    QAction* excel = menu->addAction(tr("Ranking and all sheets to Excel…"), this, [this] {
        RatingActions::exportReport(this, m_workspace, m_year, false);
    });
    PageCommands::offer(excel, PageCommand::Export);
    QAction* preview = menu->addAction(tr("Print preview of the annual report…"), this,
                                       [this] { RatingActions::printReport(this, m_workspace, m_year); });
    PageCommands::offer(preview, PageCommand::Print);
    menu->addSeparator();
    menu->addAction(tr("Blank score sheets to Excel…"), this,
                    [this] { RatingActions::exportBlankSheets(this, m_workspace, m_year); });
    menu->addAction(tr("Import filled score sheets…"), this, [this] {
        if (RatingActions::importSheets(this, m_workspace, m_year))
            showYear(m_year);
    });
    files->setMenu(menu);
    header->addWidget(files);
    connect(templateButton, &QPushButton::clicked, this, &RatingPage::editTemplate);

    m_warnings = new QLabel;
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; padding: 6px;"));
    m_warnings->hide();

    m_results = new RatingResultsModel(this);
    m_resultsView = new QTableView;
    m_resultsView->setObjectName(QStringLiteral("ratingResultsView"));
    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->hide();
    // Every column in view beside the sheet at 1366 pixels: long names give way (their tooltip
    // has them whole), numbers, stars and ranks never.
    ColumnFitter::attach(m_resultsView);

    m_sheetTitle = new QLabel;
    m_sheetTitle->setFont(titleFont);
    m_sheet = new ScoreSheetModel(workspace.ratingService(), this);
    m_sheetView = new ScoreSheetView;
    m_sheetView->setObjectName(QStringLiteral("scoreSheetView"));
    m_sheetView->setModel(m_sheet);
    // The tasks and the recorded facts are sentences: in a narrow column they wrap, each row as
    // tall as its text, rather than being cut. The note keeps room to type in.
    ColumnFitter::attach(m_sheetView)->keepWidth(ScoreSheetModel::NoteColumn, 100);
    m_sheetView->setWordWrap(true);
    m_sheetView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("sheetTotals"));
    m_totals->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("sheetMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setWordWrap(true);
    m_rectification = new RectificationPanel(workspace);

    auto* sheetPanel = new QWidget;
    auto* sheetLayout = new QVBoxLayout(sheetPanel);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_sheetTitle);
    m_yearState = new QLabel;
    m_yearState->setObjectName(QStringLiteral("yearState"));
    m_yearState->setWordWrap(true);
    m_yearState->setStyleSheet(QStringLiteral("color: #1d4f91; background: #eaf1fb; padding: 4px;"));
    m_yearState->hide();
    sheetLayout->addWidget(m_yearState);
    auto* typing = new QLabel(tr("Type a score and press Tab or Enter; the committee's score (考评) "
                                 "stands. Everything is saved as you go."));
    // Wrapped, so that its length never narrows the ranking beside it.
    typing->setWordWrap(true);
    sheetLayout->addWidget(typing);
    sheetLayout->addWidget(m_sheetView, 3);
    sheetLayout->addWidget(m_message);
    sheetLayout->addWidget(m_totals);
    // A lagging branch's rectification under its sheet, each with room of its own: at 768 pixels
    // high the sheet keeps about six rows instead of being squeezed to one.
    m_sheetView->setMinimumHeight(m_sheetView->verticalHeader()->defaultSectionSize() * 6);
    auto* sheetAndRectification = new QSplitter(Qt::Vertical);
    sheetAndRectification->setChildrenCollapsible(false);
    sheetAndRectification->addWidget(sheetPanel);
    sheetAndRectification->addWidget(m_rectification);
    sheetAndRectification->setStretchFactor(0, 3);
    sheetAndRectification->setStretchFactor(1, 2);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_resultsView);
    splitter->addWidget(sheetAndRectification);
    splitter->setStretchFactor(1, 1);
    // The ranking takes a little under half the page: its six columns fit at 1366 pixels.
    splitter->setSizes({470, 530});
    m_charts = new RatingChartsPanel;
    m_views = new QTabWidget;
    m_views->addTab(splitter, tr("Scoring"));
    m_views->addTab(m_charts, tr("Charts"));
    connect(m_views, &QTabWidget::currentChanged, this, &RatingPage::updateCharts);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_views, 1);

    connect(m_years, &QComboBox::activated, this, [this] { showYear(m_years->currentData().toInt()); });
    connect(newYear, &QPushButton::clicked, this, &RatingPage::startNewYear);
    connect(organisations, &QPushButton::clicked, this, &RatingPage::chooseOrganisations);
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RatingPage::onBranchSelected);
    connect(m_sheet, &ScoreSheetModel::sheetChanged, this, &RatingPage::onSheetChanged);
    connect(m_sheet, &ScoreSheetModel::refused, m_message, &QLabel::setText);
    connect(m_sheet, &ScoreSheetModel::refused, m_sheetView, &ScoreSheetView::valueRefused);
}

void RatingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_year == 0)
        reloadYears();
}

void RatingPage::reloadYears()
{
    const QList<int> years = m_workspace.ratings().years();
    m_years->clear();
    for (int year : years)
        m_years->addItem(tr("%1").arg(year), year);
    if (!years.isEmpty())
        showYear(m_year > 0 && years.contains(m_year) ? m_year : years.first());
}

QHash<qint64, qint64> RatingPage::parents() const
{
    QHash<qint64, qint64> map;
    for (const Organisation& org : m_tree.organisations())
        map.insert(org.id, org.parentId);
    return map;
}

void RatingPage::showYear(int year)
{
    if (m_years->findData(year) < 0)
        reloadYears();
    m_year = year;
    m_years->setCurrentIndex(m_years->findData(year));
    m_ratingYear = m_workspace.ratings().loadYear(year);
    m_lastYear.reset();
    m_lastYearSessionId = 0;
    if (const std::optional<RatingYear> last = m_workspace.ratings().loadYear(year - 1)) {
        m_lastYear = computeRatings(last->ratingTemplate, last->sheets, parents());
        m_lastYearSessionId = last->sessionId;
    }
    const qint64 keep = m_orgId;
    const bool finished = m_ratingYear && m_ratingYear->finishedOn.isValid();
    m_finish->setEnabled(m_ratingYear && m_ratingYear->sessionId != 0);
    m_finish->setText(finished ? tr("&Reopen the year…") : tr("&Finish the year…"));
    m_yearState->setVisible(finished);
    if (finished)
        m_yearState->setText(tr("The %1 rating was finished on %2: its result is final and the sheets are "
                                "read-only. To change a score, reopen the year and give the reason.")
                                 .arg(year)
                                 .arg(m_ratingYear->finishedOn.toString(Qt::ISODate)));
    recompute();
    if (m_ratingYear && !m_ratingYear->orgIds.isEmpty()) {
        // Resume where the work stopped: the first branch whose sheet is not complete.
        qint64 next = m_ratingYear->orgIds.contains(keep) ? keep : 0;
        for (const RatingResult& r : m_results->outcome().results)
            if (!next && !r.complete)
                next = r.orgId;
        selectBranch(next ? next : m_ratingYear->orgIds.first());
    } else {
        m_orgId = 0;
        onBranchSelected();
    }
    emit yearChanged(year);
}

void RatingPage::recompute()
{
    if (!m_ratingYear) {
        m_results->setResults({}, std::nullopt, {});
        m_summary->clear();
        return;
    }
    const RatingOutcome outcome =
        computeRatings(m_ratingYear->ratingTemplate, m_ratingYear->sheets, parents());
    if (m_results->rowCount() == outcome.results.size() && m_results->rowCount() > 0)
        m_results->updateResults(outcome);
    else
        m_results->setResults(outcome, m_lastYear, organisationDisplayNames(m_tree.organisations()));
    // The parent column matters only when the branches rated sit under different committees.
    QSet<qint64> parentIds;
    for (const RatingResult& r : outcome.results)
        parentIds.insert(r.parentId);
    m_resultsView->setColumnHidden(RatingResultsModel::ParentColumn, parentIds.size() <= 1);
    int complete = 0, lagging = 0;
    int stars[6] = {};
    for (const RatingResult& r : outcome.results) {
        complete += r.complete;
        lagging += r.lagging;
        stars[std::clamp(r.stars, 0, 5)] += 1;
    }
    m_summary->setText(
        tr("%1 branches, %2 complete · ★5: %3 · ★4: %4 · ★3: %5 · ★2: %6 · ★1: %7 · lagging: %8")
            .arg(outcome.results.size())
            .arg(complete)
            .arg(stars[5])
            .arg(stars[4])
            .arg(stars[3])
            .arg(stars[2])
            .arg(stars[1])
            .arg(lagging));
    m_warnings->setText(outcome.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!outcome.warnings.isEmpty());
    updateTotals();
    updateCharts();
}

void RatingPage::selectBranch(qint64 orgId)
{
    const int row = m_results->rowOf(orgId);
    if (row < 0)
        return;
    m_resultsView->setCurrentIndex(m_results->index(row, 0));
    m_resultsView->selectRow(row);
    if (m_orgId != orgId)
        onBranchSelected();
}

void RatingPage::onBranchSelected()
{
    const QModelIndex current = m_resultsView->currentIndex();
    m_orgId = current.isValid() ? current.data(RatingResultsModel::OrgIdRole).toLongLong() : 0;
    m_message->clear();
    if (!m_ratingYear || m_orgId == 0) {
        m_sheetTitle->setText(m_ratingYear ? tr("Choose a branch on the left")
                                           : tr("No rating yet: start a year with \"New year…\""));
        m_sheet->setSheet({}, {}, true);
        m_rectification->setBranch(0, 0, 0, false);
        updateTotals();
        return;
    }
    const int index = int(m_ratingYear->orgIds.indexOf(m_orgId));
    const Organisation* org = m_tree.organisation(m_orgId);
    m_sheetTitle->setText(tr("%1 — %2 sheet").arg(org ? org->name : QString()).arg(m_year));
    m_sheet->setSheet(m_ratingYear->ratingTemplate, m_ratingYear->sheets[index],
                      m_ratingYear->finishedOn.isValid());
    m_sheet->setEvidence(ratingEvidence(m_workspace.database(), m_tree.organisations(),
                                        m_ratingYear->ratingTemplate, m_orgId, m_year));
    const RatingResult* result = m_results->outcome().find(m_orgId);
    m_rectification->setBranch(m_ratingYear->sessionId, m_lastYearSessionId, m_orgId,
                               result && result->lagging);
    updateTotals();
    updateCharts();
    m_sheetView->setCurrentIndex(m_sheet->index(0, ScoreSheetModel::AssessedColumn));
}

void RatingPage::onSheetChanged(const ScoreSheet& sheet)
{
    if (!m_ratingYear)
        return;
    const int index = int(m_ratingYear->orgIds.indexOf(sheet.orgId));
    if (index < 0)
        return;
    m_ratingYear->sheets[index] = sheet;
    m_message->clear();
    recompute();
    const RatingResult* result = m_results->outcome().find(m_orgId);
    m_rectification->setBranch(m_ratingYear->sessionId, m_lastYearSessionId, m_orgId,
                               result && result->lagging);
}

void RatingPage::updateTotals()
{
    const RatingResult* r = m_ratingYear ? m_results->outcome().find(m_orgId) : nullptr;
    if (!r) {
        m_totals->clear();
        return;
    }
    QStringList aspects;
    for (int i = 0; i < m_ratingYear->ratingTemplate.aspects.size() && i < r->aspectSubtotals.size(); ++i)
        aspects << tr("%1 %2/%3")
                       .arg(m_ratingYear->ratingTemplate.aspects[i].name)
                       .arg(r->aspectSubtotals[i].toString(),
                            m_ratingYear->ratingTemplate.aspects[i].maxPoints().toCompactString());
    m_totals->setText(
        keepFiguresWhole(tr("%1\nBase %2 + bonus %3 − deduction %4 = <b>total %5</b> · %6 · rank %7%8")
                             .arg(aspects.join(QStringLiteral(" · ")))
                             .arg(r->base.toString(), r->bonus.toString(), r->deduction.toString(),
                                  r->total.toString(), RatingResultsModel::starText(r->stars))
                             .arg(r->rank)
                             .arg(r->vetoed ? tr(" · vetoed: one star at most") : QString())
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

// Charts are drawn only while their tab is shown: typing scores stays fast.
void RatingPage::updateCharts()
{
    if (!m_ratingYear || m_views->currentWidget() != m_charts)
        return;
    m_charts->setYear(m_ratingYear->ratingTemplate, m_results->outcome(),
                      organisationDisplayNames(m_tree.organisations()));
    QList<QPair<int, double>> totals;
    const QList<int> years = m_workspace.ratings().years();
    for (auto it = years.crbegin(); it != years.crend(); ++it) {
        const std::optional<RatingYear> y =
            *it == m_year ? m_ratingYear : m_workspace.ratings().loadYear(*it);
        if (!y)
            continue;
        const int index = int(y->orgIds.indexOf(m_orgId));
        if (index < 0)
            continue;
        const RatingResult r = computeRatings(y->ratingTemplate, {y->sheets[index]}, {}).results.first();
        if (r.rated)
            totals.append({*it, r.total.toDouble()});
    }
    m_charts->setBranch(m_orgId, totals);
}

void RatingPage::editTemplate()
{
    if (!m_ratingYear)
        return;
    TemplateEditor editor(m_workspace, m_ratingYear->ratingTemplate, this);
    if (editor.exec() == QDialog::Accepted)
        showYear(m_year);
}

void RatingPage::startNewYear()
{
    const QList<int> years = m_workspace.ratings().years();
    const int suggested = years.isEmpty() ? m_workspace.clock().today().year() : years.first() + 1;
    bool ok = false;
    const int year = QInputDialog::getInt(this, tr("New year"), tr("Rate the branches for the year:"),
                                          suggested, 2000, 2100, 1, &ok);
    if (!ok)
        return;
    if (years.contains(year)) {
        showYear(year);
        return;
    }
    // Last year's template and branches carry over; a first year starts from the default.
    const ServiceResult started = m_workspace.ratingService().startYear(year);
    if (!started.ok()) {
        QMessageBox::warning(this, tr("New year"), started.message);
        return;
    }
    reloadYears();
    showYear(year);
}

void RatingPage::chooseOrganisations()
{
    if (!m_ratingYear)
        return;
    OrganisationsChooser chooser(m_tree.organisations(), m_ratingYear->orgIds, this);
    if (chooser.exec() != QDialog::Accepted)
        return;
    const QList<qint64> chosen = chooser.chosen();
    QList<qint64> dropped;
    for (qint64 id : m_ratingYear->orgIds)
        if (!chosen.contains(id) && !m_ratingYear->sheets[m_ratingYear->orgIds.indexOf(id)].tasks.isEmpty())
            dropped << id;
    if (!dropped.isEmpty() &&
        QMessageBox::question(
            this, tr("Branches rated"),
            tr("%n branch(es) taken out of the rating already have scores, which will be deleted. "
               "Continue?",
               nullptr, int(dropped.size()))) != QMessageBox::Yes)
        return;
    const ServiceResult result = m_workspace.ratingService().setOrganisations(m_year, chosen);
    if (!result.ok())
        QMessageBox::warning(this, tr("Branches rated"), result.message);
    showYear(m_year);
}

void RatingPage::finishOrReopen()
{
    if (!m_ratingYear || m_ratingYear->sessionId == 0)
        return;
    ServiceResult result;
    if (m_ratingYear->finishedOn.isValid()) {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Reopen the year"),
            tr("The %1 result is final. Why must it change? The reason is recorded in the audit log.")
                .arg(m_year),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        result = m_workspace.ratingService().reopenYear(m_year, reason);
    } else {
        int incomplete = 0;
        for (const RatingResult& r : m_results->outcome().results)
            incomplete += !r.complete;
        const QString question =
            incomplete > 0
                ? tr("%n sheet(s) are not complete. Finish the %1 rating anyway? Its result becomes final.",
                     nullptr, incomplete)
                      .arg(m_year)
                : tr("Finish the %1 rating? Its result becomes final.").arg(m_year);
        if (QMessageBox::question(this, tr("Finish the year"), question) != QMessageBox::Yes)
            return;
        result = m_workspace.ratingService().finishYear(m_year);
    }
    if (!result.ok())
        QMessageBox::warning(this, windowTitle(), result.message);
    showYear(m_year);
}

} // namespace partydesk
