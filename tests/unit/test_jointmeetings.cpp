// Joint meetings of a big committee: the decisions' rules and follow-up, overdue decisions, the
// quarters without a meeting, the chair rota generated and edited, units' activities as chair, and
// the meeting record printed.
#include "cogovernance/JointMeetingQueries.h"
#include "cogovernance/JointMeetingReports.h"
#include "cogovernance/JointMeetingService.h"
#include "demo/DemoJointMeetings.h"
#include "ExternalReaders.h"
#include "reports/ReportRenderer.h"
#include "repository/SqlValues.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

qint64 insert(QSqlDatabase db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bindValues(q, values);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

// A big committee with three units (the police station joined in April 2026); today is 2026-11-15.
struct Committee
{
    TempWorkspace temp;
    JointMeetings joint{temp.workspace()};
    qint64 community = 0, school = 0, hospital = 0, police = 0, otherUnit = 0;

    Committee()
    {
        const QString org =
            QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)");
        const qint64 street =
            insert(temp.db(), org,
                   {QStringLiteral("东风街道党工委"), QStringLiteral("street_committee"), QVariant()});
        community = insert(temp.db(), org,
                           {QStringLiteral("和平社区大党委"), QStringLiteral("big_committee"), street});
        const qint64 other = insert(
            temp.db(), org, {QStringLiteral("东风社区党委"), QStringLiteral("community_committee"), street});
        const QString unit =
            QStringLiteral("INSERT INTO co_building_unit (committee_id, name, joined_on) VALUES (?, ?, ?)");
        school = insert(temp.db(), unit,
                        {community, QStringLiteral("芙蓉区教育局"), QStringLiteral("2020-01-01")});
        hospital = insert(temp.db(), unit,
                          {community, QStringLiteral("湖南省人民医院"), QStringLiteral("2020-01-01")});
        police =
            insert(temp.db(), unit, {community, QStringLiteral("和平派出所"), QStringLiteral("2026-04-10")});
        otherUnit =
            insert(temp.db(), unit, {other, QStringLiteral("东风小学"), QStringLiteral("2020-01-01")});
    }

    JointMeeting meeting(QDate held) const
    {
        JointMeeting m;
        m.committeeId = community;
        m.heldOn = held;
        m.chairUnitId = school;
        m.unitIds = {school, hospital};
        m.place = QStringLiteral("党群服务中心");
        return m;
    }

    static JointDecision decision(const QString& text, qint64 unit, QDate due)
    {
        JointDecision d;
        d.text = text;
        d.responsibleUnitId = unit;
        d.dueOn = due;
        return d;
    }

    qint64 save(const JointMeeting& m)
    {
        const ServiceResult saved = joint.service().saveMeeting(m);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return saved.id;
    }
};

} // namespace

