#include "meetings/Attendance.h"
#include "meetings/Compliance.h"
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
    const QList<ExpectedMember> expected = meetings.expectedMembers(branch, m.heldOn, false);
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
    // This calendar year so far: the demo's three gaps and nothing else.
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
    CHECK(gaps == 3);
    const auto rates = meetings.attendanceByMonth(from, to);
    REQUIRE(rates.size() == 10);
    // November so far: the theme days of the 15th (the rest of the month is still planned).
    AttendanceTally november;
    for (const auto& months : rates)
        november += months.value(QStringLiteral("2026-11"));
    CHECK(november.expected > 100);
    CHECK(november.rate() > 0.7);
}
