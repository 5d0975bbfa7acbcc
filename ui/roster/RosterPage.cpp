#include "RosterPage.h"

#include "domain/OrganisationTree.h"
#include "forms/LeaveDialog.h"
#include "forms/MemberForm.h"
#include "help/HelpTopics.h"
#include "help/PageCommands.h"
#include "import/ImportHistoryDialog.h"
#include "import/RosterImportDialog.h"
#include "models/OrganisationTreeModel.h"
#include "models/RosterModel.h"
#include "report/RosterExport.h"
#include "reports/ReportActions.h"
#include "roster/RosterCellDelegate.h"
#include "roster/RosterExportDialog.h"
#include "security/OutputPolicy.h"
#include "security/Session.h"
#include "undo/ConfirmDeletion.h"
#include "undo/RecordCommands.h"
#include "undo/UndoHistory.h"
#include "widgets/ColumnFitter.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

template <typename E> QComboBox* enumFilter(const QString& allText, const QString& objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(allText, -1);
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), int(value));
    return combo;
}

template <typename E> std::optional<E> selected(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<E>(E(value));
}

} // namespace

RosterPage::RosterPage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("RosterPage"));
    HelpTopics::setTopic(this, QStringLiteral("roster"));
    m_model = new RosterModel(this);
    m_loader = new RosterLoader(this);
    connect(m_loader, &RosterLoader::loaded, this, &RosterPage::onRosterLoaded);
    connect(m_loader, &RosterLoader::countsLoaded, this, &RosterPage::onCountsLoaded);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, pinyin, ID number or phone"));
    m_search->setClearButtonEnabled(true);
    PageCommands::offer(m_search, PageCommand::Find);
    m_category = enumFilter<MemberCategory>(tr("All categories"), QStringLiteral("categoryFilter"));
    m_status = enumFilter<MemberStatus>(tr("All statuses"), QStringLiteral("statusFilter"));
    m_tag = enumFilter<MemberTag>(tr("Any tag"), QStringLiteral("tagFilter"));
    m_includeLeft = new QCheckBox(tr("Include members who left"));
    m_fullIds = new QCheckBox(tr("Show full ID numbers"));
    m_fullIds->setObjectName(QStringLiteral("fullIdCheck"));

    auto* add = new QPushButton(tr("&Add member"));
    add->setObjectName(QStringLiteral("addMemberButton"));
    m_add = add;
    PageCommands::offer(add, PageCommand::New);
    m_edit = new QPushButton(tr("&Edit"));
    m_edit->setObjectName(QStringLiteral("editMemberButton"));
    m_leave = new QPushButton(tr("Record &leaving"));
    m_delete = new QPushButton(tr("&Delete"));
    m_delete->setObjectName(QStringLiteral("deleteMemberButton"));
    PageCommands::offer(m_delete, PageCommand::Delete);
    auto* exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("E&xport and print"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    QAction* excel = exportMenu->addAction(tr("Export to Excel…"), this, &RosterPage::exportToExcel);
    PageCommands::offer(excel, PageCommand::Export);
    exportMenu->addAction(tr("Export to PDF…"), this, &RosterPage::exportToPdf);
    QAction* preview = exportMenu->addAction(tr("Print preview…"), this, &RosterPage::printPreview);
    PageCommands::offer(preview, PageCommand::Print);
    exportButton->setMenu(exportMenu);
    auto* importButton = new QToolButton;
    importButton->setObjectName(QStringLiteral("importButton"));
    m_import = importButton;
    importButton->setText(tr("&Import"));
    importButton->setPopupMode(QToolButton::InstantPopup);
    auto* importMenu = new QMenu(importButton);
    importMenu->addAction(tr("Import roster…"), this, &RosterPage::importRoster)
        ->setObjectName(QStringLiteral("importRosterAction"));
    importMenu->addAction(tr("Import history…"), this, &RosterPage::showImportHistory)
        ->setObjectName(QStringLiteral("importHistoryAction"));
    importButton->setMenu(importMenu);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category);
    filters->addWidget(m_status);
    filters->addWidget(m_tag);
    filters->addWidget(m_includeLeft);
    filters->addWidget(m_fullIds);

    m_scope = new QLabel;
    m_scope->setObjectName(QStringLiteral("rosterScope"));
    QFont scopeFont = m_scope->font();
    scopeFont.setPointSizeF(scopeFont.pointSizeF() * 1.25);
    scopeFont.setBold(true);
    m_scope->setFont(scopeFont);
    // Under the title, who is on this part of the roster: Party members (正式 + 预备) and, apart,
    // applicants, activists and candidates, counted in the database (not from rows still loading).
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_scope);
    actions->addStretch(1);
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_leave);
    actions->addWidget(m_delete);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_view->setModel(m_model);
    // Columns fitted to a few hundred rows spread over the roster, not all hundred thousand: every
    // column in view at 1366 pixels, the long names of organisations and units giving way first.
    ColumnFitter::attach(m_view);
    m_view->setItemDelegate(new RosterCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Unsorted at first: the roster keeps the tree's order, branch by branch.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("rosterCount"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &RosterPage::applyFilter);
    for (QComboBox* combo : {m_category, m_status, m_tag})
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterPage::applyFilter);
    connect(m_includeLeft, &QCheckBox::toggled, this, &RosterPage::applyFilter);
    connect(m_fullIds, &QCheckBox::toggled, this, &RosterPage::toggleFullIdNumbers);
    connect(add, &QPushButton::clicked, this, &RosterPage::addMember);
    connect(m_edit, &QPushButton::clicked, this, &RosterPage::editSelectedMember);
    connect(m_leave, &QPushButton::clicked, this, &RosterPage::recordLeaving);
    connect(m_delete, &QPushButton::clicked, this, &RosterPage::deleteSelectedMember);
    connect(m_view, &QTableView::doubleClicked, this, &RosterPage::editSelectedMember);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterPage::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterPage::updateActions);
    updateActions();
}

