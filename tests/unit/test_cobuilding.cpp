// The big committee's three lists (needs, resources, projects) and its units' people: the service's
// rules, needs following their projects, overdue projects and the year's facts.
#include "cogovernance/CoBuildingQueries.h"
#include "cogovernance/CoBuildingReports.h"
#include "cogovernance/CoBuildingService.h"
#include "cogovernance/CoBuildingUnitYear.h"
#include "demo/DemoCoBuilding.h"
#include "ExternalReaders.h"
#include "report/XlsxReportWriter.h"
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

// Two communities under a street, each with units; today is 2026-11-15.
struct Committees
{
    TempWorkspace temp;
    CoBuildingService service{temp.workspace()};
    qint64 street = 0, heping = 0, dongfeng = 0;
    qint64 school = 0, hospital = 0, otherUnit = 0;

    Committees()
    {
        const QString org =
            QStringLiteral("INSERT INTO organisation (name, org_type, parent_id) VALUES (?, ?, ?)");
        street = insert(temp.db(), org,
                        {QStringLiteral("东风街道党工委"), QStringLiteral("street_committee"), QVariant()});
        heping = insert(temp.db(), org,
                        {QStringLiteral("和平社区大党委"), QStringLiteral("big_committee"), street});
        dongfeng = insert(temp.db(), org,
                          {QStringLiteral("东风社区党委"), QStringLiteral("community_committee"), street});
        const QString unit =
            QStringLiteral("INSERT INTO co_building_unit (committee_id, name) VALUES (?, ?)");
        school = insert(temp.db(), unit, {heping, QStringLiteral("芙蓉区教育局")});
        hospital = insert(temp.db(), unit, {heping, QStringLiteral("湖南省人民医院")});
        otherUnit = insert(temp.db(), unit, {dongfeng, QStringLiteral("和平派出所")});
    }

    qint64 need(qint64 committee, const QString& title, QDate raised)
    {
        CogovNeed n;
        n.committeeId = committee;
        n.title = title;
        n.raisedOn = raised;
        const ServiceResult saved = service.saveNeed(n);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return saved.id;
    }

    qint64 resource(qint64 unit, const QString& title, QDate offered)
    {
        CogovResource r;
        r.unitId = unit;
        r.title = title;
        r.offeredOn = offered;
        const ServiceResult saved = service.saveResource(r);
        INFO(saved.message.toStdString());
        REQUIRE(saved.ok());
        return saved.id;
    }
};

CogovProject project(qint64 committee, const QString& title)
{
    CogovProject p;
    p.committeeId = committee;
    p.title = title;
    return p;
}

} // namespace

TEST_CASE("A project's lead unit, needs and resources must be the community's own", "[cobuilding]")
{
    Committees c;
    CogovProject p = project(c.heping, QStringLiteral("加装电梯"));
    p.leadUnitId = c.otherUnit; // 东风社区's unit
    ServiceResult result = c.service.saveProject(p);
    CHECK(result.kind == ServiceResult::Kind::Invalid);
    CHECK(!messageFor(result.errors, CoBuildingField::leadUnit).isEmpty());

    p.leadUnitId = c.school;
    p.needIds = {c.need(c.dongfeng, QStringLiteral("停车难"), QDate(2026, 3, 1))};
    result = c.service.saveProject(p);
    CHECK(!messageFor(result.errors, CoBuildingField::links).isEmpty());

    p.needIds.clear();
    p.resourceIds = {c.resource(c.otherUnit, QStringLiteral("法律咨询"), QDate(2026, 3, 1))};
    result = c.service.saveProject(p);
    CHECK(!messageFor(result.errors, CoBuildingField::links).isEmpty());

    p.resourceIds.clear();
    result = c.service.saveProject(p);
    REQUIRE(result.ok());
    // The lead unit takes part.
    CHECK(cogovProject(c.temp.db(), result.id).unitIds == QList<qint64>{c.school});
    CHECK(c.temp.workspace().audit().count(QStringLiteral("cogov_project.save")) == 1);
}

