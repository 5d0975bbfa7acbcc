#include "TransfersPage.h"

#include "domain/OrganisationTree.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "models/OrganisationTreeModel.h"
#include "MoveWithinDialog.h"
#include "ReceiptDialog.h"
#include "reports/ReportActions.h"
#include "service/WriteRefusal.h"
#include "TransferInDialog.h"
#include "TransferListModel.h"
#include "TransferOutDialog.h"
#include "transfers/TransferReport.h"
#include "transfers/TransferService.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// The direction filter's entries: a direction, or every one, or those waiting for their receipt.
constexpr int allDirections = -1;
constexpr int waitingForReceipt = 3;

} // namespace

TransfersPage::TransfersPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree),
      m_service(std::make_unique<TransferService>(transferService(workspace)))
{
    setObjectName(QStringLiteral("TransfersPage"));
    HelpTopics::setTopic(this, QStringLiteral("transfers"));
    auto* title = new QLabel(tr("Transfers of membership"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("directionFilter"));
    m_direction->addItem(tr("All transfers"), allDirections);
    m_direction->addItem(tr("Transfers out"), int(TransferDirection::Out));
    m_direction->addItem(tr("Transfers in"), int(TransferDirection::In));
    m_direction->addItem(tr("Moves between branches"), int(TransferDirection::Within));
    m_direction->addItem(tr("Waiting for a receipt"), waitingForReceipt);
    m_year = new QComboBox;
    m_year->setObjectName(QStringLiteral("yearFilter"));

    m_out = new QPushButton(tr("Transfer &out…"));
    m_out->setObjectName(QStringLiteral("transferOutButton"));
    m_in = new QPushButton(tr("Transfer &in…"));
    m_in->setObjectName(QStringLiteral("transferInButton"));
    m_within = new QPushButton(tr("&Move between branches…"));
    m_within->setObjectName(QStringLiteral("moveWithinButton"));
    m_receipt = new QPushButton(tr("Record &receipt…"));
    m_receipt->setObjectName(QStringLiteral("recordReceiptButton"));
    m_cancel = new QPushButton(tr("&Cancel transfer…"));
    m_cancel->setObjectName(QStringLiteral("cancelTransferButton"));
    m_cancel->setToolTip(tr("Take back a transfer out or a move between branches entered by mistake"));
    auto* output = new QToolButton;
    output->setText(tr("&Export"));
    output->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(output);
    const QString what = QStringLiteral("transfers");
    QAction* excel = menu->addAction(tr("To Excel…"), this, [this, what] {
        exportReports(this, m_workspace, what, {report()}, ReportFormat::Xlsx, tr("Transfers of membership"));
    });
    PageCommands::offer(excel, PageCommand::Export);
    menu->addAction(tr("As PDF…"), this, [this, what] {
        exportReports(this, m_workspace, what, {report()}, ReportFormat::Pdf, tr("Transfers of membership"));
    });
    QAction* preview = menu->addAction(tr("Print preview…"), this,
                                       [this, what] { previewReports(this, m_workspace, what, {report()}); });
    PageCommands::offer(preview, PageCommand::Print);
    output->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_direction);
    header->addWidget(m_year);
    header->addStretch();
    // The actions on a second row: one row would need more than a 1366-pixel screen leaves
    // beside the organisation tree.
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_out);
    actions->addWidget(m_in);
    actions->addWidget(m_within);
    actions->addWidget(m_receipt);
    actions->addWidget(m_cancel);
    actions->addStretch();
    actions->addWidget(output);

    m_model = new TransferListModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("transfersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    ColumnFitter::attach(m_view);

    m_waiting = new QLabel;
    m_waiting->setObjectName(QStringLiteral("waitingReceipts"));
    m_waiting->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_waiting);

    connect(m_direction, &QComboBox::currentIndexChanged, this, &TransfersPage::reload);
    connect(m_year, &QComboBox::currentIndexChanged, this, &TransfersPage::reload);
    connect(m_out, &QPushButton::clicked, this, &TransfersPage::transferOut);
    connect(m_in, &QPushButton::clicked, this, &TransfersPage::transferIn);
    connect(m_within, &QPushButton::clicked, this, &TransfersPage::moveWithin);
    connect(m_receipt, &QPushButton::clicked, this, &TransfersPage::recordReceipt);
    connect(m_cancel, &QPushButton::clicked, this, &TransfersPage::cancelTransfer);
    connect(m_waiting, &QLabel::linkActivated, this, &TransfersPage::showWaitingReceipts);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransfersPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const Transfer* t = m_model->transferAt(index.row()))
            emit memberActivated(t->memberId);
    });
    reloadYears();
}

TransfersPage::~TransfersPage() = default;

void TransfersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void TransfersPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void TransfersPage::showWaitingReceipts()
{
    const QSignalBlocker blockDirection(m_direction);
    const QSignalBlocker blockYear(m_year);
    m_direction->setCurrentIndex(m_direction->findData(waitingForReceipt));
    m_year->setCurrentIndex(0);
    reload();
}

