#include "meetings/Attendance.h"
#include "meetings/Compliance.h"
#include "meetings/MeetingRepository.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {
const ComplianceRule monthly{MeetingKind::Committee, ComplianceRule::Unit::Month};
const ComplianceRule quarterly{MeetingKind::GeneralMeeting, ComplianceRule::Unit::Quarter};
} // namespace

TEST_CASE("Attendance rate is present over expected, floating members away left out", "[meetings]")
{
    const QList<AttendanceRecord> records = {{1, AttendanceStatus::Present, {}},
                                             {2, AttendanceStatus::Present, {}},
                                             {3, AttendanceStatus::Leave, QStringLiteral("住院")},
                                             {4, AttendanceStatus::Absent, {}},
                                             {5, AttendanceStatus::Present, QStringLiteral("在深圳参加")}};
    const AttendanceTally t = tally(records, [](qint64 id) { return id == 5; });
    CHECK(t.expected == 4);
    CHECK(t.present == 2);
    CHECK(t.leave == 1);
    CHECK(t.absent == 1);
    CHECK(t.rate() == Approx(0.5));
    AttendanceTally sum = t;
    sum += tally(records, [](qint64) { return false; });
    CHECK(sum.expected == 9);
    CHECK(sum.rate() == Approx(5.0 / 9));
    CHECK(AttendanceTally().rate() == 0);
}

TEST_CASE("Monthly compliance counts every month the period touches", "[meetings]")
{
    // 15 Jan to 10 Apr touches four months; February has nothing.
    const QList<QDate> held = {QDate(2026, 1, 20), QDate(2026, 3, 5), QDate(2026, 4, 9), QDate(2026, 4, 30)};
    const ComplianceResult r = checkCompliance(monthly, held, QDate(2026, 1, 15), QDate(2026, 4, 10));
    CHECK(r.required == 4);
    CHECK(r.held == 3); // 30 April is outside
    CHECK(r.gaps == QStringList{QStringLiteral("2026-02")});
    CHECK_FALSE(r.compliant());
    // A meeting on 10 January is before the period: January counts as a gap.
    const ComplianceResult early =
        checkCompliance(monthly, {QDate(2026, 1, 10)}, QDate(2026, 1, 15), QDate(2026, 1, 31));
    CHECK(early.gaps == QStringList{QStringLiteral("2026-01")});
}

TEST_CASE("Quarterly compliance across a year boundary", "[meetings]")
{
    // November 2025 to February 2026: Q4 2025 and Q1 2026.
    CHECK(checkCompliance(quarterly, {QDate(2025, 12, 31), QDate(2026, 1, 1)}, QDate(2025, 11, 1),
                          QDate(2026, 2, 28))
              .compliant());
    const ComplianceResult r =
        checkCompliance(quarterly, {QDate(2025, 12, 31)}, QDate(2025, 11, 1), QDate(2026, 2, 28));
    CHECK(r.required == 2);
    CHECK(r.gaps.size() == 1);
    CHECK(r.gaps.first().contains(QStringLiteral("2026")));
    // A whole year needs four quarters.
    CHECK(checkCompliance(quarterly, {}, QDate(2026, 1, 1), QDate(2026, 12, 31)).required == 4);
    // The current quarter is pending, not missing, until it is over.
    const ComplianceResult pending = checkCompliance(quarterly, {QDate(2026, 2, 1)}, QDate(2026, 1, 1),
                                                     QDate(2026, 5, 10), QDate(2026, 5, 10));
    CHECK(pending.compliant());
    CHECK(pending.required == 1);
    const ComplianceRule yearly{MeetingKind::LifeMeeting, ComplianceRule::Unit::Year};
    CHECK(checkCompliance(yearly, {QDate(2026, 1, 15)}, QDate(2026, 1, 1), QDate(2026, 12, 31)).compliant());
}

