#include "domain/IdNumber.h"
#include "SecurityTestSupport.h"
#include "storage/Migration.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

bool run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

// What someone with sqlite3 does first: the triggers that guard the log go.
void dropGuards(const QSqlDatabase& db)
{
    for (const char* trigger : {"audit_log_no_update", "audit_log_no_delete", "audit_log_chained"})
        REQUIRE(run(db, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
}

// Five entries by two users.
void writeEntries(AuditLog& audit)
{
    for (int i = 1; i <= 5; ++i)
        REQUIRE(audit.recordAs(i % 2 ? QStringLiteral("书记") : QStringLiteral("干事"),
                               QStringLiteral("test.entry"), QStringLiteral("entry %1").arg(i)));
}

} // namespace

TEST_CASE("The audit log cannot be changed or emptied with SQL while its triggers stand", "[audit]")
{
    TempWorkspace temp;
    writeEntries(temp.workspace().audit());
    CHECK_FALSE(run(temp.db(), QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 2")));
    CHECK_FALSE(run(temp.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    CHECK_FALSE(
        run(temp.db(), QStringLiteral("INSERT INTO audit_log (action, detail) VALUES ('x', 'unchained')")));
    const AuditVerification verified = temp.workspace().audit().verify();
    CHECK(verified.intact);
    CHECK(verified.checked == 5);
}

TEST_CASE("Verifying the chain names the first entry edited, deleted or inserted in the file", "[file][audit]")
{
    TempWorkspace temp;
    AuditLog& audit = temp.workspace().audit();
    writeEntries(audit);
    dropGuards(temp.db());

    SECTION("an edited entry")
    {
        REQUIRE(run(temp.db(), QStringLiteral("UPDATE audit_log SET user_name = '别人' WHERE id = 3")));
        const AuditVerification verified = audit.verify();
        CHECK_FALSE(verified.intact);
        CHECK(verified.brokenId == 3);
        CHECK(verified.message.contains(QStringLiteral("3")));
    }
    SECTION("a deleted entry: the one after it no longer follows")
    {
        REQUIRE(run(temp.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        const AuditVerification verified = audit.verify();
        CHECK_FALSE(verified.intact);
        CHECK(verified.brokenId == 3);
    }
    SECTION("an inserted entry, even one that copies a real entry's hash")
    {
        REQUIRE(run(temp.db(),
                    QStringLiteral("INSERT INTO audit_log (id, recorded_at, user_name, action, detail, "
                                   "hash) SELECT 10, recorded_at, user_name, action, 'forged', hash "
                                   "FROM audit_log WHERE id = 5")));
        const AuditVerification verified = audit.verify();
        CHECK_FALSE(verified.intact);
        CHECK(verified.brokenId == 10);
    }
    SECTION("untouched")
    {
        CHECK(audit.verify().intact);
    }
}

TEST_CASE("Audit entries carry the user and the fields changed, old → new, with ID numbers masked", "[audit]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const qint64 branch = addStreetWithBranch(ws);
    addStaff(ws);
    signInAs(ws, Staff::officer);

    Member m = longStandingMember(branch);
    const QString firstId = m.idNumber;
    const ServiceResult added = ws.memberService().save(m);
    REQUIRE(added.ok());
    m = ws.members().get(added.id);
    m.phone = QStringLiteral("13912345678");
    m.idNumber = QStringLiteral("430102194912310041"); // another valid number, same birth date
    REQUIRE(ws.memberService().save(m).ok());

    const QList<AuditEntry> updates = ws.audit().entries({{}, QStringLiteral("member.update"), {}, {}, 0});
    REQUIRE(updates.size() == 1);
    const AuditEntry& update = updates.first();
    CHECK(update.userName == QString::fromUtf8(Staff::officer));
    CHECK(update.detail.contains(QStringLiteral("phone:  → 13912345678")));
    CHECK(update.detail.contains(
        QStringLiteral("id_number: %1 → %2").arg(IdNumber::masked(firstId), IdNumber::masked(m.idNumber))));
    // Never the full numbers, in any entry.
    for (const AuditEntry& entry : ws.audit().entries()) {
        CHECK_FALSE(entry.detail.contains(firstId));
        CHECK_FALSE(entry.detail.contains(m.idNumber));
    }
    const QList<AuditEntry> adds = ws.audit().entries({{}, QStringLiteral("member.add"), {}, {}, 0});
    REQUIRE(adds.size() == 1);
    CHECK(adds.first().detail.contains(QStringLiteral("name:  → %1").arg(m.name)));

    // Filters: by user, by action family, by date.
    CHECK(ws.audit()
              .entries({QString::fromUtf8(Staff::officer), QStringLiteral("member."), {}, {}, 0})
              .size() == 2);
    CHECK(ws.audit().entries({{}, {}, QDate::currentDate().addDays(1), {}, 0}).isEmpty());
    CHECK(ws.audit().entries({{}, {}, QDate::currentDate(), QDate::currentDate(), 0}).size() ==
          ws.audit().entries().size());
    CHECK(ws.audit().verify().intact);
}

TEST_CASE("Entries written before version 6 are chained by the upgrade", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        const QString connection = uniqueConnectionName();
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QFile fixture(QStringLiteral(PARTYDESK_TEST_DATA "/schema-v5.sql"));
        REQUIRE(fixture.open(QIODevice::ReadOnly));
        REQUIRE(raw.transaction());
        for (const QString& statement : splitSqlStatements(QString::fromUtf8(fixture.readAll()))) {
            QSqlQuery q(raw);
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        REQUIRE(raw.commit());
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    const QString connection = uniqueConnectionName();
    Database::Result opened = Database::open(path, connection);
    INFO(opened.error.toStdString());
    REQUIRE(opened.ok);
    {
        FixedClock clock(QDate(2026, 11, 15));
        Workspace ws(opened.db, clock);
        CHECK_FALSE(ws.session().signInRequired()); // an older workspace keeps working without sign-in
        const AuditVerification verified = ws.audit().verify();
        CHECK(verified.intact);
        CHECK(verified.checked == 3);
        for (const AuditEntry& entry : ws.audit().entries())
            CHECK(entry.hash.size() == 64);
        REQUIRE(ws.audit().record(QStringLiteral("test.after_upgrade"), QString()));
        CHECK(ws.audit().verify().checked == 4);
    }
    opened.db.close();
    opened.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connection);
}