TEST_CASE("A joint meeting's decisions obey their rules and are followed up with a day and a note",
          "[jointmeetings]")
{
    Committee c;
    JointMeetingService& service = c.joint.service();
    JointMeeting m = c.meeting(QDate(2026, 9, 10));
    m.unitIds = {c.hospital}; // the chair is added to the attending units
    m.decisions = {Committee::decision(QStringLiteral("楼道清理"), c.hospital, QDate(2026, 10, 10)),
                   Committee::decision(QStringLiteral("法律咨询日"), c.school, QDate(2026, 12, 31))};
    const qint64 id = c.save(m);
    const JointMeeting saved = *c.joint.repository().meeting(id);
    CHECK(saved.unitIds == QList<qint64>{c.school, c.hospital});
    REQUIRE(saved.decisions.size() == 2);
    CHECK(saved.decisions[1].position == 2);
    CHECK(c.temp.workspace().audit().count(QStringLiteral("jointmeeting.add")) == 1);

    // Refused: a meeting in the future, a chair not yet seated, a decision due before the meeting,
    // a decision without text, a unit of another committee.
    JointMeeting future = c.meeting(QDate(2026, 11, 16));
    CHECK(service.saveMeeting(future).field == QStringLiteral("held_on"));
    JointMeeting early = c.meeting(QDate(2026, 3, 5));
    early.chairUnitId = c.police;
    CHECK(service.saveMeeting(early).field == QStringLiteral("chair_unit"));
    JointMeeting dueBefore = c.meeting(QDate(2026, 9, 10));
    dueBefore.decisions = {Committee::decision(QStringLiteral("x"), c.school, QDate(2026, 9, 9))};
    CHECK(service.saveMeeting(dueBefore).field == QStringLiteral("decisions"));
    dueBefore.decisions = {Committee::decision(QStringLiteral("  "), c.school, QDate(2026, 9, 19))};
    CHECK(service.saveMeeting(dueBefore).field == QStringLiteral("decisions"));
    JointMeeting foreign = c.meeting(QDate(2026, 9, 10));
    foreign.unitIds << c.otherUnit;
    CHECK(service.saveMeeting(foreign).field == QStringLiteral("units"));

    // Done needs a day from the meeting to today and a note; dropped needs a note.
    const qint64 first = saved.decisions[0].id;
    CHECK(service.followUp(first, DecisionStatus::Done, QDate(2026, 10, 1), QString()).field ==
          QStringLiteral("follow_up"));
    CHECK(service.followUp(first, DecisionStatus::Done, QDate(), QStringLiteral("已完成")).field ==
          QStringLiteral("done_on"));
    CHECK(service.followUp(first, DecisionStatus::Done, QDate(2026, 9, 1), QStringLiteral("已完成")).field ==
          QStringLiteral("done_on"));
    CHECK(
        service.followUp(first, DecisionStatus::Done, QDate(2026, 11, 20), QStringLiteral("已完成")).field ==
        QStringLiteral("done_on"));
    CHECK(service.followUp(saved.decisions[1].id, DecisionStatus::Dropped, QDate(), QString()).field ==
          QStringLiteral("follow_up"));
    REQUIRE(
        service.followUp(first, DecisionStatus::Done, QDate(2026, 10, 8), QStringLiteral("已清理 12 个楼道"))
            .ok());
    const JointDecisionRow done = *c.joint.repository().decision(first);
    CHECK(done.decision.status == DecisionStatus::Done);
    CHECK(done.decision.doneOn == QDate(2026, 10, 8));
    CHECK(done.decision.followUp == QStringLiteral("已清理 12 个楼道"));
    CHECK(c.temp.workspace().audit().count(QStringLiteral("jointdecision.follow_up")) == 1);

    // Editing the meeting keeps the decisions' ids and follow-up.
    JointMeeting edited = *c.joint.repository().meeting(id);
    edited.topics = QStringLiteral("第三季度议题");
    c.save(edited);
    CHECK(c.joint.repository().meeting(id)->decisions[0].id == first);
    CHECK(c.joint.repository().decision(first)->decision.status == DecisionStatus::Done);
}

TEST_CASE("Open decisions past their due day are overdue; those due within 14 days are listed apart",
          "[jointmeetings]")
{
    Committee c;
    JointMeeting m = c.meeting(QDate(2026, 9, 10));
    m.decisions = {Committee::decision(QStringLiteral("逾期一"), c.school, QDate(2026, 11, 14)),
                   Committee::decision(QStringLiteral("今天到期"), c.school, QDate(2026, 11, 15)),
                   Committee::decision(QStringLiteral("两周内"), c.hospital, QDate(2026, 11, 29)),
                   Committee::decision(QStringLiteral("两周后"), c.hospital, QDate(2026, 11, 30)),
                   Committee::decision(QStringLiteral("逾期已办"), c.hospital, QDate(2026, 10, 1))};
    const qint64 id = c.save(m);
    const qint64 doneId = c.joint.repository().meeting(id)->decisions[4].id;
    REQUIRE(c.joint.service()
                .followUp(doneId, DecisionStatus::Done, QDate(2026, 10, 2), QStringLiteral("办结"))
                .ok());
    const QDate today(2026, 11, 15);
    const QList<JointDecisionRow> overdue = decisionsOverdue(c.temp.db(), {c.community}, today);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].decision.text == QStringLiteral("逾期一"));
    CHECK(overdue[0].unitName == QStringLiteral("芙蓉区教育局"));
    const QList<JointDecisionRow> soon = decisionsDueSoon(c.temp.db(), {c.community}, today);
    REQUIRE(soon.size() == 2);
    CHECK(soon[0].decision.text == QStringLiteral("今天到期"));
    CHECK(soon[1].decision.text == QStringLiteral("两周内"));
    // A day later the decision due today is overdue too; another committee sees none.
    CHECK(decisionsOverdue(c.temp.db(), {c.community}, today.addDays(1)).size() == 2);
    CHECK(decisionsOverdue(c.temp.db(), {c.community + 1}, today).isEmpty());
    const QList<JointMeetingRow> rows = c.joint.repository().meetings({c.community}, 2026, today);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].open == 4);
    CHECK(rows[0].done == 1);
    CHECK(rows[0].overdue == 1);
}