TEST_CASE("A monthly plan creates every branch's theme day once", "[meetings][repository]")
{
    TempWorkspace temp(true);
    MeetingRepository& meetings = temp.workspace().meetings();
    CHECK(meetings.actions().size() == 10);
    CHECK(meetings.themeDayOfMonth() == 15);
    MonthlyPlan plan;
    plan.month = QDate(2026, 12, 1);
    plan.theme = QStringLiteral("学习贯彻全会精神");
    plan.day = meetings.themeDayOfMonth();
    plan.actionIds = {meetings.actions()[0].id, meetings.actions()[7].id};
    REQUIRE(meetings.savePlan(plan).ok());
    QList<qint64> branches;
    for (const Organisation& org : temp.workspace().organisations().all())
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            branches << org.id;
    CHECK(meetings.createThemeDays(plan, branches).id == branches.size());
    CHECK(meetings.createThemeDays(plan, branches).id == 0); // not twice
    const QList<Meeting> december = meetings.meetings(std::nullopt, QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(december.size() == branches.size());
    CHECK(december.first().heldOn == QDate(2026, 12, 15));
    CHECK(december.first().theme == plan.theme);
    CHECK(meetings.plan(QDate(2026, 12, 1))->actionIds.size() == 2);

    plan.theme.clear();
    CHECK_FALSE(meetings.savePlan(plan).ok());
}

TEST_CASE("A meeting keeps its actions, attendance and photos", "[meetings][repository]")
{
    TempWorkspace temp(true);
    MeetingRepository& meetings = temp.workspace().meetings();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    Meeting m;
    m.orgId = branch;
    m.kind = MeetingKind::ThemeDay;
    m.heldOn = QDate(2026, 12, 15);
    m.theme = QStringLiteral("重温入党誓词");
    m.actionIds = {meetings.actions()[0].id};
    REQUIRE(meetings.saveMeeting(m).ok());
    const QList<ExpectedMember> expected = meetings.expectedMembers(branch, m.heldOn);
    REQUIRE(expected.size() > 10);
    CHECK_FALSE(expected.first().away());
    QList<AttendanceRecord> records;
    for (const ExpectedMember& e : expected)
        records.append({e.memberId, AttendanceStatus::Present, {}});
    records[1].status = AttendanceStatus::Leave;
    records[1].reason = QStringLiteral("出差");
    REQUIRE(meetings.saveAttendance(m.id, records).ok());
    const QList<AttendanceRecord> back = meetings.attendance(m.id);
    CHECK(back.size() == records.size());
    CHECK(meetings.memberAttendance(records[1].memberId, QDate(2026, 12, 1), QDate(2026, 12, 31)).leave == 1);
    CHECK(meetings.meeting(m.id)->actionIds == m.actionIds);

    MeetingPhoto photo;
    photo.meetingId = m.id;
    photo.caption = QStringLiteral("集体宣誓");
    photo.image = QByteArray("jpeg bytes");
    photo.thumbnail = QByteArray("thumb");
    REQUIRE(meetings.addPhoto(photo).ok());
    CHECK(meetings.photos(m.id).first().image.isEmpty()); // thumbnails only unless asked
    CHECK(meetings.photos(m.id, true).first().image == photo.image);

    REQUIRE(meetings.deleteMeeting(m.id).ok());
    CHECK(meetings.attendance(m.id).isEmpty());
}

TEST_CASE("The demo year has theme days with attendance and compliance gaps", "[meetings][demo]")
{
    TempWorkspace temp(true);
    MeetingRepository& meetings = temp.workspace().meetings();
    // This calendar year so far: the demo's four gaps (the last branch's October committee meeting
    // is the fourth, for the home page) and nothing else.
    const QDate from(2026, 1, 1), to(2026, 11, 30);
    const auto themeDays = meetings.meetingDates(MeetingKind::ThemeDay, from, to);
    CHECK(themeDays.size() == 10);
    int gaps = 0;
    for (const ComplianceRule& rule : defaultComplianceRules()) {
        const auto dates = meetings.meetingDates(rule.kind, from, to);
        for (auto it = themeDays.cbegin(); it != themeDays.cend(); ++it)
            if (rule.kind != MeetingKind::GroupMeeting)
                gaps += int(checkCompliance(rule, dates.value(it.key()), from, to).gaps.size());
    }
    CHECK(gaps == 4);
    const auto rates = meetings.attendanceByMonth(from, to);
    REQUIRE(rates.size() == 10);
    // November so far: the theme days of the 15th (the rest of the month is still planned).
    AttendanceTally november;
    for (const auto& months : rates)
        november += months.value(QStringLiteral("2026-11"));
    CHECK(november.expected > 100);
    CHECK(november.rate() > 0.7);
}

namespace {

Meeting themeDayOf(MeetingRepository& meetings, qint64 branch, QDate day)
{
    for (const Meeting& m : meetings.meetings(QSet<qint64>{branch}, day, day))
        if (m.kind == MeetingKind::ThemeDay)
            return m;
    return {};
}

bool lists(const QList<ExpectedMember>& expected, qint64 memberId)
{
    for (const ExpectedMember& e : expected)
        if (e.memberId == memberId)
            return true;
    return false;
}

bool lists(const QList<AttendanceLine>& lines, qint64 memberId)
{
    for (const AttendanceLine& line : lines)
        if (line.member.memberId == memberId)
            return true;
    return false;
}

void checkSameTally(const AttendanceTally& a, const AttendanceTally& b)
{
    CHECK(a.expected == b.expected);
    CHECK(a.present == b.present);
    CHECK(a.leave == b.leave);
    CHECK(a.absent == b.absent);
}

} // namespace

TEST_CASE("A member added today and gone today is not expected at last week's theme day, nor counted",
          "[meetings][attendance]")
{
    TempWorkspace temp(true); // the demo's theme days are on 2026-11-15
    Workspace& ws = temp.workspace();
    MeetingRepository& meetings = ws.meetings();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const QDate lastWeek(2026, 11, 15), today(2026, 11, 22);
    const Meeting themeDay = themeDayOf(meetings, branch, lastWeek);
    REQUIRE(themeDay.id > 0);
    const QList<ExpectedMember> expectedBefore = meetings.expectedMembers(branch, lastWeek);
    const AttendanceTally meetingBefore = meetings.attendanceByMeeting(lastWeek, lastWeek).value(themeDay.id);
    const AttendanceTally monthBefore =
        meetings.attendanceByMonth(lastWeek, lastWeek).value(branch).value(QStringLiteral("2026-11"));
    const AttendanceTally sheetBefore = tally(meetings.attendanceSheet(themeDay.id));
    REQUIRE(meetingBefore.expected > 10);
    checkSameTally(sheetBefore, meetingBefore);

    // Added a week later, and recorded as transferred out the same day.
    temp.clock().setToday(today);
    const ServiceResult added = ws.memberService().save(longStandingMember(branch));
    REQUIRE(added.ok());
    REQUIRE(ws.memberService()
                .recordLeaving(added.id, today, LeaveKind::TransferOut, QStringLiteral("转往外省"))
                .ok());

    const QList<ExpectedMember> expectedAfter = meetings.expectedMembers(branch, lastWeek);
    CHECK_FALSE(lists(expectedAfter, added.id));
    CHECK(expectedAfter.size() == expectedBefore.size());
    CHECK_FALSE(lists(meetings.expectedMembers(branch, today), added.id)); // left that day

    // Even a record written for the member (as the old form did when the meeting was saved again)
    // counts in no tally and is printed in no report.
    QList<AttendanceRecord> records = meetings.attendance(themeDay.id);
    records.append({added.id, AttendanceStatus::Present, {}});
    REQUIRE(meetings.saveAttendance(themeDay.id, records).ok());
    checkSameTally(meetings.attendanceByMeeting(lastWeek, lastWeek).value(themeDay.id), meetingBefore);
    checkSameTally(
        meetings.attendanceByMonth(lastWeek, lastWeek).value(branch).value(QStringLiteral("2026-11")),
        monthBefore);
    CHECK_FALSE(lists(meetings.attendanceSheet(themeDay.id), added.id));
    checkSameTally(tally(meetings.attendanceSheet(themeDay.id)), sheetBefore);
    CHECK(meetings.memberAttendance(added.id, lastWeek.addYears(-1), today).expected == 0);
}

TEST_CASE("A member who moved to another branch is expected where the member was on each meeting's day",
          "[meetings][attendance]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    MeetingRepository& meetings = ws.meetings();
    QList<qint64> branches;
    for (const Organisation& org : ws.organisations().all())
        if (org.type == OrgType::GridBranch)
            branches << org.id;
    REQUIRE(branches.size() >= 2);
    const qint64 from = branches[0], to = branches[1];
    const QDate before(2026, 11, 15), moved(2026, 11, 20), after(2026, 12, 15);
    const QList<ExpectedMember> expected = meetings.expectedMembers(from, before);
    REQUIRE_FALSE(expected.isEmpty());
    const qint64 mover = expected.first().memberId;

    temp.clock().setToday(moved);
    Member member = ws.members().get(mover);
    member.orgId = to;
    REQUIRE(ws.memberService().save(member).ok()); // a dated "transfer" event

    // Before the move: expected in the old branch, not the new one; after it, the other way round.
    CHECK(lists(meetings.expectedMembers(from, before), mover));
    CHECK_FALSE(lists(meetings.expectedMembers(to, before), mover));
    CHECK_FALSE(lists(meetings.expectedMembers(from, after), mover));
    CHECK(lists(meetings.expectedMembers(to, after), mover));
    // The old branch's past theme day keeps the member's record and counts it.
    const Meeting themeDay = themeDayOf(meetings, from, before);
    REQUIRE(themeDay.id > 0);
    CHECK(lists(meetings.attendanceSheet(themeDay.id), mover));

    // A record for the member at the old branch's meeting after the move is not counted there.
    Meeting later;
    later.orgId = from;
    later.kind = MeetingKind::Committee;
    later.heldOn = after;
    const QList<AttendanceRecord> records = {{mover, AttendanceStatus::Present, {}}};
    REQUIRE(meetings.saveMeeting(later, &records).ok());
    CHECK(meetings.attendanceByMeeting(after, after).value(later.id).expected == 0);
    CHECK(meetings.attendanceSheet(later.id).isEmpty());
}

TEST_CASE("A member recorded at a meeting stays on its list after leaving the roster",
          "[meetings][attendance]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    MeetingRepository& meetings = ws.meetings();
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const QDate day(2026, 11, 15);
    const Meeting themeDay = themeDayOf(meetings, branch, day);
    REQUIRE(themeDay.id > 0);
    const QList<AttendanceLine> sheet = meetings.attendanceSheet(themeDay.id);
    REQUIRE(sheet.size() > 2);
    const AttendanceLine recorded = sheet.first();
    const AttendanceTally before = tally(sheet);

    temp.clock().setToday(QDate(2026, 11, 22));
    REQUIRE(ws.memberService()
                .recordLeaving(recorded.member.memberId, QDate(2026, 11, 20), LeaveKind::Death, {})
                .ok());

    CHECK(lists(meetings.expectedMembers(branch, day), recorded.member.memberId));
    CHECK(lists(meetings.attendanceSheet(themeDay.id), recorded.member.memberId));
    checkSameTally(tally(meetings.attendanceSheet(themeDay.id)), before);
    checkSameTally(meetings.attendanceByMeeting(day, day).value(themeDay.id), before);
    // Not expected at meetings after leaving.
    CHECK_FALSE(lists(meetings.expectedMembers(branch, QDate(2026, 12, 15)), recorded.member.memberId));
}