void TransfersPage::showTransfer(qint64 transferId)
{
    {
        const QSignalBlocker blockDirection(m_direction);
        const QSignalBlocker blockYear(m_year);
        m_direction->setCurrentIndex(0);
        m_year->setCurrentIndex(0);
    }
    reload();
    if (m_model->rowOf(transferId) < 0) { // outside the selected part of the tree: the whole tree
        m_orgId = 0;
        reload();
    }
    if (const int row = m_model->rowOf(transferId); row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

QSet<qint64> TransfersPage::scope() const
{
    return subtreeIds(m_tree.organisations(), m_orgId);
}

std::vector<RosterRow> TransfersPage::membersInScope() const
{
    return m_orgId > 0 ? m_workspace.members().roster(scope()) : m_workspace.members().roster();
}

void TransfersPage::reloadYears()
{
    const int chosen = m_year->currentData().toInt();
    const QSignalBlocker block(m_year);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    QList<int> years = m_service->transfers().years();
    const int thisYear = m_workspace.clock().today().year();
    if (!years.contains(thisYear))
        years.prepend(thisYear);
    std::sort(years.begin(), years.end(), std::greater<int>());
    for (int year : std::as_const(years))
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
}

void TransfersPage::reload()
{
    reloadYears();
    const QDate today = m_workspace.clock().today();
    TransferQuery query;
    if (m_orgId > 0)
        query.orgIds = scope();
    const int direction = m_direction->currentData().toInt();
    if (direction == waitingForReceipt)
        query.waitingOn = today;
    else if (direction != allDirections)
        query.direction = TransferDirection(direction);
    query.year = m_year->currentData().toInt();
    m_model->setTransfers(m_service->transfers().list(query),
                          organisationDisplayNames(m_tree.organisations()), today);

    const int waiting = int(m_service->transfers().waitingReceipts(today, query.orgIds).size());
    m_waiting->setText(
        waiting == 0 ? tr("No transfer out is waiting for its receipt for more than %1 months.")
                           .arg(receiptReminderMonths)
                     : tr("<span style=\"color:#c01c1c\">%1 transfer(s) out without a receipt for more than "
                          "%2 months.</span> <a href=\"waiting\">Show them</a>")
                           .arg(waiting)
                           .arg(receiptReminderMonths));
    updateButtons();
}

void TransfersPage::updateButtons()
{
    const bool mayEdit =
        writeRefusal(m_workspace.writeGate(), m_workspace.session(), Permission::EditMembers).isEmpty();
    for (QPushButton* button : {m_out, m_in, m_within})
        button->setEnabled(mayEdit);
    const Transfer* selected = selectedTransfer();
    m_receipt->setEnabled(mayEdit && selected && selected->direction == TransferDirection::Out);
    m_cancel->setEnabled(mayEdit && selected && selected->direction != TransferDirection::In);
}

const Transfer* TransfersPage::selectedTransfer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->transferAt(rows.first().row());
}

void TransfersPage::written(qint64 transferId)
{
    reload();
    if (const int row = m_model->rowOf(transferId); row >= 0)
        m_view->selectRow(row);
    emit transfersChanged();
}

void TransfersPage::transferOut()
{
    TransferOutDialog dialog(*m_service, membersInScope(), organisationDisplayNames(m_tree.organisations()),
                             m_workspace.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Transfer t = m_service->transfers().get(dialog.transferId());
    m_tree.addToCounts(t.fromOrgId, m_workspace.members().get(t.memberId).status, -1);
    written(t.id);
}

void TransfersPage::transferIn()
{
    TransferInDialog dialog(*m_service, m_tree.organisations(), m_orgId, m_workspace.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Member m = m_workspace.members().get(dialog.memberId());
    m_tree.addToCounts(m.orgId, m.status, 1);
    written(dialog.transferId());
}

void TransfersPage::moveWithin()
{
    MoveWithinDialog dialog(*m_service, membersInScope(), m_tree.organisations(), m_workspace.clock().today(),
                            this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Transfer t = m_service->transfers().get(dialog.transferId());
    const MemberStatus status = m_workspace.members().get(t.memberId).status;
    m_tree.addToCounts(t.fromOrgId, status, -1);
    m_tree.addToCounts(t.toOrgId, status, 1);
    written(t.id);
}

void TransfersPage::recordReceipt()
{
    const Transfer* selected = selectedTransfer();
    if (!selected || selected->direction != TransferDirection::Out)
        return;
    const Transfer t = *selected;
    ReceiptDialog dialog(*m_service, t, m_workspace.clock().today(), this);
    if (dialog.exec() == QDialog::Accepted)
        written(t.id);
}

void TransfersPage::cancelTransfer()
{
    const Transfer* selected = selectedTransfer();
    if (!selected || selected->direction == TransferDirection::In)
        return;
    const Transfer t = *selected;
    const QString question = t.direction == TransferDirection::Out
                                 ? tr("Take back the transfer out of %1 on %2? %1 is back on the roster as "
                                      "if the transfer had not "
                                      "happened; the history keeps a note of it.")
                                 : tr("Take back the move of %1 on %2? %1 belongs to the old branch again "
                                      "from that day; the history "
                                      "keeps a note of it.");
    if (QMessageBox::question(this, tr("Cancel transfer"),
                              question.arg(t.memberName, t.date.toString(Qt::ISODate))) != QMessageBox::Yes)
        return;
    const ServiceResult result = m_service->cancelTransfer(t.id);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cancel transfer"), result.message);
        return;
    }
    const MemberStatus status = m_workspace.members().get(t.memberId).status;
    if (t.direction == TransferDirection::Within)
        m_tree.addToCounts(t.toOrgId, status, -1);
    m_tree.addToCounts(t.fromOrgId, status, 1);
    written(0);
}

TableReport TransfersPage::report() const
{
    const Organisation* org = m_tree.organisation(m_orgId);
    QList<Transfer> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows << *m_model->transferAt(row);
    return transferReport(rows, organisationDisplayNames(m_tree.organisations()), org ? org->name : QString(),
                          m_direction->currentText(), m_workspace.clock().today());
}

} // namespace partydesk