TEST_CASE("A project's dates go in order and a done project needs its finishing day and results",
          "[cobuilding]")
{
    Committees c;
    CogovProject p = project(c.heping, QStringLiteral("老年食堂"));
    p.startsOn = QDate(2026, 5, 1);
    p.dueOn = QDate(2026, 4, 30);
    CHECK(!messageFor(c.service.saveProject(p).errors, CoBuildingField::dueOn).isEmpty());

    p.dueOn = QDate(2026, 9, 30);
    p.status = ProjectStatus::done;
    ServiceResult result = c.service.saveProject(p);
    CHECK(!messageFor(result.errors, CoBuildingField::finishedOn).isEmpty());
    CHECK(!messageFor(result.errors, CoBuildingField::results).isEmpty());

    p.finishedOn = QDate(2026, 4, 1); // before it started
    p.results = QStringLiteral("每天供餐120份");
    CHECK(!messageFor(c.service.saveProject(p).errors, CoBuildingField::finishedOn).isEmpty());

    p.status = ProjectStatus::running; // a running project has no finishing day
    p.finishedOn = QDate(2026, 9, 20);
    CHECK(!messageFor(c.service.saveProject(p).errors, CoBuildingField::finishedOn).isEmpty());

    p.status = ProjectStatus::done;
    CHECK(c.service.saveProject(p).ok());

    UnitPerson person;
    person.unitId = c.school;
    person.name = QStringLiteral("  ");
    person.fromOn = QDate(2026, 5, 1);
    person.toOn = QDate(2026, 4, 1);
    const ServiceResult refused = c.service.savePerson(person);
    CHECK(!messageFor(refused.errors, CoBuildingField::name).isEmpty());
    CHECK(!messageFor(refused.errors, CoBuildingField::toOn).isEmpty());
    person.name = QStringLiteral("刘芳");
    person.toOn = QDate();
    CHECK(c.service.savePerson(person).ok());
    CHECK(unitPeople(c.temp.db(), c.school).size() == 1);
}

TEST_CASE("A need taken on by a project is matched, and met when the project is done", "[cobuilding]")
{
    Committees c;
    const qint64 lift = c.need(c.heping, QStringLiteral("加装电梯"), QDate(2026, 2, 10));
    const qint64 parking = c.need(c.heping, QStringLiteral("停车难"), QDate(2026, 3, 5));
    const qint64 doctor = c.resource(c.hospital, QStringLiteral("义诊"), QDate(2026, 1, 20));
    CHECK(cogovNeed(c.temp.db(), lift).status == NeedStatus::open);

    CogovProject p = project(c.heping, QStringLiteral("加装电梯项目"));
    p.leadUnitId = c.school;
    p.needIds = {lift};
    p.resourceIds = {doctor};
    p.status = ProjectStatus::running;
    p.startsOn = QDate(2026, 4, 1);
    const ServiceResult saved = c.service.saveProject(p);
    REQUIRE(saved.ok());
    const CogovNeed matched = cogovNeed(c.temp.db(), lift);
    CHECK(matched.status == NeedStatus::matched);
    CHECK(matched.projectTitles == QStringList{QStringLiteral("加装电梯项目")});
    CHECK(cogovResource(c.temp.db(), doctor).projectIds == QList<qint64>{saved.id});
    CHECK(unmatchedNeeds(c.temp.db(), {c.heping}).size() == 1); // 停车难
    CHECK(resourcesNeverUsed(c.temp.db(), {c.heping}).isEmpty());

    // The need moves to another project's list: 停车难 is matched, 加装电梯 open again.
    p.id = saved.id;
    p.needIds = {parking};
    REQUIRE(c.service.saveProject(p).ok());
    CHECK(cogovNeed(c.temp.db(), lift).status == NeedStatus::open);
    CHECK(cogovNeed(c.temp.db(), parking).status == NeedStatus::matched);

    p.status = ProjectStatus::done;
    p.finishedOn = QDate(2026, 10, 30);
    p.results = QStringLiteral("新增车位40个");
    REQUIRE(c.service.saveProject(p).ok());
    const CogovNeed met = cogovNeed(c.temp.db(), parking);
    CHECK(met.status == NeedStatus::met);
    CHECK(met.closedOn == QDate(2026, 10, 30));
    CHECK(cogovNeed(c.temp.db(), lift).status == NeedStatus::open);
}

