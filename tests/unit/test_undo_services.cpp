#include "domain/IdNumber.h"
#include "repository/SchemaQueries.h"
#include "storage/SqlDialect.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// Every row of these tables, each value quoted as the database stores it (on a file 5 and '5'
// differ), sorted.
QStringList dump(const QSqlDatabase& db, const QStringList& tables)
{
    QStringList lines;
    for (const QString& table : tables) {
        QSqlQuery info(db);
        REQUIRE(info.exec(SchemaQueries::tableInfo(db, table)));
        QStringList columns;
        const QString quote =
            onServer(db) ? QStringLiteral("quote_nullable(%1)") : QStringLiteral("quote(%1)");
        while (info.next())
            columns << quote.arg(info.value(1).toString());
        QSqlQuery q(db);
        REQUIRE(q.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(" || '|' || ")), table)));
        while (q.next())
            lines << table + QLatin1Char(':') + q.value(0).toString();
    }
    lines.sort();
    return lines;
}

const QStringList memberTables = {QStringLiteral("member"), QStringLiteral("member_tag"),
                                  QStringLiteral("member_event"), QStringLiteral("attendance"),
                                  QStringLiteral("import_batch_member")};
const QStringList organisationTables = {QStringLiteral("organisation"), QStringLiteral("grid"),
                                        QStringLiteral("co_building_unit"), QStringLiteral("member"),
                                        QStringLiteral("import_batch_organisation")};

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
}

// A demo member with tags, several history events and attendance, who came in with an import.
qint64 memberWithEverything(const QSqlDatabase& db)
{
    const qint64 id = scalar(
        db, QStringLiteral(
                "SELECT m.id FROM member m WHERE m.left_on IS NULL AND m.id_number IS NOT NULL "
                "AND EXISTS (SELECT 1 FROM member_tag t WHERE t.member_id = m.id) "
                "AND EXISTS (SELECT 1 FROM attendance a WHERE a.member_id = m.id) ORDER BY m.id LIMIT 1"));
    exec(db, QStringLiteral("INSERT INTO member_event (member_id, event_date, kind, from_value, to_value) "
                            "VALUES (%1, '2020-01-02', 'status_change', 'probationary', 'full')")
                 .arg(id));
    exec(db, QStringLiteral("INSERT INTO import_batch (id, file_name) VALUES (41, 'roster.xlsx')"));
    exec(db, QStringLiteral("INSERT INTO import_batch_member (batch_id, member_id, action, before) "
                            "VALUES (41, %1, 'update', '{}')")
                 .arg(id));
    return id;
}

} // namespace

TEST_CASE("Deleting a member takes every row of the record, and undoing it puts back the same rows", "[undo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 id = memberWithEverything(temp.db());
    const QStringList before = dump(temp.db(), memberTables);
    const auto countFor = [&](const QString& table) {
        return scalar(temp.db(),
                      QStringLiteral("SELECT count(*) FROM %1 WHERE member_id = %2").arg(table).arg(id));
    };
    REQUIRE(countFor(QStringLiteral("member_tag")) > 0);
    REQUIRE(countFor(QStringLiteral("member_event")) > 1);
    REQUIRE(countFor(QStringLiteral("attendance")) > 0);

    RowSnapshot removed;
    const ServiceResult deleted = ws.memberService().deleteMember(id, &removed);
    REQUIRE(deleted.ok());
    CHECK(ws.members().get(id).id == 0);
    for (const QString& table : {QStringLiteral("member_tag"), QStringLiteral("member_event"),
                                 QStringLiteral("attendance"), QStringLiteral("import_batch_member")})
        CHECK(countFor(table) == 0);
    CHECK(dump(temp.db(), memberTables) != before);
    CHECK(ws.audit().count(QStringLiteral("member.delete")) == 1);

    // Undo: the same rows with the same ids and values, byte for byte.
    REQUIRE(ws.memberService().restoreRecord(RowSnapshot(), removed).ok());
    CHECK(dump(temp.db(), memberTables) == before);
    CHECK(ws.audit().count(QStringLiteral("member.restore")) == 1);

    // Redo deletes again; a second undo still restores exactly.
    REQUIRE(ws.memberService().restoreRecord(removed, RowSnapshot()).ok());
    CHECK(ws.members().get(id).id == 0);
    REQUIRE(ws.memberService().restoreRecord(RowSnapshot(), removed).ok());
    CHECK(dump(temp.db(), memberTables) == before);
    CHECK(ws.audit().count(QStringLiteral("member.delete")) == 2);
}