TEST_CASE("Quarters without a joint meeting are missed once they have ended; the current one is pending",
          "[jointmeetings]")
{
    Committee c;
    c.save(c.meeting(QDate(2026, 2, 10)));
    c.save(c.meeting(QDate(2026, 3, 20)));
    c.save(c.meeting(QDate(2026, 8, 1)));
    const QList<QuarterCoverage> q = quarterCoverage(c.temp.db(), c.community, 2026, QDate(2026, 11, 15));
    REQUIRE(q.size() == 4);
    CHECK(q[0].state == QuarterState::Held);
    CHECK(q[0].meetings == 2);
    CHECK(q[1].state == QuarterState::Missed);
    CHECK(q[2].state == QuarterState::Held);
    CHECK(q[3].state == QuarterState::Pending);
    CHECK(missedQuartersText(q) == QStringLiteral("Q2 not held"));
    // In the middle of the year the third quarter is pending and the fourth still to come.
    const QList<QuarterCoverage> july = quarterCoverage(c.temp.db(), c.community, 2026, QDate(2026, 7, 1));
    CHECK(july[2].state == QuarterState::Held); // held in August: counted even on a July day
    CHECK(july[3].state == QuarterState::Future);
    // Attendance: the police station was seated for the August meeting only, and missed it.
    const QList<UnitAttendance> attendance = unitAttendance(
        c.temp.db(), c.temp.workspace().organisations().coBuildingUnits(c.community), c.community, 2026);
    for (const UnitAttendance& a : attendance) {
        if (a.unitId == c.school)
            CHECK((a.expected == 3 && a.attended == 3));
        if (a.unitId == c.police)
            CHECK((a.expected == 1 && a.attended == 0));
    }
}

TEST_CASE("The chair rota is generated for a year, edited by hand, regenerated from a month; activities "
          "as chair need the month's chair",
          "[jointmeetings]")
{
    Committee c;
    JointMeetingService& service = c.joint.service();
    // Last December the hospital chaired: 2026 starts with the police station, not seated until
    // May (joined 10 April), so it is passed over to the school.
    REQUIRE(service.setRotaMonth(c.community, 2025, 12, c.hospital).ok());
    REQUIRE(service.generateRota(c.community, 2026).ok());
    const QList<qint64> rota = c.joint.repository().rota(c.community, 2026);
    CHECK(rota.mid(0, 6) == QList<qint64>{c.school, c.hospital, c.school, c.hospital, c.police, c.school});
    CHECK(c.temp.workspace().audit().count(QStringLiteral("chairrota.generate")) == 1);

    // April by hand: the police station is not seated for the whole month; the school is.
    CHECK(service.setRotaMonth(c.community, 2026, 4, c.police).field == QStringLiteral("unit"));
    CHECK(service.setRotaMonth(c.community, 2026, 4, c.otherUnit).field == QStringLiteral("unit"));
    REQUIRE(service.setRotaMonth(c.community, 2026, 4, c.school).ok());
    REQUIRE(service.setRotaMonth(c.community, 2026, 9, c.police).ok());
    // Regenerating from October keeps April and September as edited.
    REQUIRE(service.generateRota(c.community, 2026, 10).ok());
    const QList<qint64> after = c.joint.repository().rota(c.community, 2026);
    CHECK(after[3] == c.school);
    CHECK(after[8] == c.police);
    CHECK(after.mid(9) == rota.mid(9));

    // The hospital chairs February: an activity as chair then is accepted, in March refused.
    UnitActivity a;
    a.unitId = c.hospital;
    a.heldOn = QDate(2026, 2, 14);
    a.title = QStringLiteral("义诊进社区");
    a.asChair = true;
    a.participants = 40;
    REQUIRE(service.saveActivity(a).ok());
    a.heldOn = QDate(2026, 3, 14);
    CHECK(service.saveActivity(a).field == QStringLiteral("as_chair"));
    a.asChair = false;
    REQUIRE(service.saveActivity(a).ok());
    a.heldOn = QDate(2026, 12, 1);
    CHECK(service.saveActivity(a).field == QStringLiteral("held_on"));
    const QList<RotaMonth> months = c.joint.repository().rotaMonths(c.community, 2026);
    CHECK(months[1].unitName == QStringLiteral("湖南省人民医院"));
    CHECK(months[1].activitiesAsChair == 1);
    CHECK(months[2].activitiesAsChair == 0);
    CHECK(c.joint.repository().activities({c.community}, 2026).size() == 2);
}

