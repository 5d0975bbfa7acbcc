// Two clerks on one workspace (two connections to one file, as two windows or two computers would
// have): a save made from what one read before the other saved is refused with a message, never a
// silent overwrite; and every record a community may send up carries one UUID for good.

#include "mainwindow/MainWindow.h"
#include "models/RosterModel.h"
#include "rating/RatingService.h"
#include "rating/ScoreSheetModel.h"
#include "roster/RosterPage.h"
#include "storage/ChangesElsewhere.h"
#include "storage/Database.h"
#include "storage/RecordIdentity.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// A second clerk: another connection to the same file, with a workspace of its own.
class SecondClerk
{
public:
    explicit SecondClerk(TempWorkspace& first) : m_connection(uniqueConnectionName())
    {
        Database::Result opened = Database::open(first.path(), m_connection);
        REQUIRE(opened.ok);
        m_db = opened.db;
        m_workspace = std::make_unique<Workspace>(m_db, first.clock());
    }
    ~SecondClerk()
    {
        m_workspace.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    Workspace& workspace() { return *m_workspace; }

private:
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<Workspace> m_workspace;
};

// A server sends its notice at the other connection's commit and it arrives a moment later; a
// file's version number changes at once.
bool noticedSoon(ChangesElsewhere& changes)
{
    QElapsedTimer waited;
    waited.start();
    while (!changes.check()) {
        if (waited.elapsed() > 3000)
            return false;
        QThread::msleep(20);
    }
    return true;
}

qint64 someMember(TempWorkspace& temp)
{
    QSqlQuery q(temp.db());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A year of star rating started afresh, with its branches and first task.
struct RatingYearOpen
{
    int year = 2026;
    qint64 branch = 0;
    qint64 task = 0;
    qint64 otherTask = 0;

    explicit RatingYearOpen(TempWorkspace& temp)
    {
        startRatingYearAfresh(temp, year);
        const RatingYear loaded = *temp.workspace().ratings().loadYear(year);
        branch = loaded.orgIds.first();
        task = loaded.ratingTemplate.aspects[0].tasks[0].id;
        otherTask = loaded.ratingTemplate.aspects[0].tasks[1].id;
    }
};

TaskScore selfScore(const ScoreSheet& sheet, qint64 task, int points)
{
    TaskScore score = sheet.tasks.value(task, TaskScore{std::nullopt, std::nullopt, {}, 0});
    score.self = Score::whole(points);
    return score;
}

} // namespace

TEST_CASE("Two clerks edit the same member: the later save is refused and the earlier one kept",
          "[concurrency][members]")
{
    TempWorkspace first(true);
    SecondClerk second(first);
    const qint64 id = someMember(first);

    Member mine = first.workspace().members().get(id);
    Member theirs = second.workspace().members().get(id);
    REQUIRE(mine.rowVersion == theirs.rowVersion);
    REQUIRE(mine.rowVersion > 0);

    mine.phone = QStringLiteral("13912345678");
    REQUIRE(first.workspace().memberService().save(mine).ok());

    theirs.address = QStringLiteral("和平小区 3 栋 201");
    const ServiceResult refused = second.workspace().memberService().save(theirs);
    CHECK(refused.kind == ServiceResult::Kind::Conflict);
    CHECK(refused.message.contains(theirs.name));

    const Member saved = second.workspace().members().get(id);
    CHECK(saved.phone == QStringLiteral("13912345678"));
    CHECK(saved.address != QStringLiteral("和平小区 3 栋 201"));
    CHECK(saved.rowVersion == mine.rowVersion + 1);

    // Opened again, the second clerk's change goes in on top of the first one's.
    Member again = second.workspace().members().get(id);
    again.address = QStringLiteral("和平小区 3 栋 201");
    REQUIRE(second.workspace().memberService().save(again).ok());
    const Member both = first.workspace().members().get(id);
    CHECK(both.phone == QStringLiteral("13912345678"));
    CHECK(both.address == QStringLiteral("和平小区 3 栋 201"));
    CHECK(both.rowVersion == mine.rowVersion + 2);
}

TEST_CASE("A stale member write is refused by the database itself, not only by the service's check",
          "[concurrency][members]")
{
    TempWorkspace temp(true);
    const qint64 id = someMember(temp);
    Member stale = temp.workspace().members().get(id);
    Member fresh = stale;
    fresh.notes = QStringLiteral("先存的");
    REQUIRE(temp.workspace().members().write(fresh).ok());

    stale.notes = QStringLiteral("后存的");
    const WriteResult written = temp.workspace().members().write(stale);
    CHECK(written.stale());
    CHECK(temp.workspace().members().get(id).notes == QStringLiteral("先存的"));

    // Leaving the roster counts as a change too: a form opened before it cannot undo it unseen.
    Member beforeLeaving = temp.workspace().members().get(id);
    REQUIRE(temp.workspace()
                .memberService()
                .recordLeaving(id, temp.clock().today(), LeaveKind::Death, QStringLiteral("病故"))
                .ok());
    beforeLeaving.notes = QStringLiteral("离开后才保存");
    CHECK(temp.workspace().memberService().save(beforeLeaving).kind == ServiceResult::Kind::Conflict);
}

TEST_CASE("Two clerks type into the same score sheet: a score typed on stale data is refused",
          "[concurrency][rating]")
{
    TempWorkspace first(true);
    RatingYearOpen open(first);
    SecondClerk second(first);
    RatingService& mine = first.workspace().ratingService();
    RatingService& theirs = second.workspace().ratingService();

    const ScoreSheet mySheet = mine.savedSheet(open.year, open.branch);
    const ScoreSheet theirSheet = theirs.savedSheet(open.year, open.branch);

    // Both start from an empty task: the first to save wins; the other is told.
    REQUIRE(mine.saveTaskScore(open.year, open.branch, open.task, selfScore(mySheet, open.task, 3)).ok());
    const ServiceResult refused =
        theirs.saveTaskScore(open.year, open.branch, open.task, selfScore(theirSheet, open.task, 2));
    CHECK(refused.kind == ServiceResult::Kind::Conflict);
    CHECK_FALSE(refused.message.isEmpty());
    // Another task of the same sheet is no conflict.
    CHECK(
        theirs.saveTaskScore(open.year, open.branch, open.otherTask, selfScore(theirSheet, open.otherTask, 1))
            .ok());

    // Both read the saved score; one changes it, the other's change from the same reading is refused.
    const ScoreSheet read1 = mine.savedSheet(open.year, open.branch);
    const ScoreSheet read2 = theirs.savedSheet(open.year, open.branch);
    REQUIRE(read1.tasks.value(open.task).rowVersion == 1);
    REQUIRE(mine.saveTaskScore(open.year, open.branch, open.task, selfScore(read1, open.task, 4)).ok());
    CHECK(theirs.saveTaskScore(open.year, open.branch, open.task, selfScore(read2, open.task, 1)).kind ==
          ServiceResult::Kind::Conflict);
    // Clearing a score someone changed meanwhile is refused as well.
    TaskScore cleared = read2.tasks.value(open.task);
    cleared.self.reset();
    CHECK(theirs.saveTaskScore(open.year, open.branch, open.task, cleared).kind ==
          ServiceResult::Kind::Conflict);

    const ScoreSheet now = theirs.savedSheet(open.year, open.branch);
    CHECK(now.tasks.value(open.task).self == Score::whole(4));
    CHECK(now.tasks.value(open.task).rowVersion == 2);
    CHECK(now.tasks.value(open.otherTask).self == Score::whole(1));
}

TEST_CASE("The score sheet a clerk types into shows what someone else saved meanwhile, and says so",
          "[concurrency][rating][gui]")
{
    TempWorkspace first(true);
    RatingYearOpen open(first);
    SecondClerk second(first);
    const RatingYear year = *first.workspace().ratings().loadYear(open.year);
    const int branchIndex = int(year.orgIds.indexOf(open.branch));

    ScoreSheetModel model(first.workspace().ratingService());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSheet(year.ratingTemplate, year.sheets[branchIndex], false);
    QSignalSpy refused(&model, &ScoreSheetModel::refused);

    // The first task's row: typing 3 into its self score works.
    const QModelIndex self = model.index(0, ScoreSheetModel::SelfColumn);
    REQUIRE(model.setData(self, QStringLiteral("3")));
    // Meanwhile the other clerk, who had read the saved 3, types 1.
    const ScoreSheet theirs = second.workspace().ratingService().savedSheet(open.year, open.branch);
    REQUIRE(second.workspace()
                .ratingService()
                .saveTaskScore(open.year, open.branch, open.task, selfScore(theirs, open.task, 1))
                .ok());
    // This clerk's next value, typed on the sheet that still shows 3, is refused with a message and
    // the sheet shows the other clerk's 1.
    CHECK_FALSE(model.setData(self, QStringLiteral("2")));
    REQUIRE(refused.count() == 1);
    CHECK_FALSE(refused.first().first().toString().isEmpty());
    CHECK(model.data(model.index(0, ScoreSheetModel::SelfColumn)).toString().startsWith(QLatin1Char('1')));
    // Typed again on what is shown now, it is saved.
    CHECK(model.setData(model.index(0, ScoreSheetModel::SelfColumn), QStringLiteral("2")));
    CHECK(second.workspace().ratingService().savedSheet(open.year, open.branch).tasks.value(open.task).self ==
          Score::whole(2));
}

TEST_CASE("Every record a community sends up gets one UUID, once, and keeps it", "[database][uid]")
{
    TempWorkspace temp(true);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    const ServiceResult added = temp.workspace().memberService().save(longStandingMember(branch));
    REQUIRE(added.ok());
    auto uidOf = [&](qint64 id) {
        QSqlQuery read(temp.db());
        read.prepare(QStringLiteral("SELECT uid FROM member WHERE id = ?"));
        read.addBindValue(id);
        REQUIRE(read.exec());
        REQUIRE(read.next());
        return read.value(0).toString();
    };
    CHECK(uidOf(added.id).isEmpty()); // not until it is first sent

    REQUIRE(RecordIdentity::assignMissing(temp.db()).isEmpty());
    QSqlQuery q(temp.db());
    for (const QString& table : RecordIdentity::tables()) {
        INFO(table.toStdString());
        REQUIRE(
            q.exec(QStringLiteral("SELECT count(*), count(uid), count(DISTINCT uid) FROM %1").arg(table)));
        REQUIRE(q.next());
        CHECK(q.value(1) == q.value(0));
        CHECK(q.value(2) == q.value(0));
    }
    const QString given = uidOf(added.id);
    CHECK(uuid.match(given).hasMatch());

    // Saved again, or given identities again, it keeps the one it has.
    Member changed = temp.workspace().members().get(added.id);
    changed.phone = QStringLiteral("13800000000");
    REQUIRE(temp.workspace().memberService().save(changed).ok());
    REQUIRE(RecordIdentity::assignMissing(temp.db()).isEmpty());
    CHECK(uidOf(added.id) == given);
}

TEST_CASE("A workspace notices what another connection saved, and not its own saves", "[concurrency]")
{
    TempWorkspace first(true);
    SecondClerk second(first);
    ChangesElsewhere changes(first.db(), 0); // looked at by hand here, not on a timer
    QSignalSpy announced(&changes, &ChangesElsewhere::changed);
    CHECK_FALSE(changes.check());

    const qint64 branch = first.firstOrganisation(OrgType::GridBranch);
    REQUIRE(second.workspace().memberService().save(longStandingMember(branch)).ok());
    CHECK(noticedSoon(changes));
    CHECK_FALSE(changes.check());

    Member own = first.workspace().members().get(someMember(first));
    own.notes = QStringLiteral("本窗口自己保存");
    REQUIRE(first.workspace().memberService().save(own).ok());
    CHECK_FALSE(changes.check());

    // A change that could not be shown yet is announced again at the next look.
    changes.postpone();
    CHECK(changes.check());
    CHECK(announced.count() == 2);
}

TEST_CASE("The roster shows a member another clerk adds, without pressing F5", "[concurrency][gui]")
{
    TempWorkspace first(true);
    SecondClerk second(first);
    MainWindow window(first.workspace(), first.path());
    window.show();
    window.showPage(MainWindow::Page::Roster);
    RosterPage* page = window.rosterPage();
    REQUIRE(QTest::qWaitFor([&] { return !page->model()->visibleRows().empty(); }, 5000));
    const size_t before = page->model()->visibleRows().size();

    Member added = longStandingMember(first.firstOrganisation(OrgType::GridBranch));
    added.name = QStringLiteral("孙另录");
    REQUIRE(second.workspace().memberService().save(added).ok());

    auto* changes = window.findChild<ChangesElsewhere*>(QStringLiteral("changesElsewhere"));
    REQUIRE(changes);
    CHECK(noticedSoon(*changes)); // what its timer does every two seconds
    CHECK(QTest::qWaitFor([&] { return page->model()->visibleRows().size() == before + 1; }, 5000));
}