TEST_CASE("Undoing a deletion is refused when another member on the roster now has the ID number", "[undo]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    Organisation street;
    street.name = QStringLiteral("测试街道党工委");
    street.type = OrgType::StreetCommittee;
    const qint64 streetId = ws.organisationService().saveOrganisation(street).id;
    Organisation branch;
    branch.name = QStringLiteral("测试支部");
    branch.type = OrgType::Branch;
    branch.parentId = streetId;
    const qint64 branchId = ws.organisationService().saveOrganisation(branch).id;
    const ServiceResult first = ws.memberService().save(longStandingMember(branchId));
    REQUIRE(first.ok());

    RowSnapshot removed;
    REQUIRE(ws.memberService().deleteMember(first.id, &removed).ok());
    // The same person entered again, correctly this time.
    Member again = longStandingMember(branchId);
    again.name = QStringLiteral("周新来（重录）");
    const ServiceResult second = ws.memberService().save(again);
    REQUIRE(second.ok());
    const QStringList afterSecond = dump(temp.db(), memberTables);

    const ServiceResult undo = ws.memberService().restoreRecord(RowSnapshot(), removed);
    CHECK(undo.kind == ServiceResult::Kind::Conflict);
    // The new member took the deleted one's id or its ID number: either way, nothing is written.
    CHECK(dump(temp.db(), memberTables) == afterSecond);
    CHECK(ws.audit().count(QStringLiteral("member.restore")) == 0);
    CHECK(!undo.message.isEmpty());
    CHECK(!undo.message.contains(QStringLiteral("11010519491231002X")));
}

TEST_CASE("Undoing a member's edit restores the member, tags and history exactly; a later change refuses it",
          "[undo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    const qint64 id = memberWithEverything(temp.db());
    const QStringList original = dump(temp.db(), memberTables);
    const RowSnapshot before = ws.memberService().record(id, false);

    Member edited = ws.members().get(id);
    const qint64 otherBranch = scalar(
        temp.db(),
        QStringLiteral("SELECT id FROM organisation WHERE org_type = 'grid_branch' AND id <> %1 LIMIT 1")
            .arg(edited.orgId));
    edited.orgId = otherBranch;
    edited.tags = {MemberTag::Retired, MemberTag::Hardship};
    edited.phone = QStringLiteral("13975100000");
    REQUIRE(ws.memberService().save(edited).ok());
    const RowSnapshot after = ws.memberService().record(id, false);
    const QStringList saved = dump(temp.db(), memberTables);
    REQUIRE(saved != original);

    REQUIRE(ws.memberService().restoreRecord(after, before).ok());
    CHECK(dump(temp.db(), memberTables) == original); // the "transfer" event is gone again
    REQUIRE(ws.memberService().restoreRecord(before, after).ok());
    CHECK(dump(temp.db(), memberTables) == saved);

    // Someone records the member as left meanwhile: undoing the edit now would lose that.
    REQUIRE(ws.memberService().recordLeaving(id, QDate(2026, 11, 1), LeaveKind::TransferOut, QString()).ok());
    const QStringList withLeaving = dump(temp.db(), memberTables);
    const ServiceResult refused = ws.memberService().restoreRecord(after, before);
    CHECK(refused.kind == ServiceResult::Kind::Conflict);
    CHECK(dump(temp.db(), memberTables) == withLeaving);
}

TEST_CASE("An organisation is deleted with its grids and units and restored exactly; one with members is not",
          "[undo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    OrganisationService& service = ws.organisationService();

    // A branch with members (and members who left) cannot be deleted; the message says why.
    const qint64 busy =
        scalar(temp.db(), QStringLiteral("SELECT org_id FROM member GROUP BY org_id LIMIT 1"));
    const QStringList untouched = dump(temp.db(), organisationTables);
    RowSnapshot none;
    const ServiceResult refused = service.deleteOrganisation(busy, &none);
    CHECK(refused.kind == ServiceResult::Kind::Refused);
    CHECK(refused.message.contains(QStringLiteral("member record")));
    CHECK(none.isEmpty());
    CHECK(dump(temp.db(), organisationTables) == untouched);

    // A community entered by mistake, with a grid, a co-building unit, and a member elsewhere on its grid.
    Organisation community;
    community.name = QStringLiteral("误建社区党委");
    community.type = OrgType::BigCommittee;
    community.parentId = temp.firstOrganisation(OrgType::StreetCommittee);
    const ServiceResult created = service.saveOrganisation(community);
    REQUIRE(created.ok());
    Grid grid;
    grid.communityId = created.id;
    grid.code = QStringLiteral("W01");
    grid.name = QStringLiteral("误建网格");
    const ServiceResult gridSaved = service.saveGrid(grid);
    REQUIRE(gridSaved.ok());
    CoBuildingUnit unit;
    unit.committeeId = created.id;
    unit.name = QStringLiteral("某共建单位");
    unit.joinedOn = QDate(2026, 1, 1);
    REQUIRE(service.saveCoBuildingUnit(unit).ok());
    exec(temp.db(), QStringLiteral("UPDATE member SET grid_id = %1 WHERE id = (SELECT min(id) FROM member)")
                        .arg(gridSaved.id));
    exec(temp.db(), QStringLiteral("UPDATE organisation SET grid_id = %1 WHERE id = %2")
                        .arg(gridSaved.id)
                        .arg(created.id));
    const QStringList before = dump(temp.db(), organisationTables);

    RowSnapshot removed;
    REQUIRE(service.deleteOrganisation(created.id, &removed).ok());
    CHECK(ws.organisations().get(created.id).id == 0);
    CHECK(ws.organisations().grids(created.id).isEmpty());
    CHECK(scalar(temp.db(),
                 QStringLiteral("SELECT count(*) FROM member WHERE grid_id = %1").arg(gridSaved.id)) == 0);
    CHECK(ws.audit().count(QStringLiteral("organisation.delete")) == 1);

    REQUIRE(service.restoreRecord(RowSnapshot(), removed).ok());
    CHECK(dump(temp.db(), organisationTables) == before);
    QSqlQuery check(temp.db());
    REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(check.next());

    // An edit is undone to the row as it was.
    const RowSnapshot editBefore = service.record(created.id, false);
    Organisation renamed = ws.organisations().get(created.id);
    renamed.name = QStringLiteral("改名社区党委");
    REQUIRE(service.saveOrganisation(renamed).ok());
    const RowSnapshot editAfter = service.record(created.id, false);
    REQUIRE(service.restoreRecord(editAfter, editBefore).ok());
    CHECK(ws.organisations().get(created.id).name == QStringLiteral("误建社区党委"));
    CHECK(dump(temp.db(), organisationTables) == before);
}

