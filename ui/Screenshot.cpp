#include "Screenshot.h"

#include "cogovernance/CoGovernancePage.h"
#include "forms/MemberForm.h"
#include "forms/OrganisationForm.h"
#include "home/HomePage.h"
#include "mainwindow/MainWindow.h"
#include "meetings/MeetingForm.h"
#include "models/OrganisationTreeModel.h"
#include "rating/RatingPage.h"
#include "rating/TemplateEditor.h"
#include "roster/RosterExportDialog.h"
#include "roster/RosterPage.h"
#include "ScreenshotImport.h"
#include "ScreenshotSafety.h"
#include "Workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTableView>
#include <QTabWidget>
#include <QTreeView>

namespace partydesk {

namespace {

QString save(QWidget& widget, const QString& outFile, QSize size)
{
    return saveWidgetScreenshot(widget, outFile, size);
}

// The first branch in the tree, so the screenshots show a real branch rather than the whole street.
qint64 firstBranch(Workspace& workspace)
{
    for (const Organisation& org : workspace.organisations().all())
        if (org.type == OrgType::GridBranch)
            return org.id;
    return 0;
}

} // namespace

QString saveWidgetScreenshot(QWidget& widget, const QString& outFile, QSize size)
{
    if (size.isValid())
        widget.resize(size);
    widget.show();
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget.grab();
    if (!pixmap.save(outFile, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write \"%1\".").arg(outFile);
    return {};
}

QStringList screenshotPages()
{
    return QStringList{QStringLiteral("home"),
                       QStringLiteral("development"),
                       QStringLiteral("transfers"),
                       QStringLiteral("dues"),
                       QStringLiteral("appraisal"),
                       QStringLiteral("roster"),
                       QStringLiteral("organisation"),
                       QStringLiteral("statistics"),
                       QStringLiteral("rating"),
                       QStringLiteral("rating-charts"),
                       QStringLiteral("template-editor"),
                       QStringLiteral("meetings"),
                       QStringLiteral("meeting-form"),
                       QStringLiteral("member-form"),
                       QStringLiteral("org-form"),
                       QStringLiteral("export-dialog"),
                       QStringLiteral("import-columns"),
                       QStringLiteral("import-preview"),
                       QStringLiteral("cogov-inservice"),
                       QStringLiteral("cogov-wishes"),
                       QStringLiteral("cogov-lists"),
                       QStringLiteral("cogov-meetings"),
                       QStringLiteral("cogov-units"),
                       QStringLiteral("cogov-fund")} +
           safetyScreenshotPages();
}

QString renderScreenshot(Workspace& workspace, const QString& databasePath, const QString& page,
                         const QString& outFile, QSize size)
{
    bool safety = false;
    const QString safetyError = renderSafetyScreenshot(workspace, databasePath, page, outFile, size, &safety);
    if (safety)
        return safetyError;
    MainWindow window(workspace, databasePath);
    window.resize(1366, 800);
    if (page == QLatin1String("home")) {
        window.showPage(MainWindow::Page::Home);
        window.show();
        // The home page reads on a thread of its own.
        QElapsedTimer waited;
        waited.start();
        while (window.homePage()->isLoading() && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        return save(window, outFile, size);
    }
    const QHash<QString, MainWindow::Page> lifePages = {
        {QStringLiteral("development"), MainWindow::Page::Development},
        {QStringLiteral("transfers"), MainWindow::Page::Transfers},
        {QStringLiteral("dues"), MainWindow::Page::Dues},
        {QStringLiteral("appraisal"), MainWindow::Page::Appraisal}};
    if (lifePages.contains(page)) {
        // The dues ledger and the appraisal are a branch's: the first one with members.
        if (page == QLatin1String("dues") || page == QLatin1String("appraisal"))
            for (const Organisation& org : workspace.organisations().all())
                if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup) {
                    window.selectOrganisation(org.id);
                    break;
                }
        window.showPage(lifePages.value(page));
        return save(window, outFile, size);
    }
    const QHash<QString, CoGovernancePage::Part> coGovernanceParts = {
        {QStringLiteral("cogov-inservice"), CoGovernancePage::Part::InService},
        {QStringLiteral("cogov-wishes"), CoGovernancePage::Part::Wishes},
        {QStringLiteral("cogov-lists"), CoGovernancePage::Part::Lists},
        {QStringLiteral("cogov-meetings"), CoGovernancePage::Part::JointMeetings},
        {QStringLiteral("cogov-units"), CoGovernancePage::Part::Units},
        {QStringLiteral("cogov-fund"), CoGovernancePage::Part::Fund}};
    if (coGovernanceParts.contains(page)) {
        // The community committee: its lists, meetings and fund are the community's.
        for (const Organisation& org : workspace.organisations().all())
            if (isCommunityCommittee(org.type)) {
                window.selectOrganisation(org.id);
                break;
            }
        window.showPage(MainWindow::Page::CoGovernance);
        window.coGovernancePage()->showPart(coGovernanceParts.value(page));
        return save(window, outFile, size);
    }
    if (page == QLatin1String("roster")) {
        window.showPage(MainWindow::Page::Roster);
        return save(window, outFile, size);
    }
    if (page == QLatin1String("organisation")) {
        // The community committee: its grids, co-building units and term warning all show.
        for (const Organisation& org : workspace.organisations().all())
            if (isCommunityCommittee(org.type)) {
                window.selectOrganisation(org.id);
                break;
            }
        window.showPage(MainWindow::Page::Organisation);
        return save(window, outFile, size);
    }
    if (page == QLatin1String("statistics")) {
        window.showPage(MainWindow::Page::Statistics);
        return save(window, outFile, size);
    }
    if (page == QLatin1String("rating") || page == QLatin1String("rating-charts")) {
        window.showPage(MainWindow::Page::Rating);
        if (page == QLatin1String("rating-charts"))
            window.ratingPage()->findChild<QTabWidget*>()->setCurrentIndex(1);
        return save(window, outFile, size);
    }
    if (page == QLatin1String("meetings")) {
        window.showPage(MainWindow::Page::Meetings);
        return save(window, outFile, size);
    }
    if (page == QLatin1String("meeting-form")) {
        const QList<Meeting> month = workspace.meetings().meetings(
            std::nullopt, workspace.clock().today().addDays(-40), workspace.clock().today());
        if (month.isEmpty())
            return QCoreApplication::translate("Screenshot", "There is no meeting to show.");
        MeetingForm form(workspace, workspace.organisations().all(),
                         *workspace.meetings().meeting(month.last().id));
        return save(form, outFile, size);
    }
    if (page == QLatin1String("template-editor")) {
        const QList<int> years = workspace.ratings().years();
        TemplateEditor editor(workspace, years.isEmpty()
                                             ? defaultRatingTemplate(2026)
                                             : *workspace.ratings().templateForYear(years.first()));
        return save(editor, outFile, size);
    }
    if (page == QLatin1String("export-dialog")) {
        RosterExportDialog dialog(QCoreApplication::translate("Screenshot", "Export the roster to Excel"),
                                  int(workspace.members().roster().size()));
        return save(dialog, outFile, size);
    }
    if (page == QLatin1String("import-columns") || page == QLatin1String("import-preview"))
        return renderImportDialog(workspace, outFile, size, page == QLatin1String("import-preview"));
    if (page == QLatin1String("member-form")) {
        const qint64 branch = firstBranch(workspace);
        // A floating member shows the category-specific fields.
        qint64 memberId = 0;
        for (const RosterRow& row : workspace.members().roster())
            if (row.category == MemberCategory::FloatingOut && !row.leftOn.isValid()) {
                memberId = row.id;
                break;
            }
        Member member = memberId ? workspace.members().get(memberId) : Member();
        if (!memberId)
            member.orgId = branch;
        MemberForm form(workspace, workspace.organisations().all(), member);
        return save(form, outFile, size);
    }
    if (page == QLatin1String("org-form")) {
        const qint64 branch = firstBranch(workspace);
        OrganisationForm form(workspace, workspace.organisations().all(),
                              workspace.organisations().get(branch));
        return save(form, outFile, size);
    }
    return QCoreApplication::translate("Screenshot", "Unknown page \"%1\"; pages are: %2")
        .arg(page, screenshotPages().join(QStringLiteral(", ")));
}

} // namespace partydesk