namespace {
// Enough for a community's whole roster, and read in a few milliseconds.
constexpr int firstPageRows = 2000;
} // namespace

void RosterPage::reload()
{
    std::vector<RosterRow> first = readRoster(m_workspace.database(), firstPageRows);
    const bool complete = first.size() < size_t(firstPageRows);
    m_model->setRows(std::move(first), organisationDisplayNames(m_tree.organisations()),
                     m_workspace.clock().today());
    m_loading = !complete;
    m_savedWhileLoading.clear();
    if (m_loading) {
        m_loader->start(m_workspace.database().connectionName(), true);
        updateCount();
    } else {
        onCountsLoaded(m_workspace.organisations().memberCounts());
    }
}

void RosterPage::onCountsLoaded(const QHash<qint64, MemberCounts>& counts)
{
    // A save since the loader read them is not in them: read them again, here.
    if (!m_savedWhileLoading.isEmpty()) {
        emit membersChanged();
        return;
    }
    m_tree.setMemberCounts(counts);
    updateSummary();
    emit memberCountsChanged();
}

void RosterPage::onRosterLoaded(const std::shared_ptr<std::vector<RosterRow>>& rows)
{
    const qint64 selected = selectedMemberId();
    m_loading = false;
    m_model->setRows(std::move(*rows), organisationDisplayNames(m_tree.organisations()),
                     m_workspace.clock().today());
    // The loader read a snapshot; members saved meanwhile are read again.
    for (qint64 id : std::as_const(m_savedWhileLoading))
        if (const auto row = m_workspace.members().rosterRow(id))
            m_model->upsertRow(*row); // the tree counted the save already
    m_savedWhileLoading.clear();
    if (selected > 0)
        selectMember(selected);
}

bool RosterPage::refreshMember(qint64 memberId)
{
    if (m_loading)
        m_savedWhileLoading << memberId;
    const std::optional<RosterRow> row = m_workspace.members().rosterRow(memberId);
    const RosterRow* before = m_model->findRow(memberId);
    // Still loading, a member not yet in the model may be an old one: its earlier counts are unknown.
    const bool countsFollow = row && (before || !m_loading);
    // Counted as the tree counts: the people on the roster, by organisation and status.
    if (countsFollow && before && !before->leftOn.isValid())
        m_tree.addToCounts(before->orgId, before->status, -1);
    if (countsFollow && !row->leftOn.isValid())
        m_tree.addToCounts(row->orgId, row->status, 1);
    if (row)
        m_model->upsertRow(*row);
    return countsFollow;
}

void RosterPage::memberSaved(qint64 memberId)
{
    if (!refreshMember(memberId)) {
        emit membersChanged();
        return;
    }
    updateSummary();
    emit memberCountsChanged();
}

void RosterPage::refreshOrganisationNames()
{
    m_model->setOrganisationNames(organisationDisplayNames(m_tree.organisations()));
}

void RosterPage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    const Organisation* org = m_tree.organisation(orgId);
    m_scope->setText(org ? org->name : tr("All organisations"));
    updateSummary();
    applyFilter();
}