TEST_CASE("Projects past their due date while planned or running are overdue", "[cobuilding]")
{
    Committees c;
    const QDate today = c.temp.clock().today(); // 2026-11-15
    CogovProject late = project(c.heping, QStringLiteral("消防通道"));
    late.status = ProjectStatus::running;
    late.dueOn = QDate(2026, 11, 14);
    CogovProject onTime = project(c.heping, QStringLiteral("四点半课堂"));
    onTime.dueOn = QDate(2026, 11, 15); // due today: not yet overdue
    CogovProject dropped = project(c.heping, QStringLiteral("健身角"));
    dropped.status = ProjectStatus::dropped;
    dropped.dueOn = QDate(2026, 6, 1);
    CogovProject elsewhere = project(c.dongfeng, QStringLiteral("楼道照明"));
    elsewhere.dueOn = QDate(2026, 8, 1);
    CogovProject older = project(c.heping, QStringLiteral("垃圾分类"));
    older.dueOn = QDate(2026, 9, 1);
    qint64 ids[5] = {};
    int i = 0;
    for (const CogovProject& p : {late, onTime, dropped, elsewhere, older}) {
        const ServiceResult saved = c.service.saveProject(p);
        REQUIRE(saved.ok());
        ids[i++] = saved.id;
    }
    QList<qint64> overdue;
    for (const CogovProject& p : projectsOverdue(c.temp.db(), {c.heping}, today))
        overdue << p.id;
    CHECK(overdue == QList<qint64>{ids[4], ids[0]}); // the longest overdue first
    CHECK(projectsOverdue(c.temp.db(), {c.heping, c.dongfeng}, today).size() == 3);
    CHECK(cogovProjects(c.temp.db(), {c.heping}, {projectOverdue, 0, today}).size() == 2);
}

TEST_CASE("The year's facts of the three lists and the joint meetings, for the star rating", "[cobuilding]")
{
    Committees c;
    // Raised in 2026: three, one met by a done project; one raised in 2025.
    const qint64 a = c.need(c.heping, QStringLiteral("加装电梯"), QDate(2026, 1, 5));
    c.need(c.heping, QStringLiteral("停车难"), QDate(2026, 2, 5));
    c.need(c.heping, QStringLiteral("老年食堂"), QDate(2026, 6, 5));
    c.need(c.heping, QStringLiteral("四点半课堂"), QDate(2025, 6, 5));
    c.need(c.dongfeng, QStringLiteral("消防通道"), QDate(2026, 6, 5)); // another community
    c.resource(c.school, QStringLiteral("志愿者"), QDate(2026, 3, 1));
    c.resource(c.hospital, QStringLiteral("义诊"), QDate(2025, 3, 1));
    CogovProject done = project(c.heping, QStringLiteral("电梯"));
    done.needIds = {a};
    done.status = ProjectStatus::done;
    done.startsOn = QDate(2026, 2, 1);
    done.finishedOn = QDate(2026, 8, 1);
    done.results = QStringLiteral("两部电梯投入使用");
    REQUIRE(c.service.saveProject(done).ok());
    CogovProject running = project(c.heping, QStringLiteral("食堂"));
    running.status = ProjectStatus::running;
    running.startsOn = QDate(2026, 7, 1);
    REQUIRE(c.service.saveProject(running).ok());
    // Joint meetings: two in Q1, one in Q3, one of the other community, one last year.
    const QString meeting = QStringLiteral("INSERT INTO joint_meeting (committee_id, held_on) VALUES (?, ?)");
    for (const auto& [committee, day] :
         QList<QPair<qint64, QString>>{{c.heping, QStringLiteral("2026-01-20")},
                                       {c.heping, QStringLiteral("2026-03-31")},
                                       {c.heping, QStringLiteral("2026-07-01")},
                                       {c.dongfeng, QStringLiteral("2026-05-01")},
                                       {c.heping, QStringLiteral("2025-12-31")}})
        insert(c.temp.db(), meeting, {committee, day});

    const CoBuildingFacts facts = coBuildingFacts(c.temp.db(), {c.heping}, 2026);
    CHECK(facts.needsRaised == 3);
    CHECK(facts.needsMet == 1);
    CHECK(facts.needsMetShare() == Approx(1.0 / 3));
    CHECK(facts.resourcesOffered == 1);
    CHECK(facts.projectsRunning == 1);
    CHECK(facts.projectsDone == 1);
    CHECK(facts.jointMeetingsByQuarter == std::array<int, 4>{2, 0, 1, 0});
    CHECK(facts.quartersWithJointMeeting() == 2);
    CHECK(coBuildingFacts(c.temp.db(), {c.heping, c.dongfeng}, 2026).needsRaised == 4);

    // The lists of the year: a need raised in 2025 and still open is on 2026's list too.
    CHECK(cogovNeeds(c.temp.db(), {c.heping}, {QString(), 2026, {}}).size() == 4);
    CHECK(cogovNeeds(c.temp.db(), {c.heping}, {NeedStatus::met, 0, {}}).size() == 1);
}

