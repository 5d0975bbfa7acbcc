#include "InServicePage.h"

#include "cogovernance/CommitteeScope.h"
#include "cogovernance/InServiceLetter.h"
#include "domain/OrganisationTree.h"
#include "help/PageCommands.h"
#include "InServiceDialogs.h"
#include "InServiceTableModel.h"
#include "models/OrganisationTreeModel.h"
#include "reports/ReportActions.h"
#include "widgets/RecordList.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <widgets/DateField.h>

namespace partydesk {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

InServicePage::InServicePage(Workspace& workspace, OrganisationTreeModel& tree, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(tree)
{
    setObjectName(QStringLiteral("InServicePage"));
    m_year = new QSpinBox;
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_scope = new QLabel;
    m_scope->setWordWrap(true);
    auto* claim = namedButton(tr("Report in / claim a post…"), "claimButton");
    auto* release = namedButton(tr("Release post…"), "releaseButton");
    auto* record = namedButton(tr("Record service…"), "recordButton");
    m_writeButtons = {claim, release, record};
    auto* letters = new QToolButton;
    letters->setObjectName(QStringLiteral("lettersButton"));
    letters->setText(tr("Feedback letters"));
    letters->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(letters);
    menu->addAction(tr("Letter to the selected member's unit (PDF)…"), this,
                    [this] { outputLetters(true, true); });
    menu->addAction(tr("Letters to every unit (PDF)…"), this, [this] { outputLetters(false, true); });
    menu->addAction(tr("Print preview of every letter…"), this, [this] { outputLetters(false, false); });
    letters->setMenu(menu);
    auto* row1 = new QHBoxLayout;
    row1->addWidget(new QLabel(tr("Year")));
    row1->addWidget(m_year);
    row1->addWidget(m_scope, 1);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(claim);
    row2->addWidget(release);
    row2->addWidget(record);
    row2->addStretch();
    row2->addWidget(letters);

    m_members = new InServiceTableModel(
        {tr("Name"), tr("Branch"), tr("Unit"), tr("Reported on"), tr("Posts"), tr("Hours"), tr("Services")},
        this);
    m_claims = new InServiceTableModel({tr("Post"), tr("Claimed on"), tr("Released on")}, this);
    m_records = new InServiceTableModel(
        {tr("Served on"), tr("Activity"), tr("Hours"), tr("Post"), tr("Verified by")}, this);
    m_posts = new InServiceTableModel(
        {tr("Post"), tr("Places"), tr("Held"), tr("Free"), tr("Holders"), tr("Closed on")}, this);
    m_units = new InServiceTableModel(
        {tr("Unit"), tr("Members"), tr("Reported"), tr("Served"), tr("Services"), tr("Hours")}, this);
    m_years =
        new InServiceTableModel({tr("Year"), tr("Members who served"), tr("Services"), tr("Hours")}, this);
    m_idle =
        new InServiceTableModel({tr("Name"), tr("Branch"), tr("Unit"), tr("Reported on"), tr("Posts")}, this);
    m_membersView = recordList(m_members, "membersView");
    m_claimsView = recordList(m_claims, "claimsView");
    m_recordsView = recordList(m_records, "recordsView");
    m_postsView = recordList(m_posts, "postsView");

    auto* editRecordButton = namedButton(tr("Edit…"), "editRecordButton");
    auto* deleteRecordButton = namedButton(tr("Delete"), "deleteRecordButton");
    PageCommands::offer(deleteRecordButton, PageCommand::Delete);
    m_writeButtons << editRecordButton << deleteRecordButton;
    auto* recordsBox = new QWidget;
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    auto* recordButtons = new QHBoxLayout;
    recordButtons->addWidget(new QLabel(tr("Service records of the selected member in the year")), 1);
    recordButtons->addWidget(editRecordButton);
    recordButtons->addWidget(deleteRecordButton);
    recordsLayout->addLayout(recordButtons);
    recordsLayout->addWidget(m_recordsView, 1);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(m_claimsView);
    lower->addWidget(recordsBox);
    lower->setStretchFactor(1, 2);
    auto* membersTab = new QSplitter(Qt::Vertical);
    membersTab->addWidget(m_membersView);
    membersTab->addWidget(lower);
    // The members are what the tab is for: two thirds of its height, the selected one's claims and
    // records below.
    membersTab->setStretchFactor(0, 2);
    membersTab->setStretchFactor(1, 1);

    auto* newPost = namedButton(tr("New post…"), "newPostButton");
    PageCommands::offer(newPost, PageCommand::New);
    auto* editPostButton = namedButton(tr("Edit post…"), "editPostButton");
    auto* closePostButton = namedButton(tr("Close post…"), "closePostButton");
    m_writeButtons << newPost << editPostButton << closePostButton;
    auto* postsTab = new QWidget;
    auto* postsLayout = new QVBoxLayout(postsTab);
    auto* postButtons = new QHBoxLayout;
    postButtons->addWidget(newPost);
    postButtons->addWidget(editPostButton);
    postButtons->addWidget(closePostButton);
    postButtons->addStretch();
    postsLayout->addLayout(postButtons);
    postsLayout->addWidget(m_postsView, 1);

    m_tabs = new QTabWidget;
    m_tabs->addTab(membersTab, tr("In-service members"));
    m_tabs->addTab(postsTab, tr("Service posts"));
    m_tabs->addTab(recordList(m_units, "unitsView"), tr("By unit"));
    m_tabs->addTab(recordList(m_idle, "noServiceView"), tr("No service this year"));
    m_tabs->addTab(recordList(m_years, "yearsView"), tr("By year"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &InServicePage::reload);
    connect(m_membersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InServicePage::reloadMember);
    connect(claim, &QPushButton::clicked, this, &InServicePage::claimPost);
    connect(release, &QPushButton::clicked, this, &InServicePage::releaseClaim);
    connect(record, &QPushButton::clicked, this, &InServicePage::addRecord);
    connect(editRecordButton, &QPushButton::clicked, this, &InServicePage::editRecord);
    connect(m_recordsView, &QTableView::doubleClicked, this, &InServicePage::editRecord);
    connect(deleteRecordButton, &QPushButton::clicked, this, &InServicePage::deleteRecord);
    connect(newPost, &QPushButton::clicked, this, &InServicePage::addPost);
    connect(editPostButton, &QPushButton::clicked, this, &InServicePage::editPost);
    connect(m_postsView, &QTableView::doubleClicked, this, &InServicePage::editPost);
    connect(closePostButton, &QPushButton::clicked, this, &InServicePage::closePost);
}

void InServicePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void InServicePage::setOrganisation(qint64 orgId)
{
    m_orgId = orgId;
    if (isVisible())
        reload();
}

void InServicePage::showRecord(qint64 recordId)
{
    if (recordId <= 0)
        return;
    if (!isVisible())
        reload();
    const int row = m_members->rowOf(recordId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_membersView->selectRow(row);
    m_membersView->scrollTo(m_members->index(row, 0));
}

void InServicePage::reload()
{
    const QList<Organisation>& orgs = m_tree.organisations();
    m_committee = committeeOf(orgs, m_orgId);
    const QSet<qint64> scope = subtreeIds(orgs, m_orgId);
    const int year = m_year->value();
    const qint64 previous = selectedMember();
    m_rows = inServiceMembers(m_workspace.database(), m_orgId > 0 ? &scope : nullptr, year);
    const QHash<qint64, QString> names = organisationDisplayNames(orgs);
    const bool thisYear = year == m_workspace.clock().today().year();
    QList<InServiceTableModel::Row> members, idle;
    for (const InServiceMemberRow& r : m_rows) {
        const QString unit = unitDisplayName(r.workUnit);
        const QString warning = !r.reportedOn.isValid() ? tr("Has not reported to the community")
                                : r.services == 0       ? tr("No service recorded in %1").arg(year)
                                                        : QString();
        members.append({r.memberId,
                        {r.name, names.value(r.orgId), unit, dateText(r.reportedOn), r.posts,
                         hoursText(r.hoursTenths), QString::number(r.services)},
                        warning});
    }
    if (thisYear)
        for (const InServiceMemberRow& r : withoutService(m_rows))
            idle.append(
                {r.memberId,
                 {r.name, names.value(r.orgId), unitDisplayName(r.workUnit), dateText(r.reportedOn), r.posts},
                 {}});
    m_members->setRows(members);
    m_idle->setRows(idle);
    QList<InServiceTableModel::Row> units;
    for (const UnitServiceTotal& t : unitTotals(m_rows))
        units.append({0,
                      {unitDisplayName(t.unit), QString::number(t.members), QString::number(t.reported),
                       QString::number(t.served), QString::number(t.services), hoursText(t.hoursTenths)},
                      {}});
    m_units->setRows(units);
    QList<InServiceTableModel::Row> years;
    for (const YearServiceTotal& t : yearTotals(m_workspace.database(), m_orgId > 0 ? &scope : nullptr))
        years.append({t.year,
                      {QString::number(t.year), QString::number(t.members), QString::number(t.services),
                       hoursText(t.hoursTenths)},
                      {}});
    m_years->setRows(years);
    QList<InServiceTableModel::Row> posts;
    const QList<qint64> committees = committeesUnder(orgs, m_orgId);
    for (const ServicePostRow& p :
         servicePosts(m_workspace.database(), committees, m_workspace.clock().today()))
        posts.append({p.post.id,
                      {committees.size() > 1
                           ? QStringLiteral("%1 · %2").arg(names.value(p.post.committeeId), p.post.name)
                           : p.post.name,
                       p.post.capacity > 0 ? QString::number(p.post.capacity) : tr("No limit"),
                       QString::number(p.held), p.freePlaces < 0 ? QString() : QString::number(p.freePlaces),
                       p.holders.join(QStringLiteral("、")), dateText(p.post.closedOn)},
                      {}});
    m_posts->setRows(posts);

    const bool community = m_committee > 0;
    m_scope->setText(
        community
            ? tr("%n in-service member(s), %1", nullptr, int(m_rows.size())).arg(names.value(m_committee))
            : tr("%n in-service member(s); choose a community to record", nullptr, int(m_rows.size())));
    for (QPushButton* b : m_writeButtons) {
        b->setEnabled(community);
        b->setToolTip(community ? QString()
                                : tr("Choose a community in the organisation tree to record here."));
    }
    if (const int row = m_members->rowOf(previous); row >= 0)
        m_membersView->selectRow(row);
    reloadMember();
}

qint64 InServicePage::selectedId(QTableView* view) const
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    return current.isValid() && view->selectionModel()->isRowSelected(current.row(), {})
               ? current.siblingAtColumn(0).data(InServiceTableModel::IdRole).toLongLong()
               : 0;
}

qint64 InServicePage::selectedMember() const
{
    return selectedId(m_membersView);
}

void InServicePage::reloadMember()
{
    const qint64 member = selectedMember();
    QList<InServiceTableModel::Row> claims, records;
    if (member > 0) {
        for (const ServiceClaimRow& c : claimsOf(m_workspace.database(), member))
            claims.append(
                {c.claim.id, {c.postName, dateText(c.claim.claimedOn), dateText(c.claim.releasedOn)}, {}});
        QHash<qint64, QString> postNames;
        for (const ServiceClaimRow& c : claimsOf(m_workspace.database(), member))
            postNames.insert(c.claim.postId, c.postName);
        for (const ServiceRecord& r : serviceRecordsOf(m_workspace.database(), member, m_year->value()))
            records.append({r.id,
                            {dateText(r.servedOn), r.activity, hoursText(r.hoursTenths),
                             postNames.value(r.postId), r.verifiedBy},
                            {}});
    }
    m_claims->setRows(claims);
    m_records->setRows(records);
}

QList<ServicePost> InServicePage::openPosts() const
{
    QList<ServicePost> posts;
    for (const ServicePostRow& p :
         servicePosts(m_workspace.database(), {m_committee}, m_workspace.clock().today()))
        if (!p.post.closedOn.isValid())
            posts << p.post;
    return posts;
}

void InServicePage::claimPost()
{
    const qint64 member = selectedMember();
    if (member <= 0) {
        QMessageBox::information(this, tr("Claim a post"), tr("Select an in-service member first."));
        return;
    }
    ClaimDialog dialog(m_workspace, m_workspace.members().get(member), openPosts(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void InServicePage::releaseClaim()
{
    const qint64 claim = selectedId(m_claimsView);
    if (claim <= 0) {
        QMessageBox::information(this, tr("Release post"),
                                 tr("Select a post the member holds in the list of claims."));
        return;
    }
    bool ok = false;
    const QString day = QInputDialog::getText(this, tr("Release post"), tr("Released on"), QLineEdit::Normal,
                                              dateText(m_workspace.clock().today()), &ok);
    if (!ok)
        return;
    const ServiceResult result = InServiceService(m_workspace).release(claim, DateField::parse(day));
    if (!result.ok())
        QMessageBox::warning(this, tr("Release post"), result.message);
    reload();
}

void InServicePage::addRecord()
{
    const qint64 member = selectedMember();
    if (member <= 0) {
        QMessageBox::information(this, tr("Record service"), tr("Select an in-service member first."));
        return;
    }
    ServiceRecord record;
    record.memberId = member;
    const QList<ServiceClaimRow> claims = claimsOf(m_workspace.database(), member);
    if (!claims.isEmpty() && !claims.first().claim.releasedOn.isValid())
        record.postId = claims.first().claim.postId;
    ServiceRecordDialog dialog(m_workspace, record, openPosts(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void InServicePage::editRecord()
{
    const qint64 id = selectedId(m_recordsView);
    for (const ServiceRecord& r : serviceRecordsOf(m_workspace.database(), selectedMember(), m_year->value()))
        if (r.id == id) {
            ServiceRecordDialog dialog(m_workspace, r, openPosts(), this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
            return;
        }
}

void InServicePage::deleteRecord()
{
    const qint64 id = selectedId(m_recordsView);
    if (id <= 0 || QMessageBox::question(this, tr("Delete service record"),
                                         tr("Delete the selected service record?")) != QMessageBox::Yes)
        return;
    const ServiceResult result = InServiceService(m_workspace).deleteRecord(id);
    if (!result.ok())
        QMessageBox::warning(this, tr("Delete service record"), result.message);
    reload();
}

void InServicePage::addPost()
{
    ServicePost post;
    post.committeeId = m_committee;
    ServicePostDialog dialog(m_workspace, post, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void InServicePage::editPost()
{
    const qint64 id = selectedId(m_postsView);
    for (const ServicePostRow& p :
         servicePosts(m_workspace.database(), {m_committee}, m_workspace.clock().today()))
        if (p.post.id == id) {
            ServicePostDialog dialog(m_workspace, p.post, this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
            return;
        }
}

void InServicePage::closePost()
{
    const qint64 id = selectedId(m_postsView);
    if (id <= 0)
        return;
    bool ok = false;
    const QString day = QInputDialog::getText(this, tr("Close post"), tr("No longer offered from"),
                                              QLineEdit::Normal, dateText(m_workspace.clock().today()), &ok);
    if (!ok)
        return;
    const ServiceResult result = InServiceService(m_workspace).closePost(id, DateField::parse(day));
    if (!result.ok())
        QMessageBox::warning(this, tr("Close post"), result.message);
    reload();
}

QList<TableReport> InServicePage::feedbackLetters(const QString& unit) const
{
    const QList<Organisation>& orgs = m_tree.organisations();
    const QHash<qint64, QString> names = organisationDisplayNames(orgs);
    QHash<qint64, QString> signer;
    for (const InServiceMemberRow& r : m_rows)
        signer.insert(r.orgId, names.value(committeeOf(orgs, r.orgId)));
    return partydesk::feedbackLetters(m_rows, signer, m_year->value(), m_workspace.clock().today(), unit);
}

void InServicePage::outputLetters(bool oneUnit, bool pdf)
{
    QString unit;
    if (oneUnit) {
        for (const InServiceMemberRow& r : m_rows)
            if (r.memberId == selectedMember())
                unit = r.workUnit.trimmed();
        if (unit.isEmpty()) {
            QMessageBox::information(this, tr("Feedback letters"),
                                     tr("Select an in-service member whose unit is recorded."));
            return;
        }
    }
    const QList<TableReport> letters = feedbackLetters(unit);
    if (letters.isEmpty()) {
        QMessageBox::information(this, tr("Feedback letters"),
                                 tr("No member who reported has a unit recorded."));
        return;
    }
    const QString what = QStringLiteral("in-service feedback letters %1").arg(m_year->value());
    if (pdf)
        exportReports(
            this, m_workspace, what, letters, ReportFormat::Pdf,
            tr("Feedback letters %1 %2").arg(oneUnit ? unit : tr("all units")).arg(m_year->value()));
    else
        previewReports(this, m_workspace, what, letters);
}

} // namespace partydesk
