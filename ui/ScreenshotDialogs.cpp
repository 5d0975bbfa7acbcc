#include "ScreenshotDialogs.h"

#include "cogovernance/fund/FundDialogs.h"
#include "cogovernance/FundService.h"
#include "cogovernance/jointmeetings/JointMeetingDialog.h"
#include "cogovernance/JointMeetingService.h"
#include "cogovernance/wishes/WishForm.h"
#include "cogovernance/WishService.h"
#include "development/AdvanceDialog.h"
#include "development/DevelopmentService.h"
#include "domain/OrganisationTree.h"
#include "dues/DuesPaymentDialog.h"
#include "dues/DuesService.h"
#include "forms/CoBuildingUnitForm.h"
#include "forms/FormScreenshot.h"
#include "forms/GridForm.h"
#include "forms/LeaveDialog.h"
#include "forms/MemberForm.h"
#include "forms/OrganisationForm.h"
#include "meetings/MeetingForm.h"
#include "meetings/PlanDialog.h"
#include "package/PackageDialog.h"
#include "package/PackageKeys.h"
#include "package/PackageReceivePanel.h"
#include "package/PackageTransfer.h"
#include "rating/TemplateEditor.h"
#include "roster/RosterExportDialog.h"
#include "Screenshot.h"
#include "server/ServerConnectDialog.h"
#include "transfers/TransferOutDialog.h"
#include "transfers/TransferService.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>

namespace partydesk {

namespace {

QString noRecord()
{
    return QCoreApplication::translate("Screenshot", "The workspace has no record to show in this form.");
}

qint64 firstOf(Workspace& workspace, bool (*kind)(OrgType))
{
    for (const Organisation& org : workspace.organisations().all())
        if (kind(org.type) && org.type != OrgType::PartyGroup)
            return org.id;
    return 0;
}

bool isGridBranch(OrgType type)
{
    return type == OrgType::GridBranch;
}

// The branches a community's forms offer: every branch under it.
QList<qint64> branchesUnder(Workspace& workspace, qint64 rootId)
{
    const QList<Organisation> all = workspace.organisations().all();
    const QSet<qint64> scope = subtreeIds(all, rootId);
    QList<qint64> ids;
    for (const Organisation& org : all)
        if (scope.contains(org.id) && isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            ids << org.id;
    return ids;
}

QString memberForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    // A floating member shows the category-specific fields.
    qint64 memberId = 0;
    for (const RosterRow& row : workspace.members().roster())
        if (row.category == MemberCategory::FloatingOut && !row.leftOn.isValid()) {
            memberId = row.id;
            break;
        }
    Member member = memberId ? workspace.members().get(memberId) : Member();
    if (!memberId)
        member.orgId = firstOf(workspace, isGridBranch);
    MemberForm form(workspace, workspace.organisations().all(), member);
    // With mistakes typed and the fields left: their messages show under them.
    return saveFormScreenshot(form, outFile, screen,
                              {{QStringLiteral("idNumberEdit"), QStringLiteral("430105194108079571")},
                               {QStringLiteral("appliedOnEdit"), QStringLiteral("1930-03-01")},
                               {QStringLiteral("phoneEdit"), QStringLiteral("1582783")}});
}

QString organisationForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    OrganisationForm form(workspace, workspace.organisations().all(),
                          workspace.organisations().get(firstOf(workspace, isGridBranch)));
    return saveFormScreenshot(form, outFile, screen,
                              {{QStringLiteral("foundedOnEdit"), QStringLiteral("2019-13-01")},
                               {QStringLiteral("termEndEdit"), QStringLiteral("2001-01-01")}});
}

QString gridForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    const QList<Grid> grids = workspace.organisations().grids(firstOf(workspace, isCommunityCommittee));
    if (grids.isEmpty())
        return noRecord();
    GridForm form(workspace, grids.first());
    return saveDialogScreenshot(form, outFile, screen);
}

QString unitForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    const QList<CoBuildingUnit> units =
        workspace.organisations().coBuildingUnits(firstOf(workspace, isCommunityCommittee));
    if (units.isEmpty())
        return noRecord();
    CoBuildingUnitForm form(workspace, units.first());
    return saveDialogScreenshot(form, outFile, screen);
}