TEST_CASE("A need's closing day and the lists' writes are checked and audited", "[cobuilding]")
{
    Committees c;
    CogovNeed n;
    n.committeeId = c.street; // not a community
    n.title = QStringLiteral("加装电梯");
    n.raisedOn = QDate(2026, 11, 16); // tomorrow
    n.status = NeedStatus::met;
    const ServiceResult refused = c.service.saveNeed(n);
    CHECK(!messageFor(refused.errors, CoBuildingField::committee).isEmpty());
    CHECK(!messageFor(refused.errors, CoBuildingField::raisedOn).isEmpty());
    CHECK(!messageFor(refused.errors, CoBuildingField::closedOn).isEmpty());
    n.committeeId = c.heping;
    n.raisedOn = QDate(2026, 11, 1);
    n.closedOn = QDate(2026, 11, 2);
    REQUIRE(c.service.saveNeed(n).ok());
    CHECK(c.temp.workspace().audit().count(QStringLiteral("cogov_need.save")) == 1);

    CogovResource r;
    r.unitId = c.school;
    r.title = QStringLiteral("会议室");
    r.offeredOn = QDate(2026, 5, 1);
    r.withdrawnOn = QDate(2026, 4, 1);
    CHECK(!messageFor(c.service.saveResource(r).errors, CoBuildingField::withdrawnOn).isEmpty());
    CHECK(c.temp.workspace().audit().count(QStringLiteral("cogov_resource.save")) == 0);
}

TEST_CASE("The demo gives each community people, needs, resources and projects in every status",
          "[cobuilding]")
{
    Committees c;
    DemoOptions options;
    REQUIRE(buildDemoCoBuilding(c.temp.db(), options) == QString());
    CHECK(unitPeople(c.temp.db(), c.school).size() >= 2);
    const QList<CogovNeed> needs = cogovNeeds(c.temp.db(), {c.heping});
    CHECK(needs.size() == 10);
    CHECK(!unmatchedNeeds(c.temp.db(), {c.heping}).isEmpty());
    QSet<QString> statuses;
    for (const CogovProject& p : cogovProjects(c.temp.db(), {c.heping}))
        statuses << p.status;
    CHECK(statuses.size() == 4);
    CHECK(projectsOverdue(c.temp.db(), {c.heping}, options.today).size() == 1);
    CHECK(!cogovResources(c.temp.db(), {c.heping}).isEmpty());
}