TEST_CASE("The meeting record prints its facts, decisions with unit and due date, and the signatures",
          "[jointmeetings][export]")
{
    Committee c;
    JointMeeting m = c.meeting(QDate(2026, 9, 10));
    m.topics = QStringLiteral("研究停车难问题");
    m.decisions = {Committee::decision(QStringLiteral("开放夜间停车位"), c.hospital, QDate(2026, 10, 31))};
    const JointMeeting saved = *c.joint.repository().meeting(c.save(m));
    QHash<qint64, QString> names;
    for (const CoBuildingUnit& u : c.temp.workspace().organisations().coBuildingUnits(c.community))
        names.insert(u.id, u.name);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
    REQUIRE(writePdf(meetingRecordReports(saved, QStringLiteral("和平社区大党委"), names), pdf,
                     QStringLiteral("test"))
                .isEmpty());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("2026-09-10")));
    CHECK(text.contains(QStringLiteral("研究停车难问题")));
    CHECK(text.contains(QStringLiteral("开放夜间停车位")));
    CHECK(text.contains(QStringLiteral("2026-10-31")));
    CHECK(text.contains(QStringLiteral("湖南省人民医院")));
    CHECK(text.contains(QStringLiteral("Recorder")));
}

TEST_CASE("The demo's joint meetings: this year's rota, a meeting a quarter with a gap, overdue and done "
          "decisions, activities as chair",
          "[jointmeetings][demo]")
{
    Committee c;
    DemoOptions options; // today 2026-11-15; the first committee skips this year's second quarter
    REQUIRE(buildDemoJointMeetings(c.temp.db(), options).isEmpty());
    const QList<qint64> rota = c.joint.repository().rota(c.community, 2026);
    CHECK(rota[0] == c.school);
    CHECK(rota[4] == c.police); // seated from May
    const QList<QuarterCoverage> q = quarterCoverage(c.temp.db(), c.community, 2026, options.today);
    CHECK(q[0].state == QuarterState::Held);
    CHECK(q[1].state == QuarterState::Missed);
    CHECK(q[2].state == QuarterState::Held);
    CHECK(q[3].state == QuarterState::Held);
    CHECK(c.joint.repository().meetings({c.community}, 2025, options.today).size() == 1);
    CHECK(decisionsOverdue(c.temp.db(), {c.community}, options.today).size() >= 1);
    int done = 0;
    for (const JointDecisionRow& row : c.joint.repository().decisions({c.community}, 2026))
        done += row.decision.status == DecisionStatus::Done ? 1 : 0;
    CHECK(done >= 2);
    int asChair = 0;
    for (const RotaMonth& month : c.joint.repository().rotaMonths(c.community, 2026))
        asChair += month.activitiesAsChair;
    CHECK(asChair >= 3);
    // Every meeting the demo wrote obeys the service's rules: saving it again changes nothing.
    for (const JointMeetingRow& row : c.joint.repository().meetings({c.community}, 2026, options.today)) {
        const ServiceResult again = c.joint.service().saveMeeting(*c.joint.repository().meeting(row.id));
        INFO(again.message.toStdString());
        CHECK(again.ok());
    }
}