QString leaveDialog(Workspace& workspace, const QString& outFile, QSize screen)
{
    for (const RosterRow& row : workspace.members().roster())
        if (!row.leftOn.isValid()) {
            LeaveDialog dialog(workspace, workspace.members().get(row.id));
            return saveDialogScreenshot(dialog, outFile, screen);
        }
    return noRecord();
}

QString transferOut(Workspace& workspace, const QString& outFile, QSize screen)
{
    TransferService service = transferService(workspace);
    TransferOutDialog dialog(service, workspace.members().roster(),
                             organisationDisplayNames(workspace.organisations().all()),
                             workspace.clock().today());
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString duesPayment(Workspace& workspace, const QString& outFile, QSize screen)
{
    DuesService service(workspace);
    const QDate today = workspace.clock().today();
    const QList<qint64> branches = branchesUnder(workspace, firstOf(workspace, isCommunityCommittee));
    const QList<DuesMemberYear> members =
        service.ledger().year(QSet<qint64>(branches.cbegin(), branches.cend()), today.year());
    // A member who owes opens at the first month unpaid; if all have paid, a member's next month.
    for (bool owing : {true, false})
        for (const DuesMemberYear& member : members)
            for (int i = 0; i < 12; ++i)
                if (member.owed[i] >= 0 && (!owing || !member.paid[i])) {
                    DuesPaymentDialog dialog(service, member, QDate(today.year(), i + 1, 1), today);
                    return saveDialogScreenshot(dialog, outFile, screen);
                }
    return noRecord();
}

QString developmentStep(Workspace& workspace, const QString& outFile, QSize screen)
{
    DevelopmentService service = developmentService(workspace);
    const QList<PipelineEntry> pipeline =
        service.repository().pipeline(firstOf(workspace, isCommunityCommittee));
    if (pipeline.isEmpty())
        return noRecord();
    AdvanceDialog dialog(service, pipeline.first().person, pipeline.first().record,
                         workspace.clock().today());
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString meetingForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    const QDate today = workspace.clock().today();
    const QList<Meeting> month = workspace.meetings().meetings(std::nullopt, today.addDays(-40), today);
    if (month.isEmpty())
        return noRecord();
    MeetingForm form(workspace, workspace.organisations().all(),
                     *workspace.meetings().meeting(month.last().id));
    return saveDialogScreenshot(form, outFile, screen);
}

QString monthPlan(Workspace& workspace, const QString& outFile, QSize screen)
{
    const QDate today = workspace.clock().today();
    PlanDialog dialog(workspace, QDate(today.year(), today.month(), 1),
                      branchesUnder(workspace, firstOf(workspace, isCommunityCommittee)));
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString templateEditor(Workspace& workspace, const QString& outFile, QSize screen)
{
    const QList<int> years = workspace.ratings().years();
    TemplateEditor editor(workspace, years.isEmpty() ? defaultRatingTemplate(2026)
                                                     : *workspace.ratings().templateForYear(years.first()));
    return saveDialogScreenshot(editor, outFile, screen);
}

QString exportDialog(Workspace& workspace, const QString& outFile, QSize screen)
{
    RosterExportDialog dialog(QCoreApplication::translate("Screenshot", "Export the roster to Excel"),
                              int(workspace.members().roster().size()));
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString wishForm(Workspace& workspace, const QString& outFile, QSize screen)
{
    const qint64 committee = firstOf(workspace, isCommunityCommittee);
    const QList<qint64> branches = branchesUnder(workspace, committee);
    WishService service = wishService(workspace);
    const QList<MicroWish> wishes = service.wishes().wishes(branches, workspace.clock().today().year());
    if (wishes.isEmpty())
        return noRecord();
    WishForm form(service, workspace.organisations().all(), branches, wishes.first(),
                  workspace.clock().today());
    return saveDialogScreenshot(form, outFile, screen);
}

QString jointMeeting(Workspace& workspace, const QString& outFile, QSize screen)
{
    const qint64 committee = firstOf(workspace, isCommunityCommittee);
    const QDate today = workspace.clock().today();
    JointMeetings joint(workspace);
    const QList<JointMeetingRow> rows = joint.repository().meetings({committee}, today.year(), today);
    if (rows.isEmpty())
        return noRecord();
    JointMeetingDialog dialog(joint.service(), *joint.repository().meeting(rows.first().id),
                              workspace.organisations().coBuildingUnits(committee), today);
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString fundProject(Workspace& workspace, const QString& outFile, QSize screen)
{
    FundService fund(workspace);
    const FundYearView year =
        fund.year(firstOf(workspace, isCommunityCommittee), workspace.clock().today().year());
    if (year.projects.isEmpty())
        return noRecord();
    FundProjectDialog dialog(fund, year.projects.first());
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString serverConnect(Workspace&, const QString& outFile, QSize screen)
{
    ServerConnectDialog dialog;
    // As a street's clerk fills it in from the details the server's administrator gave.
    dialog.findChild<QLineEdit*>(QStringLiteral("serverHost"))->setText(QStringLiteral("192.168.1.10"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabase"))->setText(QStringLiteral("dongfeng"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverUser"))->setText(QStringLiteral("zhangli"));
    dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"))->setText(QStringLiteral("password"));
    return saveDialogScreenshot(dialog, outFile, screen);
}

// 文件 → 数据包 on the tab given; the Receive tab with this workspace's own year opened, as if it were
// its own street (so every record shows as the same).
QString packages(Workspace& workspace, const QString& outFile, QSize screen, int tab)
{
    PackageDialog dialog(workspace);
    dialog.findChild<QTabWidget*>(QStringLiteral("packageTabs"))->setCurrentIndex(tab);
    if (tab == 1) {
        PackageKeys keys(workspace.database(), workspace.writeGate(), workspace.audit());
        QString error;
        const PackageKeys::Own own = keys.own(&error);
        if (error.isEmpty())
            error = keys.trustSender(QStringLiteral("和平社区"), PackageKeys::keyText(own.signing.publicKey));
        if (error.isEmpty())
            error = keys.setRecipient(QStringLiteral("东风街道"), PackageKeys::keyText(own.box.publicKey));
        QTemporaryDir folder;
        const QString file =
            folder.filePath(QStringLiteral("和平社区-%1.pdpkg").arg(workspace.clock().today().year()));
        if (error.isEmpty())
            error = PackageTransfer::write(workspace, PackageTransfer::Content::Year,
                                           workspace.clock().today().year(),
                                           keys.recipient(QStringLiteral("东风街道")), file);
        if (!error.isEmpty())
            return error;
        dialog.receivePanel()->openFile(file);
        return saveDialogScreenshot(dialog, outFile, screen);
    }
    return saveDialogScreenshot(dialog, outFile, screen);
}

QString packagesSend(Workspace& workspace, const QString& outFile, QSize screen)
{
    return packages(workspace, outFile, screen, 0);
}

QString packagesReceive(Workspace& workspace, const QString& outFile, QSize screen)
{
    return packages(workspace, outFile, screen, 1);
}

QString packagesKeys(Workspace& workspace, const QString& outFile, QSize screen)
{
    return packages(workspace, outFile, screen, 2);
}

using Render = QString (*)(Workspace&, const QString&, QSize);

const QList<QPair<const char*, Render>>& dialogs()
{
    static const QList<QPair<const char*, Render>> all{{"member-form", memberForm},
                                                       {"org-form", organisationForm},
                                                       {"grid-form", gridForm},
                                                       {"unit-form", unitForm},
                                                       {"leave-dialog", leaveDialog},
                                                       {"transfer-out", transferOut},
                                                       {"dues-payment", duesPayment},
                                                       {"development-step", developmentStep},
                                                       {"meeting-form", meetingForm},
                                                       {"meetings-plan", monthPlan},
                                                       {"template-editor", templateEditor},
                                                       {"export-dialog", exportDialog},
                                                       {"wish-form", wishForm},
                                                       {"joint-meeting-form", jointMeeting},
                                                       {"fund-project-form", fundProject},
                                                       {"server-connect", serverConnect},
                                                       {"packages-send", packagesSend},
                                                       {"packages-receive", packagesReceive},
                                                       {"packages-keys", packagesKeys}};
    return all;
}

} // namespace

QStringList dialogScreenshotPages()
{
    QStringList names;
    for (const auto& [name, render] : dialogs())
        names << QString::fromLatin1(name);
    return names;
}

QString renderDialogScreenshot(Workspace& workspace, const QString& page, const QString& outFile,
                               QSize screen, bool* handled)
{
    for (const auto& [name, render] : dialogs())
        if (page == QLatin1String(name)) {
            *handled = true;
            return render(workspace, outFile, screen);
        }
    *handled = false;
    return {};
}

} // namespace partydesk