TEST_CASE("A unit's year: people, resources, projects, meetings, rota months, activities, decisions",
          "[cobuilding]")
{
    Committees c;
    QSqlDatabase db = c.temp.db();
    const QString person = QStringLiteral(
        "INSERT INTO unit_person (unit_id, name, committee_role, from_on, to_on) VALUES (?, ?, ?, ?, ?)");
    insert(db, person,
           {c.school, QStringLiteral("刘芳"), QStringLiteral("兼职委员"), QStringLiteral("2024-01-01"),
            QVariant()});
    insert(db, person,
           {c.school, QStringLiteral("周明"), QString(), QStringLiteral("2022-01-01"),
            QStringLiteral("2025-06-30")}); // left before 2026
    const qint64 tutors = c.resource(c.school, QStringLiteral("课后辅导志愿者"), QDate(2026, 2, 1));
    c.resource(c.hospital, QStringLiteral("义诊"), QDate(2026, 2, 1)); // another unit's
    CogovProject led = project(c.heping, QStringLiteral("四点半课堂"));
    led.leadUnitId = c.school;
    led.resourceIds = {tutors};
    led.status = ProjectStatus::running;
    led.startsOn = QDate(2026, 3, 1);
    REQUIRE(c.service.saveProject(led).ok());
    CogovProject joined = project(c.heping, QStringLiteral("义诊进社区"));
    joined.leadUnitId = c.hospital;
    joined.unitIds = {c.school};
    joined.startsOn = QDate(2026, 4, 1);
    REQUIRE(c.service.saveProject(joined).ok());
    // Meetings of 2026: attended two (chaired the second), a third without it; one of 2025 attended.
    const QString meeting = QStringLiteral(
        "INSERT INTO joint_meeting (committee_id, held_on, chair_unit_id, topics) VALUES (?, ?, ?, ?)");
    const qint64 m1 =
        insert(db, meeting, {c.heping, QStringLiteral("2026-03-20"), c.hospital, QStringLiteral("停车")});
    const qint64 m2 =
        insert(db, meeting, {c.heping, QStringLiteral("2026-06-18"), c.school, QStringLiteral("电梯")});
    insert(db, meeting, {c.heping, QStringLiteral("2026-09-18"), c.hospital, QStringLiteral("食堂")});
    const qint64 m0 = insert(db, meeting, {c.heping, QStringLiteral("2025-12-18"), c.hospital, QString()});
    const QString attend =
        QStringLiteral("INSERT INTO joint_meeting_unit (meeting_id, unit_id, attendee) VALUES (?, ?, ?)");
    for (qint64 m : {m1, m2, m0})
        insert(db, attend, {m, c.school, QStringLiteral("刘芳")});
    const QString decision = QStringLiteral("INSERT INTO joint_decision (meeting_id, position, decision, "
                                            "responsible_unit_id, status) VALUES (?, ?, ?, ?, ?)");
    insert(db, decision, {m1, 1, QStringLiteral("招募辅导志愿者"), c.school, QStringLiteral("done")});
    insert(db, decision, {m2, 1, QStringLiteral("电梯选型调研"), c.school, QStringLiteral("open")});
    insert(db, decision, {m2, 2, QStringLiteral("义诊排班"), c.hospital, QStringLiteral("open")});
    const QString rota =
        QStringLiteral("INSERT INTO chair_rota (committee_id, month, unit_id) VALUES (?, ?, ?)");
    insert(db, rota, {c.heping, QStringLiteral("2026-02"), c.school});
    insert(db, rota, {c.heping, QStringLiteral("2026-06"), c.school});
    insert(db, rota, {c.heping, QStringLiteral("2026-07"), c.hospital});
    insert(db, rota, {c.heping, QStringLiteral("2025-06"), c.school});
    const QString activity = QStringLiteral(
        "INSERT INTO unit_activity (unit_id, held_on, title, as_chair, participants) VALUES (?, ?, ?, ?, ?)");
    insert(db, activity, {c.school, QStringLiteral("2026-06-01"), QStringLiteral("六一亲子活动"), 1, 45});
    insert(db, activity,
           {c.school, QStringLiteral("2025-06-01"), QStringLiteral("去年的活动"), 0, QVariant()});

    const UnitYear y = unitYear(db, c.school, 2026);
    CHECK(y.unit.name == QStringLiteral("芙蓉区教育局"));
    CHECK(y.committeeName == QStringLiteral("和平社区大党委"));
    REQUIRE(y.people.size() == 1);
    CHECK(y.people[0].name == QStringLiteral("刘芳"));
    REQUIRE(y.resources.size() == 1);
    CHECK(y.resources[0].title == QStringLiteral("课后辅导志愿者"));
    REQUIRE(y.projectsLed.size() == 1);
    CHECK(y.projectsLed[0].title == QStringLiteral("四点半课堂"));
    REQUIRE(y.projectsJoined.size() == 1);
    CHECK(y.projectsJoined[0].title == QStringLiteral("义诊进社区"));
    CHECK(y.meetings.size() == 2);
    CHECK(y.meetingsAttended == 2);
    CHECK(y.meetingsChaired == 1);
    CHECK(y.rotaMonths == QList<int>{2, 6});
    REQUIRE(y.activities.size() == 1);
    CHECK(y.activities[0].participants == 45);
    CHECK(y.activities[0].asChair);
    REQUIRE(y.decisions.size() == 2);
    CHECK(y.decisions[0].status == QStringLiteral("done"));

    // The evaluation sheet on one A4 page, read back by pdftotext.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("unit.pdf"));
    REQUIRE(writePdf({unitYearSheet(y)}, pdf, QStringLiteral("test")).isEmpty());
    CHECK(pdfPageCount(pdf) == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("芙蓉区教育局")));
    CHECK(text.contains(QStringLiteral("四点半课堂")));
    CHECK(text.contains(QStringLiteral("attended 2, chaired 1")));
    CHECK(text.contains(QStringLiteral("1 of 2 done")));
    CHECK(!text.contains(QStringLiteral("周明")));
}

