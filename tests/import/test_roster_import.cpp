#include "import/RosterImportPlanner.h"
#include "ImportTestSupport.h"
#include "repository/AuditLog.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

namespace {

const QVariant none;

QVariantList header()
{
    return {QStringLiteral("序号"),       QStringLiteral("姓　名"),     QStringLiteral("性别"),
            QStringLiteral("民族"),       QStringLiteral("出生年月"),   QStringLiteral("公民身份号码"),
            QStringLiteral("文化程度"),   QStringLiteral("入党\n时间"), QStringLiteral("转正时间"),
            QStringLiteral("所在党支部"), QStringLiteral("人员类别"),   QStringLiteral("党员身份"),
            QStringLiteral("手机号码"),   QStringLiteral("家庭住址")};
}

QVariantList person(int n, const QString& name, const QString& id, const QString& branch,
                    const QVariant& joined = QStringLiteral("1990.07.01"),
                    const QVariant& full = QStringLiteral("1991年7月1日"))
{
    return {double(n),
            name,
            none,
            QStringLiteral("汉"),
            none,
            id,
            QStringLiteral("本科"),
            joined,
            full,
            branch,
            QStringLiteral("在册党员"),
            QStringLiteral("正式党员"),
            QStringLiteral("13800000000"),
            QStringLiteral("幸福里3栋")};
}

ImportPlan planOf(Workspace& ws, const QList<QVariantList>& rows, RosterImportOptions options = {})
{
    MemoryTable table(rows);
    RosterImportPlanner planner(ws.rosterImportContext(), options);
    return planner.plan(table, QStringLiteral("/tmp/花名册.xlsx"));
}

const ImportRow& rowAt(const ImportPlan& plan, int sheetRow)
{
    for (const ImportRow& row : plan.rows)
        if (row.sheetRow == sheetRow)
            return row;
    FAIL("no row " << sheetRow);
    return plan.rows.front();
}

int memberCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM member"));
    q.next();
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("A roster with titles, blocks, a total row and messy cells previews row by row",
          "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws);
    const QString zhang = validIdNumber(QDate(1960, 3, 5), false, 1);
    const QString li = validIdNumber(QDate(1962, 8, 9), true, 2);
    const QString wang = validIdNumber(QDate(1970, 1, 2), false, 3);
    QString liTyped = li;
    liTyped.replace(QLatin1Char('X'), QLatin1Char('x'));
    const QList<QVariantList> rows = {
        {QStringLiteral("东风社区党委党员花名册")},
        {QStringLiteral("填报单位：东风社区党委（盖章）    填报时间：2026年11月")},
        header(),
        person(1, QStringLiteral("张　三"), zhang, QStringLiteral("东风社区党委/第一党支部")),
        {},
        {QStringLiteral("二、第二党支部")},
        person(2, QStringLiteral("李四"), QStringLiteral("'") + liTyped,
               QStringLiteral("东风社区党委第二党支部")),
        person(3, QStringLiteral("王五"), wang, QStringLiteral("第一党支部")), // which community's?
        {QStringLiteral("合计"), QStringLiteral("共 3 人")},
    };
    const ImportPlan plan = planOf(ws, rows);
    REQUIRE(plan.fatal.isEmpty());
    CHECK(plan.headerRow == 3);
    CHECK(plan.count(ImportRow::Action::Add) == 2);
    CHECK(plan.count(ImportRow::Action::Refused) == 1);
    CHECK(plan.rows.size() == 3); // titles, blank, block title and total are not rows of members

    const ImportRow& first = rowAt(plan, 4);
    CHECK(first.member.name == QStringLiteral("张三"));
    CHECK(first.member.orgId == b.first);
    CHECK(first.member.sex == Sex::Male);               // from the ID number
    CHECK(first.member.birthDate == QDate(1960, 3, 5)); // from the ID number
    CHECK(first.member.ethnicity == QStringLiteral("汉族"));
    CHECK(first.member.education == Education::Bachelor);
    CHECK(first.member.joinedOn == QDate(1990, 7, 1));
    CHECK(first.member.fullOn == QDate(1991, 7, 1));
    CHECK(rowAt(plan, 7).member.idNumber == li);
    CHECK(rowAt(plan, 7).member.orgId == b.second);

    const ImportRow& ambiguous = rowAt(plan, 8);
    CHECK(ambiguous.action == ImportRow::Action::Refused);
    REQUIRE(ambiguous.problems.size() == 1);
    CHECK(ambiguous.problems.first().contains(QStringLiteral("第一党支部")));
    CHECK(plan.problemLines().first().contains(QStringLiteral("8")));
    Q_UNUSED(b.otherFirst);
}

TEST_CASE("Every member rule of the form applies to each row, with every reason", "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addImportTree(ws);
    QString badCheck = validIdNumber(QDate(1960, 3, 5), false, 1);
    badCheck[17] = badCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString young = validIdNumber(QDate(1980, 1, 1), true, 4);
    QVariantList tooYoung = person(2, QStringLiteral("赵六"), young, QStringLiteral("第二党支部"),
                                   QStringLiteral("1990-01-01"), QStringLiteral("1990-06-01"));
    QVariantList asNumber = person(3, QStringLiteral("钱七"), QString(), QStringLiteral("第二党支部"));
    asNumber[5] = 4.30105198507011e17;
    const ImportPlan plan =
        planOf(ws, {header(), person(1, QStringLiteral("孙八"), badCheck, QStringLiteral("第二党支部")),
                    tooYoung, asNumber});
    REQUIRE(plan.count(ImportRow::Action::Refused) == 3);
    CHECK_FALSE(rowAt(plan, 2).problems.isEmpty());
    // Joined at 10 and full after half a year: both rules speak.
    CHECK(rowAt(plan, 3).problems.size() >= 2);
    CHECK(rowAt(plan, 4).problems.join(QString()).contains(QStringLiteral("4.30105E+17")));
}

TEST_CASE("The same ID number twice in a file refuses both rows and names them", "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addImportTree(ws);
    const QString id = validIdNumber(QDate(1960, 3, 5), false, 1);
    const ImportPlan plan =
        planOf(ws, {header(), person(1, QStringLiteral("张三"), id, QStringLiteral("第二党支部")),
                    person(2, QStringLiteral("张叁"), id.toLower(), QStringLiteral("第二党支部"))});
    CHECK(plan.count(ImportRow::Action::Refused) == 2);
    CHECK(rowAt(plan, 3).problems.join(QString()).contains(QStringLiteral("2, 3")));
}

TEST_CASE("A member already on the roster is skipped, or updated without erasing what the file leaves empty",
          "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws);
    Member saved = longStandingMember(b.first);
    saved.phone = QStringLiteral("13900000000");
    saved.address = QStringLiteral("老地址");
    const ServiceResult added = ws.memberService().save(saved);
    REQUIRE(added.ok());
    QVariantList row =
        person(1, saved.name, saved.idNumber, QStringLiteral("第二党支部"), saved.joinedOn, saved.fullOn);
    row[12] = QVariant(); // no phone in the file: the saved one stays
    const QList<QVariantList> rows = {header(), row};

    const ImportPlan skip = planOf(ws, rows);
    CHECK(skip.count(ImportRow::Action::Skip) == 1);
    CHECK_FALSE(skip.hasProblems());

    RosterImportOptions options;
    options.updateExisting = true;
    const ImportPlan update = planOf(ws, rows, options);
    REQUIRE(update.count(ImportRow::Action::Update) == 1);
    const Member& after = update.rows.front().member;
    CHECK(after.id == added.id);
    CHECK(after.orgId == b.second);
    CHECK(after.phone == QStringLiteral("13900000000"));
    CHECK(after.address == QStringLiteral("幸福里3栋"));

    const ServiceResult applied = ws.rosterImportService().apply(update, false, 0);
    REQUIRE(applied.ok());
    CHECK(memberCount(temp.db()) == 1);
    CHECK(ws.members().get(added.id).orgId == b.second);

    // Undo puts the member back as saved, and the history shows no transfer.
    REQUIRE(ws.rosterImportService().undo(applied.id).ok());
    const Member restored = ws.members().get(added.id);
    CHECK(restored.orgId == b.first);
    CHECK(restored.address == QStringLiteral("老地址"));
    for (const MemberEvent& event : ws.members().events(added.id))
        CHECK(event.kind != QStringLiteral("transfer"));
}

TEST_CASE("An import saves all rows or none, keeps the sound ones on request, and undoes as a whole",
          "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws);
    const QList<QVariantList> rows = {
        header(),
        person(1, QStringLiteral("张三"), validIdNumber(QDate(1960, 3, 5), false, 1),
               QStringLiteral("第二党支部")),
        person(2, QStringLiteral("李四"), validIdNumber(QDate(1961, 3, 5), true, 2),
               QStringLiteral("第二党支部")),
        person(3, QString(), validIdNumber(QDate(1962, 3, 5), true, 3), QStringLiteral("第二党支部")),
    };
    const ImportPlan plan = planOf(ws, rows);
    REQUIRE(plan.count(ImportRow::Action::Refused) == 1);

    const ServiceResult refused = ws.rosterImportService().apply(plan, false, 0);
    CHECK_FALSE(refused.ok());
    CHECK(memberCount(temp.db()) == 0);

    const ServiceResult kept = ws.rosterImportService().apply(plan, true, 0);
    REQUIRE(kept.ok());
    CHECK(memberCount(temp.db()) == 2);
    const QList<ImportBatch> batches = ws.rosterImportService().batches();
    REQUIRE(batches.size() == 1);
    CHECK(batches.first().fileName == QStringLiteral("花名册.xlsx"));
    CHECK(batches.first().added == 2);
    CHECK(batches.first().refused == 1);
    CHECK(ws.audit().count(QStringLiteral("member.import")) == 1);

    // A later change to one of its members blocks the undo, naming the member.
    Member changed =
        ws.members().get(ws.members().idNumbersOnRecord().value(validIdNumber(QDate(1960, 3, 5), false, 1)));
    changed.phone = QStringLiteral("13700000000");
    REQUIRE(ws.memberService().save(changed).ok());
    const ServiceResult blocked = ws.rosterImportService().undo(kept.id);
    CHECK(blocked.kind == ServiceResult::Kind::Refused);
    CHECK(blocked.message.contains(QStringLiteral("张三")));
    CHECK(memberCount(temp.db()) == 2);
    Q_UNUSED(b);
}

TEST_CASE("Undo removes the members and branches an import added", "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws);
    RosterImportOptions options;
    options.createBranchesUnder = b.community;
    const int orgsBefore = int(ws.organisations().all().size());
    const ImportPlan plan =
        planOf(ws,
               {header(), person(1, QStringLiteral("张三"), validIdNumber(QDate(1960, 3, 5), false, 1),
                                 QStringLiteral("第九党支部"))},
               options);
    REQUIRE(plan.branchesToCreate == QStringList{QStringLiteral("第九党支部")});
    const ServiceResult applied = ws.rosterImportService().apply(plan, false, b.community);
    REQUIRE(applied.ok());
    CHECK(ws.organisations().all().size() == orgsBefore + 1);
    CHECK(memberCount(temp.db()) == 1);
    REQUIRE(ws.rosterImportService().undo(applied.id).ok());
    CHECK(memberCount(temp.db()) == 0);
    CHECK(ws.organisations().all().size() == orgsBefore);
    CHECK_FALSE(ws.rosterImportService().undo(applied.id).ok()); // once
}

TEST_CASE("Month-only birth dates agree with the ID number; blanks and unknown words are noted",
          "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addImportTree(ws);
    const QString id = validIdNumber(QDate(1960, 3, 5), true, 1);
    QVariantList agrees = person(1, QStringLiteral("张三"), id, QStringLiteral("第二党支部"));
    agrees[4] = QStringLiteral("1960.03");
    agrees[6] = QStringLiteral("自学成才");
    QVariantList disagrees = person(2, QStringLiteral("李四"), validIdNumber(QDate(1961, 4, 6), true, 2),
                                    QStringLiteral("第二党支部"));
    disagrees[4] = QStringLiteral("1961.05");
    const ImportPlan plan = planOf(ws, {header(), agrees, disagrees});
    const ImportRow& first = rowAt(plan, 2);
    CHECK(first.action == ImportRow::Action::Add);
    CHECK(first.member.birthDate == QDate(1960, 3, 5));
    CHECK(first.member.sex == Sex::Female);
    CHECK(first.member.education == Education::Unknown);
    CHECK(first.notes.join(QString()).contains(QStringLiteral("自学成才")));
    CHECK(rowAt(plan, 3).action == ImportRow::Action::Refused);
}

TEST_CASE("Unknown columns are listed; a mapping reads them and is remembered", "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    addImportTree(ws);
    QVariantList head = header();
    head[12] = QStringLiteral("本人电话");
    const QList<QVariantList> rows = {head, person(1, QStringLiteral("张三"),
                                                   validIdNumber(QDate(1960, 3, 5), false),
                                                   QStringLiteral("第二党支部"))};
    const ImportPlan plain = planOf(ws, rows);
    REQUIRE(plain.unknownColumns().size() == 1);
    CHECK(plain.unknownColumns().first().header == QStringLiteral("本人电话"));
    CHECK(plain.rows.front().member.phone.isEmpty());

    REQUIRE(
        ws.rosterImportService().rememberMapping({{QStringLiteral("本人电话"), RosterField::Phone}}).ok());
    RosterImportOptions options;
    options.mapping = ws.rosterImportService().rememberedMappings();
    const ImportPlan mapped = planOf(ws, rows, options);
    CHECK(mapped.unknownColumns().isEmpty());
    CHECK(mapped.rows.front().member.phone == QStringLiteral("13800000000"));
}

TEST_CASE("A sheet without a roster header says so instead of importing nothing silently",
          "[import][issue10]")
{
    TempWorkspace temp;
    const ImportPlan plan = planOf(
        temp.workspace(), {{QStringLiteral("会议记录")}, {QStringLiteral("时间"), QStringLiteral("地点")}});
    CHECK_FALSE(plan.fatal.isEmpty());
    CHECK(plan.rows.empty());
}

TEST_CASE("A member who left is not added again as a new person", "[import][issue10]")
{
    TempWorkspace temp;
    Workspace& ws = temp.workspace();
    const ImportTree b = addImportTree(ws);
    const ServiceResult saved = ws.memberService().save(longStandingMember(b.first));
    REQUIRE(saved.ok());
    const Member member = ws.members().get(saved.id);
    REQUIRE(ws.memberService().recordLeaving(saved.id, QDate(2026, 1, 10), LeaveKind::TransferOut, {}).ok());
    const ImportPlan plan =
        planOf(ws, {header(), person(1, member.name, member.idNumber, QStringLiteral("第二党支部"),
                                     member.joinedOn, member.fullOn)});
    REQUIRE(plan.count(ImportRow::Action::Refused) == 1);
    CHECK(plan.rows.front().problems.join(QString()).contains(QStringLiteral("2026-01-10")));
    CHECK(memberCount(temp.db()) == 1);
}
