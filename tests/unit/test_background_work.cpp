#include "repository/RosterLoader.h"
#include "storage/IntegrityCheck.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

using namespace partydesk;
using partydesk::test::TempWorkspace;

namespace {

void waitUntil(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
}

} // namespace

TEST_CASE("The background roster load reads the same rows as a direct read", "[background]")
{
    TempWorkspace temp(true);
    RosterLoader loader;
    RosterLoader::Rows rows;
    QHash<qint64, MemberCounts> counts;
    bool countsFirst = false;
    QObject::connect(&loader, &RosterLoader::countsLoaded, [&](const QHash<qint64, MemberCounts>& loaded) {
        counts = loaded;
        countsFirst = rows == nullptr;
    });
    QObject::connect(&loader, &RosterLoader::loaded, [&](RosterLoader::Rows loaded) { rows = loaded; });
    loader.start(temp.db().connectionName(), true);
    waitUntil([&] { return rows != nullptr; });
    REQUIRE(rows);
    CHECK(countsFirst);
    CHECK(counts == temp.workspace().organisations().memberCounts());
    const std::vector<RosterRow> direct = temp.workspace().members().roster();
    REQUIRE(rows->size() == direct.size());
    for (size_t i = 0; i < direct.size(); ++i) {
        CHECK((*rows)[i].id == direct[i].id);
        CHECK((*rows)[i].idNumber == direct[i].idNumber);
        CHECK((*rows)[i].tagMask == direct[i].tagMask);
    }
    // The first page is the start of the same order.
    const std::vector<RosterRow> page = readRoster(temp.db(), 200);
    REQUIRE(page.size() == 200);
    int tagged = 0;
    for (size_t i = 0; i < page.size(); ++i) {
        CHECK(page[i].id == direct[i].id);
        CHECK(page[i].tagMask == direct[i].tagMask); // its own members' tags
        tagged += page[i].tagMask != 0;
    }
    CHECK(tagged > 0);
}

TEST_CASE("Nothing is written while the integrity check runs or after it failed", "[background]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 someone = ws.members().roster().front().id;
    Member m = ws.members().get(someone);
    m.phone = QStringLiteral("13900001111");

    ws.writeGate().startChecking();
    ServiceResult refused = ws.memberService().save(m);
    CHECK_FALSE(refused.ok());
    CHECK(refused.message.contains(QStringLiteral("checked")));
    ws.writeGate().checkFailed(QStringLiteral("damaged"));
    CHECK(ws.memberService().recordLeaving(someone, QDate(2026, 1, 1), LeaveKind::Death, {}).message ==
          QStringLiteral("damaged"));
    Organisation org = ws.organisations().all().front();
    CHECK_FALSE(ws.organisationService().saveOrganisation(org).ok());
    CHECK(ws.members().get(someone).phone != QStringLiteral("13900001111"));

    ws.writeGate().checkPassed();
    CHECK(ws.memberService().save(m).ok());
}

TEST_CASE("The background integrity check tells a sound file from a damaged one", "[file][background]")
{
    TempWorkspace temp(true);
    QSqlQuery(temp.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QObject context;
    QString problem = QStringLiteral("not yet");
    std::unique_ptr<QThread> thread(
        checkIntegrityInBackground(temp.path(), &context, [&](QString p) { problem = p; }));
    waitUntil([&] { return problem != QStringLiteral("not yet"); });
    thread->wait();
    CHECK(problem.isEmpty());

    QTemporaryDir dir;
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    test::writeDamagedCopy(temp.db(), damaged);
    problem = QStringLiteral("not yet");
    thread.reset(checkIntegrityInBackground(damaged, &context, [&](QString p) { problem = p; }));
    waitUntil([&] { return problem != QStringLiteral("not yet"); });
    thread->wait();
    CHECK(problem.contains(QStringLiteral("damaged")));
}

TEST_CASE("An up-to-date file may leave its integrity check to the caller", "[file][background]")
{
    TempWorkspace temp(true);
    const QString connection = test::uniqueConnectionName();
    Database::Result result =
        Database::open(temp.path(), connection, builtInMigrations(), Database::IntegrityCheck::InBackground);
    REQUIRE(result.ok);
    CHECK(result.integrityCheckDeferred);
    result.db.close();
    result.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}