TEST_CASE("The three lists in one workbook, a sheet each, as LibreOffice reads it", "[cobuilding][export]")
{
    Committees c;
    const qint64 need = c.need(c.heping, QStringLiteral("停车难"), QDate(2026, 3, 5));
    const qint64 resource = c.resource(c.school, QStringLiteral("会议室"), QDate(2026, 1, 5));
    CogovProject p = project(c.heping, QStringLiteral("共享停车位"));
    p.leadUnitId = c.school;
    p.budget = 1234550; // 12,345.50 yuan
    p.needIds = {need};
    p.resourceIds = {resource};
    REQUIRE(c.service.saveProject(p).ok());
    const QDate today = c.temp.clock().today();
    const QList<TableReport> reports = coBuildingListReports(
        cogovNeeds(c.temp.db(), {c.heping}), cogovResources(c.temp.db(), {c.heping}),
        cogovProjects(c.temp.db(), {c.heping}), QStringLiteral("和平社区大党委"), today);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lists.xlsx"));
    REQUIRE(writeXlsx(reports, path).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.size() == 3);
    const auto rowWith = [](const Sheet& sheet, const QString& first) -> QList<SheetCell> {
        for (const QList<SheetCell>& row : sheet)
            if (!row.isEmpty() && row.first().text == first)
                return row;
        return {};
    };
    const QList<SheetCell> needRow =
        rowWith(sheets.value(QStringLiteral("Needs list")), QStringLiteral("停车难"));
    REQUIRE(needRow.size() >= 8);
    CHECK(needRow[5].text == QStringLiteral("Matched"));
    CHECK(needRow[7].text == QStringLiteral("共享停车位"));
    const QList<SheetCell> resourceRow =
        rowWith(sheets.value(QStringLiteral("Resources list")), QStringLiteral("会议室"));
    REQUIRE(resourceRow.size() >= 6);
    CHECK(resourceRow[1].text == QStringLiteral("芙蓉区教育局"));
    CHECK(resourceRow[5].text == QStringLiteral("共享停车位"));
    const QList<SheetCell> projectRow =
        rowWith(sheets.value(QStringLiteral("Projects list")), QStringLiteral("共享停车位"));
    REQUIRE(projectRow.size() >= 9);
    CHECK(projectRow[3].text == QStringLiteral("12345.50"));
    CHECK(projectRow[7].text == QStringLiteral("停车难"));
    CHECK(projectRow[8].text == QStringLiteral("会议室"));
}
