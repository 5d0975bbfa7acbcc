#include "ExternalReaders.h"
#include "forms/MemberForm.h"
#include "GuiTestSupport.h"
#include "mainwindow/MainWindow.h"
#include "meetings/ActionsDialog.h"
#include "meetings/AttendanceModel.h"
#include "meetings/ComplianceModel.h"
#include "meetings/MeetingForm.h"
#include "meetings/MeetingListModel.h"
#include "meetings/MeetingsPage.h"
#include "meetings/MonthlyReport.h"
#include "meetings/MonthlyReportTables.h"
#include "report/XlsxReportWriter.h"
#include "reports/ReportRenderer.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("A clerk records a theme day: details, actions, attendance ticked, saved together",
          "[gui][meetings]")
{
    TempWorkspace temp(true);
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    Meeting meeting;
    meeting.orgId = branch;
    meeting.kind = MeetingKind::ThemeDay;
    meeting.heldOn = QDate(2026, 12, 15);
    MeetingForm form(temp.workspace(), temp.workspace().organisations().all(), meeting);
    form.show();
    QAbstractItemModelTester tester(form.attendance(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    typeInto(&form, "themeEdit", QStringLiteral("重温入党誓词"));
    const QList<PrescribedAction> actions = temp.workspace().meetings().actions();
    child<QCheckBox>(&form, QStringLiteral("action_%1").arg(actions[0].id).toLatin1().constData())
        ->setChecked(true);
    child<QCheckBox>(&form, QStringLiteral("action_%1").arg(actions[7].id).toLatin1().constData())
        ->setChecked(true);

    // Everyone starts present; two clicks on the second member's status make it "absent", one
    // click on the third "on leave", with a reason.
    auto* view = child<QTableView>(&form, "attendanceView");
    const AttendanceTally before = form.attendance()->tally();
    REQUIRE(before.present == before.expected);
    const auto click = [&](int row) {
        const QModelIndex index = form.attendance()->index(row, AttendanceModel::StatusColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    };
    click(1);
    click(1);
    click(2);
    form.attendance()->setData(form.attendance()->index(2, AttendanceModel::ReasonColumn),
                               QStringLiteral("住院"));
    const AttendanceTally after = form.attendance()->tally();
    CHECK(after.present == before.expected - 2);
    CHECK(after.absent == 1);
    CHECK(after.leave == 1);
    CHECK(child<QLabel>(&form, "attendanceTally")->text().contains(QString::number(after.present)));
    REQUIRE(form.save());

    const Meeting saved = *temp.workspace().meetings().meeting(form.savedId());
    CHECK(saved.theme == QStringLiteral("重温入党誓词"));
    CHECK(saved.actionIds.size() == 2);
    const QList<AttendanceRecord> records = temp.workspace().meetings().attendance(saved.id);
    CHECK(records.size() == form.attendance()->rowCount()); // floating members away included, apart
    int leave = 0;
    for (const AttendanceRecord& r : records)
        if (r.status == AttendanceStatus::Leave) {
            ++leave;
            CHECK(r.reason == QStringLiteral("住院"));
        }
    CHECK(leave == 1);
}

TEST_CASE("The meetings page lists the month and shows 三会一课 compliance with the demo's gaps",
          "[gui][meetings]")
{
    TempWorkspace temp(true);
    MainWindow window(temp.workspace(), temp.path());
    window.show();
    window.showPage(MainWindow::Page::Meetings);
    MeetingsPage* page = window.meetingsPage();
    page->setMonth(QDate(2026, 11, 1));
    QAbstractItemModelTester listTester(page->meetings(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 10 theme days, committee meetings, general meetings and lectures, and 8 group meetings.
    CHECK(page->meetings()->rowCount() == 48);
    CHECK(page->meetings()
              ->index(0, MeetingListModel::DateColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("2026-11")));

    page->findChild<QTabWidget*>()->setCurrentIndex(1);
    QAbstractItemModelTester complianceTester(page->compliance(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->compliance()->rowCount() == 10);
    // The demo's four gaps (the last branch's October committee meeting among them); November's general meetings and lectures (20th, 25th) are still to
    // come on the 15th, so they are pending, not missing.
    CHECK(page->compliance()->gapCount() == 4);
    // The branch's attendance rate over the year stands in the last column.
    const QModelIndex rate = page->compliance()->index(0, page->compliance()->columnCount() - 1);
    CHECK(rate.data().toString().contains(QLatin1Char('%')));

    // And each member's own rate over the last twelve months is on their form.
    const qint64 someone =
        temp.workspace()
            .meetings()
            .attendance(temp.workspace()
                            .meetings()
                            .meetings(std::nullopt, QDate(2026, 11, 15), QDate(2026, 11, 15))
                            .first()
                            .id)
            .first()
            .memberId;
    MemberForm form(temp.workspace(), temp.workspace().organisations().all(),
                    temp.workspace().members().get(someone));
    CHECK(form.findChild<QLabel*>(QStringLiteral("derivedFacts"))
              ->text()
              .contains(QStringLiteral("last 12 months")));
}

TEST_CASE("The monthly report reads back with its theme, attendance rate and absentees",
          "[meetings][pdf][xlsx]")
{
    TempWorkspace temp(true);
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const QList<TableReport> tables = monthlyReportTables(temp.workspace(), branch, QDate(2026, 11, 1));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("monthly.pdf"));
    REQUIRE(writePdf(tables, pdf, QStringLiteral("test")).isEmpty());
    const QString text = pdfText(pdf);
    const Meeting themeDay = [&] {
        for (const Meeting& m : temp.workspace().meetings().meetings(QSet<qint64>{branch}, QDate(2026, 11, 1),
                                                                     QDate(2026, 11, 30)))
            if (m.kind == MeetingKind::ThemeDay)
                return m;
        return Meeting();
    }();
    REQUIRE(themeDay.id > 0);
    CHECK(text.contains(themeDay.theme.left(8)));
    const QList<AttendanceRecord> attendance = temp.workspace().meetings().attendance(themeDay.id);
    REQUIRE_FALSE(attendance.isEmpty());
    for (const AttendanceRecord& r : attendance)
        if (r.status == AttendanceStatus::Leave && !r.reason.isEmpty())
            CHECK(text.contains(r.reason));
    CHECK(text.contains(QStringLiteral("rate")));

    const QString xlsx = dir.filePath(QStringLiteral("monthly.xlsx"));
    REQUIRE(writeXlsx(tables, xlsx).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(xlsx);
    // One branch, one sheet: its tables one below the other.
    REQUIRE(sheets.size() == 1);
    QStringList cells;
    for (const QList<SheetCell>& row : sheets.first())
        for (const SheetCell& cell : row)
            cells << cell.text;
    CHECK(cells.contains(themeDay.theme));
    for (const AttendanceRecord& r : attendance)
        if (r.status == AttendanceStatus::Leave && !r.reason.isEmpty())
            CHECK(cells.contains(r.reason));
}

TEST_CASE("The monthly report of many branches opens with a line per branch and a total",
          "[meetings][xlsx][issue11]")
{
    TempWorkspace temp(true);
    const QDate month(2026, 11, 1);
    const QList<TableReport> tables = monthlyReportTables(temp.workspace(), 0, month);
    const QList<MonthlyBranchReport> branches =
        monthlyReports(temp.workspace().meetings(), temp.workspace().organisations().all(), 0, month);
    REQUIRE(branches.size() > 1);
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("monthly.xlsx"));
    REQUIRE(writeXlsx(tables, xlsx).isEmpty());
    const QStringList order = sheetOrder(xlsx);
    REQUIRE(order.size() == branches.size() + 1); // the summary, then a sheet per branch
    const Sheet summary = readWithLibreOffice(xlsx).value(order.first());
    // Title, subtitle, header, a line per branch, the total.
    REQUIRE(summary.size() == 3 + branches.size() + 1);
    int expected = 0, present = 0;
    for (int i = 0; i < branches.size(); ++i) {
        const QList<SheetCell>& line = summary.at(3 + i);
        CHECK(line.at(1).text == branches[i].branchName);
        CHECK(line.at(3).text.toInt() == branches[i].themeDayAttendance.expected);
        expected += line.at(3).text.toInt();
        present += line.at(4).text.toInt();
        if (!branches[i].themeDays.isEmpty())
            CHECK(line.at(2).text.contains(branches[i].themeDays.first().toString(QStringLiteral("MM-dd"))));
    }
    CHECK(expected > 0);
    const QList<SheetCell>& total = summary.last();
    CHECK(total.at(3).text.toInt() == expected);
    CHECK(total.at(4).text.toInt() == present);
    CHECK(total.at(7).text == QStringLiteral("%1%").arg(100.0 * present / expected, 0, 'f', 1));
}

TEST_CASE("The prescribed actions are the district's to change, and past records keep theirs",
          "[gui][meetings]")
{
    TempWorkspace temp(true);
    MeetingRepository& meetings = temp.workspace().meetings();
    const qint64 removed = meetings.actions().last().id;
    {
        ActionsDialog dialog(temp.workspace());
        QListWidget* list = dialog.list();
        REQUIRE(list->count() == 10);
        list->item(0)->setText(QStringLiteral("集中学习党的创新理论"));
        delete list->takeItem(list->count() - 1);
        auto* added = new QListWidgetItem(QStringLiteral("志愿服务"), list);
        added->setData(Qt::UserRole, 0);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const QList<PrescribedAction> active = meetings.actions(true);
    CHECK(active.size() == 10);
    CHECK(active.first().name == QStringLiteral("集中学习党的创新理论"));
    CHECK(active.last().name == QStringLiteral("志愿服务"));
    bool keptInactive = false;
    for (const PrescribedAction& a : meetings.actions())
        keptInactive = keptInactive || (a.id == removed && !a.active);
    CHECK(keptInactive);
}

TEST_CASE("A photo is kept with the meeting, shown as a thumbnail and printed in the monthly report",
          "[gui][meetings]")
{
    TempWorkspace temp(true);
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const Meeting themeDay = [&] {
        for (const Meeting& m : temp.workspace().meetings().meetings(QSet<qint64>{branch}, QDate(2026, 11, 1),
                                                                     QDate(2026, 11, 30)))
            if (m.kind == MeetingKind::ThemeDay)
                return *temp.workspace().meetings().meeting(m.id);
        return Meeting();
    }();
    REQUIRE(themeDay.id > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("集体宣誓.png"));
    QImage image(2400, 1600, QImage::Format_RGB32);
    image.fill(QColor(0xC8, 0x16, 0x1D));
    REQUIRE(image.save(path));
    {
        MeetingForm form(temp.workspace(), temp.workspace().organisations().all(), themeDay);
        REQUIRE(form.addPhoto(path));
        CHECK_FALSE(form.addPhoto(dir.filePath(QStringLiteral("missing.png"))));
    }
    const QList<MeetingPhoto> photos = temp.workspace().meetings().photos(themeDay.id, true);
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().caption == QStringLiteral("集体宣誓"));
    QImage stored, thumb;
    REQUIRE(stored.loadFromData(photos.first().image, "JPEG"));
    REQUIRE(thumb.loadFromData(photos.first().thumbnail, "JPEG"));
    CHECK(stored.width() == 1600); // scaled for the workspace
    CHECK(thumb.width() == 200);

    const QList<TableReport> tables = monthlyReportTables(temp.workspace(), branch, QDate(2026, 11, 1));
    int withPhotos = 0;
    for (const TableReport& t : tables)
        withPhotos += t.makeFigure && !t.makeFigure().isNull() && t.makeFigure().size() == t.figureSize;
    CHECK(withPhotos == 1);
}

namespace {

// The member's row in the attendance list, or -1.
int rowOf(const AttendanceModel* model, qint64 memberId)
{
    const QList<AttendanceRecord> records = model->records(); // in the order of the rows
    for (int r = 0; r < records.size(); ++r)
        if (records[r].memberId == memberId)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Last week's theme day, opened and saved again, gains no member added today", "[gui][meetings]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const QDate lastWeek(2026, 11, 15);
    Meeting themeDay;
    for (const Meeting& m : ws.meetings().meetings(QSet<qint64>{branch}, lastWeek, lastWeek))
        if (m.kind == MeetingKind::ThemeDay)
            themeDay = *ws.meetings().meeting(m.id);
    REQUIRE(themeDay.id > 0);
    const AttendanceTally stored = ws.meetings().attendanceByMeeting(lastWeek, lastWeek).value(themeDay.id);

    temp.clock().setToday(QDate(2026, 11, 22));
    const ServiceResult added = ws.memberService().save(longStandingMember(branch));
    REQUIRE(added.ok());
    REQUIRE(ws.memberService().recordLeaving(added.id, QDate(2026, 11, 22), LeaveKind::TransferOut, {}).ok());

    MeetingForm form(ws, ws.organisations().all(), themeDay);
    QAbstractItemModelTester tester(form.attendance(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(rowOf(form.attendance(), added.id) < 0);
    const AttendanceTally shown = form.attendance()->tally();
    CHECK(shown.expected == stored.expected);
    CHECK(shown.present == stored.present);
    REQUIRE(form.save());
    const AttendanceTally after = ws.meetings().attendanceByMeeting(lastWeek, lastWeek).value(themeDay.id);
    CHECK(after.expected == stored.expected);
    CHECK(after.present == stored.present);
    for (const AttendanceRecord& r : ws.meetings().attendance(themeDay.id))
        CHECK(r.memberId != added.id);
}

TEST_CASE("The meeting form lists who was expected on the meeting's day and keeps who was recorded",
          "[gui][meetings]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    temp.clock().setToday(QDate(2026, 11, 22));
    const qint64 added = ws.memberService().save(longStandingMember(branch)).id;
    REQUIRE(added > 0);

    // A new meeting today lists the member added today; moved back to last week, it does not,
    // and what was ticked stays ticked.
    Meeting meeting;
    meeting.orgId = branch;
    meeting.kind = MeetingKind::Committee;
    meeting.heldOn = QDate(2026, 11, 22);
    MeetingForm form(ws, ws.organisations().all(), meeting);
    form.show();
    QAbstractItemModelTester tester(form.attendance(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(rowOf(form.attendance(), added) >= 0);
    const qint64 ticked = form.attendance()->records().first().memberId;
    REQUIRE(ticked != added);
    form.attendance()->setData(form.attendance()->index(0, AttendanceModel::StatusColumn),
                               int(AttendanceStatus::Leave));
    typeInto(&form, "meetingDateEdit", QStringLiteral("2026-11-15"));
    CHECK(rowOf(form.attendance(), added) < 0);
    const int row = rowOf(form.attendance(), ticked);
    REQUIRE(row >= 0);
    CHECK(form.attendance()->index(row, AttendanceModel::StatusColumn).data(Qt::EditRole).toInt() ==
          int(AttendanceStatus::Leave));
    REQUIRE(form.save());

    // Someone recorded there who leaves the roster afterwards stays on the meeting's list.
    const QList<AttendanceRecord> records = ws.meetings().attendance(form.savedId());
    REQUIRE(ws.memberService().recordLeaving(ticked, QDate(2026, 11, 20), LeaveKind::Death, {}).ok());
    MeetingForm reopened(ws, ws.organisations().all(), *ws.meetings().meeting(form.savedId()));
    const int again = rowOf(reopened.attendance(), ticked);
    REQUIRE(again >= 0);
    CHECK(reopened.attendance()->index(again, AttendanceModel::StatusColumn).data(Qt::EditRole).toInt() ==
          int(AttendanceStatus::Leave));
    CHECK(reopened.attendance()->rowCount() == records.size());
}