TEST_CASE("Recorded as left is reversed later from the history, with a reason, dated and audited", "[undo]")
{
    TempWorkspace temp(true);
    Workspace& ws = temp.workspace();
    MemberService& service = ws.memberService();
    const qint64 id = scalar(temp.db(), QStringLiteral("SELECT id FROM member WHERE left_on IS NULL AND "
                                                       "id_number IS NOT NULL ORDER BY id LIMIT 1"));
    REQUIRE(service.recordLeaving(id, QDate(2026, 10, 1), LeaveKind::TransferOut, QStringLiteral("转往外区"))
                .ok());

    ServiceResult result = service.reverseLeaving(id, QDate(2026, 11, 10), QStringLiteral("  "));
    CHECK(result.kind == ServiceResult::Kind::Invalid);
    CHECK(result.field == QStringLiteral("reason"));
    result = service.reverseLeaving(id, QDate(2026, 9, 30), QStringLiteral("介绍信未寄出"));
    CHECK(result.kind == ServiceResult::Kind::Invalid);
    CHECK(result.field == QStringLiteral("date"));
    CHECK(ws.members().get(id).hasLeft());

    REQUIRE(service.reverseLeaving(id, QDate(2026, 11, 10), QStringLiteral("介绍信未寄出，转出作废")).ok());
    const Member back = ws.members().get(id);
    CHECK_FALSE(back.hasLeft());
    CHECK(back.leaveReason.isEmpty());
    const MemberEvent last = ws.members().events(id).constLast();
    CHECK(last.kind == QStringLiteral("leaving_reversed"));
    CHECK(last.date == QDate(2026, 11, 10));
    CHECK(last.reason == QStringLiteral("介绍信未寄出，转出作废"));
    CHECK(ws.audit().count(QStringLiteral("member.leave_reversed")) == 1);
    // The earlier leaving stays in the history.
    bool leftEvent = false;
    for (const MemberEvent& e : ws.members().events(id))
        leftEvent = leftEvent || e.kind == QStringLiteral("left");
    CHECK(leftEvent);
    CHECK(service.reverseLeaving(id, QDate(2026, 11, 10), QStringLiteral("again")).kind ==
          ServiceResult::Kind::Conflict);

    // While someone else on the roster has the ID number, the member cannot come back.
    const Member other = ws.members().get(scalar(
        temp.db(),
        QStringLiteral("SELECT id FROM member WHERE left_on IS NULL AND id <> %1 AND id_number IS NOT NULL "
                       "ORDER BY id LIMIT 1")
            .arg(id)));
    REQUIRE(service.recordLeaving(other.id, QDate(2026, 10, 1), LeaveKind::TransferOut, QString()).ok());
    Member twin = ws.members().get(id);
    REQUIRE(service.recordLeaving(id, QDate(2026, 11, 12), LeaveKind::TransferOut, QString()).ok());
    exec(temp.db(),
         QStringLiteral("UPDATE member SET id_number = '%1' WHERE id = %2").arg(twin.idNumber).arg(other.id));
    exec(temp.db(),
         QStringLiteral("UPDATE member SET left_on = NULL, leave_kind = NULL WHERE id = %1").arg(other.id));
    result = service.reverseLeaving(id, QDate(2026, 11, 14), QStringLiteral("误操作"));
    CHECK(result.kind == ServiceResult::Kind::Conflict);
    CHECK(result.message.contains(IdNumber::masked(twin.idNumber)));
    CHECK(ws.members().get(id).hasLeft());
}