void RosterPage::updateSummary()
{
    if (!m_tree.countsKnown()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(
        describeMemberCounts(m_tree.subtreeCounts(m_tree.organisation(m_orgId) ? m_orgId : 0)));
}

void RosterPage::applyFilter()
{
    RosterFilter filter;
    if (m_orgId > 0)
        filter.orgIds = m_tree.subtree(m_orgId);
    filter.category = selected<MemberCategory>(m_category);
    filter.status = selected<MemberStatus>(m_status);
    filter.tag = selected<MemberTag>(m_tag);
    filter.includeLeft = m_includeLeft->isChecked();
    filter.search = m_search->text();
    m_model->setFilter(filter);
}

void RosterPage::updateCount()
{
    const QString shown = tr("%n member(s) shown", nullptr, m_model->rowCount());
    m_count->setText(m_loading ? tr("%1 (still loading the roster…)").arg(shown) : shown);
}

void RosterPage::updateActions()
{
    const bool any = selectedMemberId() > 0;
    // What the role (or a read-only file) refuses is not offered; the services refuse it anyway.
    const bool mayChange = m_workspace.session().allows(Permission::EditMembers);
    m_add->setEnabled(mayChange);
    m_import->setEnabled(mayChange);
    m_edit->setEnabled(any && mayChange);
    m_leave->setEnabled(any && mayChange);
    m_delete->setEnabled(any && mayChange);
}

// Showing full ID numbers is a deliberate act on personal information: confirmed and recorded.
void RosterPage::toggleFullIdNumbers(bool show)
{
    if (show) {
        if (const QString why = m_workspace.session().refusal(Permission::ShowFullIdNumbers); !why.isEmpty()) {
            QMessageBox::information(this, tr("Show full ID numbers"), why);
            const QSignalBlocker block(m_fullIds);
            m_fullIds->setChecked(false);
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Show full ID numbers"),
            tr("ID numbers are sensitive personal information. Show them in full on this screen? "
               "This is recorded in the workspace's log."));
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker block(m_fullIds);
            m_fullIds->setChecked(false);
            return;
        }
        m_workspace.audit().record(QStringLiteral("show_full_id_numbers"), QStringLiteral("roster"));
    }
    m_model->setShowFullIdNumbers(show);
}

qint64 RosterPage::selectedMemberId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RosterModel::MemberIdRole).toLongLong();
}

void RosterPage::selectMember(qint64 memberId)
{
    int row = m_model->visibleRowOf(memberId);
    if (row < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        applyFilter();
        row = m_model->visibleRowOf(memberId);
    }
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void RosterPage::addMember()
{
    Member member;
    const Organisation* org = m_tree.organisation(m_orgId);
    if (org && isBranchLevel(org->type))
        member.orgId = org->id;
    member.ethnicity = QStringLiteral("汉族");
    MemberForm form(m_workspace, m_tree.organisations(), member, this);
    if (form.exec() != QDialog::Accepted)
        return;
    const qint64 id = form.savedMemberId();
    if (m_undo) // undone by deleting the new member with whatever rows came with it
        m_undo->push(new MemberCommand(*m_undo, MemberCommand::Action::Save, m_workspace.members().get(id).name,
                                       RowSnapshot(), m_workspace.memberService().record(id, true)));
    memberSaved(id);
    selectMember(id);
}

void RosterPage::editSelectedMember()
{
    const qint64 id = selectedMemberId();
    if (id <= 0)
        return;
    // The form shows the full ID number: a viewer reads the masked roster only.
    if (const QString why = m_workspace.session().refusal(Permission::EditMembers); !why.isEmpty()) {
        QMessageBox::information(this, tr("Edit member"), why);
        return;
    }
    const RowSnapshot before = m_workspace.memberService().record(id, false);
    MemberForm form(m_workspace, m_tree.organisations(), m_workspace.members().get(id), this);
    const int result = form.exec();
    if (result != QDialog::Accepted && result != MemberForm::LeavingReversed)
        return;
    const RowSnapshot after = m_workspace.memberService().record(id, false);
    if (m_undo && !after.sameRowsAs(before)) // a save that changed nothing is no step
        m_undo->push(new MemberCommand(
            *m_undo,
            result == MemberForm::LeavingReversed ? MemberCommand::Action::ReverseLeaving : MemberCommand::Action::Save,
            m_workspace.members().get(id).name, before, after));
    memberSaved(id);
    selectMember(id);
}

void RosterPage::recordLeaving()
{
    const qint64 id = selectedMemberId();
    if (id <= 0)
        return;
    const RowSnapshot before = m_workspace.memberService().record(id, false);
    const Member member = m_workspace.members().get(id);
    LeaveDialog dialog(m_workspace, member, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_undo)
        m_undo->push(new MemberCommand(*m_undo, MemberCommand::Action::RecordLeaving, member.name, before,
                                       m_workspace.memberService().record(id, false)));
    memberSaved(id);
}

void RosterPage::deleteSelectedMember()
{
    const qint64 id = selectedMemberId();
    if (id <= 0)
        return;
    const Member member = m_workspace.members().get(id);
    if (!confirmDeletion(
            this, QStringLiteral("deleteMemberBox"), tr("Delete member"),
            tr("Delete %1 from the workspace, with the member's history and attendance?").arg(member.name),
            tr("Delete is for a record entered by mistake. A member who transferred out, died or left the Party "
               "is recorded as left instead (Record leaving): the record then stays as history.\n\n"
               "A deletion can be undone with Edit → Undo (Ctrl+Z) while PartyDesk stays open.")))
        return;
    RowSnapshot removed;
    const ServiceResult result = m_workspace.memberService().deleteMember(id, &removed);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Delete member"), tr("%1 was not deleted: %2").arg(member.name, result.message));
        return;
    }
    if (m_undo)
        m_undo->push(new MemberCommand(*m_undo, MemberCommand::Action::Delete, member.name, removed, RowSnapshot()));
    memberUndone(id);
}

