#include "WishesPage.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/WishFacts.h"
#include "cogovernance/WishReports.h"
#include "cogovernance/WishService.h"
#include "domain/OrganisationTree.h"
#include "dues/DuesRecords.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/ColumnFitter.h"
#include "WishListModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

WishesPage::WishesPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree),
      m_service(std::make_unique<WishService>(wishService(workspace)))
{
    setObjectName(QStringLiteral("WishesPage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_stage = new QComboBox;
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_scope = new QLabel;
    m_scope->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year")));
    top->addWidget(m_year);
    top->addWidget(new QLabel(tr("Stage")));
    top->addWidget(m_stage);
    top->addWidget(m_scope, 1);

    m_new = new QPushButton(tr("&New wish…"));
    PageCommands::offer(m_new, PageCommand::New);
    m_new->setObjectName(QStringLiteral("newWish"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_publish = new QPushButton(tr("&Publish…"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_claim = new QPushButton(tr("&Claim…"));
    m_claim->setObjectName(QStringLiteral("claim"));
    m_fulfil = new QPushButton(tr("&Fulfilled…"));
    m_fulfil->setObjectName(QStringLiteral("fulfil"));
    m_withdraw = new QPushButton(tr("&Withdraw…"));
    m_back = new QPushButton(tr("&Back a stage"));
    auto* output = new QToolButton;
    output->setText(tr("Print and e&xport"));
    output->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(output);
    QAction* preview = menu->addAction(tr("Public list: print preview…"), this, [this] {
        previewReports(this, m_workspace, QStringLiteral("micro-wish public list"), {publicList()});
    });
    PageCommands::offer(preview, PageCommand::Print);
    menu->addAction(tr("Public list as PDF…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("micro-wish public list"), {publicList()},
                      ReportFormat::Pdf, tr("micro-wishes public list.pdf"));
    });
    QAction* excel = menu->addAction(tr("Internal list to Excel…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("micro-wishes"), {internalList(false)},
                      ReportFormat::Xlsx, tr("micro-wishes.xlsx"));
    });
    PageCommands::offer(excel, PageCommand::Export);
    QAction* full = menu->addAction(tr("Internal list with full contacts to Excel…"), this, [this] {
        exportReports(this, m_workspace, QStringLiteral("micro-wishes with full contacts"),
                      {internalList(true)}, ReportFormat::Xlsx, tr("micro-wishes.xlsx"));
    });
    connect(menu, &QMenu::aboutToShow, this,
            [this, full] { full->setEnabled(m_workspace.session().allows(Permission::ShowFullIdNumbers)); });
    output->setMenu(menu);
    auto* actions = new QHBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_new, m_edit, m_publish, m_claim, m_fulfil, m_withdraw, m_back})
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(output);

    m_model = new WishListModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("wishesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("wishDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* listTab = new QWidget;
    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_detail);

    m_countsBy = new QComboBox;
    m_countsBy->addItems({tr("By month"), tr("By branch"), tr("By grid")});
    m_counts = new QStandardItemModel(this);
    auto* countsView = new QTableView;
    countsView->setObjectName(QStringLiteral("countsView"));
    countsView->setModel(m_counts);
    countsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    countsView->verticalHeader()->hide();
    ColumnFitter::attach(countsView);
    auto* countsTab = new QWidget;
    auto* countsLayout = new QVBoxLayout(countsTab);
    countsLayout->addWidget(m_countsBy);
    countsLayout->addWidget(countsView, 1);

    auto* tabs = new QTabWidget;
    tabs->addTab(listTab, tr("Wishes"));
    tabs->addTab(countsTab, tr("Counts"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &WishesPage::reload);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &WishesPage::refilter);
    connect(m_countsBy, &QComboBox::currentIndexChanged, this, &WishesPage::updateCounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WishesPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &WishesPage::editWish);
    connect(m_new, &QPushButton::clicked, this, &WishesPage::newWish);
    connect(m_edit, &QPushButton::clicked, this, &WishesPage::editWish);
    connect(m_publish, &QPushButton::clicked, this, &WishesPage::publish);
    connect(m_claim, &QPushButton::clicked, this, &WishesPage::claim);
    connect(m_fulfil, &QPushButton::clicked, this, &WishesPage::fulfil);
    connect(m_withdraw, &QPushButton::clicked, this, &WishesPage::withdraw);
    connect(m_back, &QPushButton::clicked, this, &WishesPage::stepBack);
    updateActions();
}

WishesPage::~WishesPage() = default;

void WishesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void WishesPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void WishesPage::showRecord(qint64 recordId)
{
    if (recordId <= 0)
        return;
    reload();
    int row = m_model->rowOf(recordId);
    if (row < 0 && m_stage->currentIndex() != 0) {
        m_stage->setCurrentIndex(0);
        row = m_model->rowOf(recordId);
    }
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

qint64 WishesPage::committee() const
{
    return committeeOf(m_tree.organisations(), m_orgId);
}

QList<qint64> WishesPage::orgIdsInScope() const
{
    if (m_orgId <= 0)
        return {};
    const QSet<qint64> ids = subtreeIds(m_tree.organisations(), m_orgId);
    return QList<qint64>(ids.cbegin(), ids.cend());
}

void WishesPage::reload()
{
    const qint64 kept = current() ? current()->id : 0;
    m_all = m_service->wishes().wishes(orgIdsInScope(), m_year->value());
    const auto stages = wishCountsByStage(m_all);
    const int chosen = std::max(0, m_stage->currentIndex());
    {
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("All (%1)").arg(m_all.size()), -1);
        for (WishStage stage : wishStages())
            m_stage->addItem(QStringLiteral("%1 (%2)").arg(wishStageName(stage)).arg(stages[size_t(stage)]),
                             int(stage));
        m_stage->setCurrentIndex(chosen);
    }
    m_scope->setText(committee()
                         ? QString()
                         : tr("Every community under the selection, read only: choose a community to record "
                              "wishes."));
    refilter();
    if (const int row = m_model->rowOf(kept); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateCounts();
}

void WishesPage::refilter()
{
    const int stage = m_stage->currentData().toInt();
    QList<MicroWish> shown;
    for (const MicroWish& w : std::as_const(m_all))
        if (stage < 0 || int(w.stage()) == stage)
            shown << w;
    m_model->setWishes(shown, m_workspace.clock().today());
    updateActions();
}

const MicroWish* WishesPage::current() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? &m_model->wishAt(index.row()) : nullptr;
}

void WishesPage::updateActions()
{
    const MicroWish* w = current();
    const bool inCommunity = committee() != 0;
    const QString choose =
        inCommunity ? QString() : tr("Choose a community in the tree to record and move wishes.");
    m_new->setEnabled(inCommunity);
    m_new->setToolTip(choose);
    const WishStage stage = w ? w->stage() : WishStage::Recorded;
    const auto enable = [&](QPushButton* button, bool ok) {
        button->setEnabled(inCommunity && w && ok);
        button->setToolTip(choose);
    };
    enable(m_edit, true);
    enable(m_publish, stage == WishStage::Recorded);
    enable(m_claim, stage == WishStage::Published);
    enable(m_fulfil, stage == WishStage::Claimed);
    enable(m_withdraw, w && w->isOpen());
    enable(m_back, stage != WishStage::Recorded);
    if (!w) {
        m_detail->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 · %2 · %3").arg(w->wish, w->category, wishStageName(stage));
    lines << tr("Resident: %1 %2 %3").arg(w->residentName, w->residentContact, w->residentAddress);
    lines << tr("Branch: %1 · grid: %2 · estimated cost %3 yuan")
                 .arg(w->branchName, w->gridName, yuanText(w->estimatedCost));
    QStringList steps{tr("wished %1").arg(w->wishedOn.toString(Qt::ISODate))};
    if (w->publishedOn.isValid())
        steps << tr("published %1").arg(w->publishedOn.toString(Qt::ISODate));
    if (w->claimedOn.isValid())
        steps << tr("claimed %1 by %2").arg(w->claimedOn.toString(Qt::ISODate), w->claimerName);
    if (w->fulfilledOn.isValid())
        steps << tr("fulfilled %1 (%2)")
                     .arg(w->fulfilledOn.toString(Qt::ISODate), satisfactionName(w->satisfaction));
    if (w->withdrawnOn.isValid())
        steps << tr("withdrawn %1: %2").arg(w->withdrawnOn.toString(Qt::ISODate), w->withdrawnReason);
    lines << steps.join(QStringLiteral(" → "));
    if (!w->feedback.isEmpty())
        lines << tr("Feedback: %1").arg(w->feedback);
    if (const qsizetype photos = m_service->wishes().photos(w->id).size())
        lines << tr("%n photo(s)", nullptr, int(photos));
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

void WishesPage::updateCounts()
{
    m_counts->clear();
    const int year = m_year->value();
    if (m_countsBy->currentIndex() == 0) {
        m_counts->setHorizontalHeaderLabels({tr("Month"), tr("Wishes made"), tr("Fulfilled")});
        const auto months = wishCountsByMonth(m_all, year);
        for (int m = 0; m < 12; ++m)
            m_counts->appendRow(
                {new QStandardItem(QStringLiteral("%1-%2").arg(year).arg(m + 1, 2, 10, QLatin1Char('0'))),
                 new QStandardItem(QString::number(months[size_t(m)].recorded)),
                 new QStandardItem(QString::number(months[size_t(m)].fulfilled))});
        return;
    }
    const bool byGrid = m_countsBy->currentIndex() == 2;
    m_counts->setHorizontalHeaderLabels({byGrid ? tr("Grid") : tr("Branch"), tr("Wishes made"), tr("Open"),
                                         tr("Fulfilled"), tr("Withdrawn")});
    for (const WishGroupCount& g : byGrid ? wishCountsByGrid(m_all, year) : wishCountsByBranch(m_all, year))
        m_counts->appendRow({new QStandardItem(g.id ? g.name : tr("(no grid)")),
                             new QStandardItem(QString::number(g.recorded)),
                             new QStandardItem(QString::number(g.open)),
                             new QStandardItem(QString::number(g.fulfilled)),
                             new QStandardItem(QString::number(g.withdrawn))});
}

QString WishesPage::subtitle() const
{
    QString where = tr("Whole workspace");
    for (const Organisation& org : m_tree.organisations())
        if (org.id == m_orgId)
            where = org.name;
    return tr("%1 · %2").arg(where).arg(m_year->value());
}

TableReport WishesPage::publicList() const
{
    return publicWishList(m_all, subtitle());
}

TableReport WishesPage::internalList(bool fullContacts) const
{
    return internalWishList(m_all, subtitle(), fullContacts);
}

} // namespace partydesk