void RosterPage::setUndoHistory(UndoHistory* history)
{
    m_undo = history;
    connect(history, &UndoHistory::memberChanged, this, &RosterPage::memberUndone);
}

void RosterPage::memberUndone(qint64 memberId)
{
    // A member put back or changed moves alone, as after a save; a deleted row leaves the model
    // only with a new read of the roster and its counts, as after an import.
    if (m_workspace.members().get(memberId).id != 0) {
        memberSaved(memberId);
        selectMember(memberId);
        return;
    }
    emit membersChanged();
    reload();
}

// An import or its undo changes many members and can create branches: the tree (with its counts)
// is read again first, through membersChanged, so the roster then names the new branches.
void RosterPage::importRoster()
{
    RosterImportDialog dialog(m_workspace, this);
    connect(&dialog, &RosterImportDialog::imported, this, [this] {
        emit membersChanged();
        reload();
    });
    dialog.exec();
}

void RosterPage::showImportHistory()
{
    ImportHistoryDialog dialog(m_workspace, this);
    connect(&dialog, &ImportHistoryDialog::undone, this, [this] {
        emit membersChanged();
        reload();
    });
    dialog.exec();
}

void RosterPage::exportToExcel()
{
    exportView(tr("Export the roster to Excel"), true);
}

void RosterPage::exportToPdf()
{
    exportView(tr("Export the roster to PDF"), false);
}

void RosterPage::printPreview()
{
    exportView(tr("Print the roster"), std::nullopt);
}

void RosterPage::exportView(const QString& action, std::optional<bool> excel)
{
    if (m_loading) {
        QMessageBox::information(this, action, tr("The roster is still loading; try again in a moment."));
        return;
    }
    RosterExportDialog dialog(action, m_model->rowCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RosterExportOptions options;
    options.organisationName = m_scope->text();
    options.columns = dialog.columns();
    options.fullIdNumbers = dialog.fullIdNumbers();
    options.fullPhoneNumbers = dialog.fullPhoneNumbers();
    options.today = m_workspace.clock().today();
    const std::vector<const RosterRow*> rows = m_model->visibleRows();
    // Unique names: a roster export is read back by the import, and districts repeat branch names.
    const QHash<qint64, QString> names = uniqueOrganisationNames(m_tree.organisations());
    // The role decides (core/security/OutputPolicy); every output is recorded with its rows.
    const OutputPolicy::Kind kind = excel ? OutputPolicy::Kind::Export : OutputPolicy::Kind::Print;
    if (const QString why = OutputPolicy::refusal(m_workspace.session(), kind, options.fullIdNumbers);
        !why.isEmpty()) {
        QMessageBox::information(this, action, why);
        return;
    }
    const TableReport report = rosterReport(rows, names, options);
    if (!excel) {
        OutputPolicy::record(m_workspace.audit(), kind, options.fullIdNumbers, QStringLiteral("roster"),
                             qint64(rows.size()));
        previewReports(this, {report});
        return;
    }
    const QString name =
        tr("Roster %1 %2").arg(options.organisationName, options.today.toString(Qt::ISODate));
    const QString path = exportReports(this, {report}, *excel ? ReportFormat::Xlsx : ReportFormat::Pdf, name);
    if (path.isEmpty())
        return;
    OutputPolicy::record(m_workspace.audit(), kind, options.fullIdNumbers, QStringLiteral("roster"),
                         qint64(rows.size()), path);
    m_count->setText(
        tr("Exported %n member(s) to %1", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace partydesk
