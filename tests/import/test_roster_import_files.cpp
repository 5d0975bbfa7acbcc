#include "ExternalReaders.h"
#include "import/ImportWorkbooks.h"
#include "import/RosterImportPlanner.h"
#include "ImportTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

using namespace partydesk;
using namespace partydesk::test;

namespace {

// LibreOffice saves `source` in another format (xls, xlsx), as an office would.
QString convertWithLibreOffice(const QString& source, const QString& format, const QString& filter = {})
{
    const QString dir = QFileInfo(source).absolutePath();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir); // a profile of its own: tests run in parallel
    process.setProcessEnvironment(env);
    QStringList args = {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                        filter.isEmpty() ? format : format + QLatin1Char(':') + filter,
                        QStringLiteral("--outdir"), dir};
    if (source.endsWith(QLatin1String(".csv")))
        // Comma, quote, UTF-8, from line 1; the ID number column (5) as text, as a careful clerk sets it.
        args << QStringLiteral("--infilter=CSV:44,34,76,1,5/2");
    args << source;
    process.start(QStringLiteral("soffice"), args);
    process.waitForFinished(180000);
    const QString out = QFileInfo(source).path() + QLatin1Char('/') + QFileInfo(source).completeBaseName() +
                        QLatin1Char('.') + format;
    if (!QFileInfo::exists(out))
        throw std::runtime_error(("LibreOffice failed: " + process.readAll()).toStdString());
    return out;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A roster as a secretary keeps it: a title, a filled-in-by line, the header, members, a total.
QString rosterCsv(const QStringList& extraRows = {})
{
    QStringList lines = {
        QStringLiteral("东风社区党委党员花名册,,,,,,,"),
        QStringLiteral("填报单位：东风社区党委（盖章）,,,,填报时间：2026年11月,,,"),
        QStringLiteral("序号,姓　名,性别,出生年月,身份证号码,入党时间,转正时间,所在支部"),
        QStringLiteral("1,张三,,1960.03,%1,1990.7.1,1991-07-01,第一党支部")
            .arg(validIdNumber(QDate(1960, 3, 5), false, 1)),
        QStringLiteral("2,李四,女,1961年4月,'%1,1990/07/01,19910701,第一党支部")
            .arg(validIdNumber(QDate(1961, 4, 6), true, 2).toLower()),
        QStringLiteral(",,,,,,,"),
    };
    lines << extraRows;
    lines << QStringLiteral("合计,共 %1 人,,,,,,").arg(2 + extraRows.size());
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

qint64 addBranch(Workspace& ws, const QString& name)
{
    Organisation community;
    community.name = QStringLiteral("东风社区党委");
    community.type = OrgType::CommunityCommittee;
    const ServiceResult c = ws.organisationService().saveOrganisation(community);
    REQUIRE(c.ok());
    Organisation branch;
    branch.name = name;
    branch.type = OrgType::Branch;
    branch.parentId = c.id;
    const ServiceResult b = ws.organisationService().saveOrganisation(branch);
    REQUIRE(b.ok());
    return b.id;
}

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE(
    "partydesk import roster reads a GB18030 CSV with titles and a total row; exit codes tell the outcome",
    "[import][cli][issue10]")
{
    QTemporaryDir dir;
    TempWorkspace temp;
    addBranch(temp.workspace(), QStringLiteral("第一党支部"));
    const QString bad = QStringLiteral("3,王五,,,4.30105E+17,1990.7.1,1991.7.1,第一党支部");
    const QString file = dir.filePath(QStringLiteral("花名册.csv"));
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    writeBytes(file, gb18030.encode(rosterCsv({bad})));

    const QStringList base = {QStringLiteral("import"), QStringLiteral("roster"), file,
                              QStringLiteral("--db"), temp.path()};
    const Run refused = runPartydesk(base);
    INFO(refused.output.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.output.contains(QStringLiteral("4.30105E+17")));
    CHECK(refused.output.contains(QStringLiteral("7"))); // the sheet row of 王五
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM member")) == 0);

    const Run dry =
        runPartydesk(base + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--keep-valid")});
    CHECK(dry.exitCode == 1);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM member")) == 0);

    const QString problems = dir.filePath(QStringLiteral("problems.xlsx"));
    const Run kept = runPartydesk(
        base + QStringList{QStringLiteral("--keep-valid"), QStringLiteral("--problems"), problems});
    INFO(kept.output.toStdString());
    CHECK(kept.exitCode == 3);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM member")) == 2);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM member WHERE name = '李四' AND sex = 'F' AND "
                                          "birth_date = '1961-04-06' AND joined_on = '1990-07-01'")) == 1);

    // The problem list, as LibreOffice reads it: the refused row as it was, and what to fix.
    const QMap<QString, Sheet> sheets = readWithLibreOffice(problems);
    REQUIRE(sheets.size() == 1);
    const Sheet& sheet = sheets.first();
    QString all;
    for (const auto& row : sheet)
        for (const SheetCell& cell : row)
            all += cell.text + QLatin1Char('|');
    CHECK(all.contains(QStringLiteral("王五")));
    CHECK(all.contains(QStringLiteral("问题")));
    CHECK(all.contains(QStringLiteral("4.30105E+17")));

    // Importing the same file again: both members are on the roster now and are left as saved.
    const Run again = runPartydesk(base + QStringList{QStringLiteral("--keep-valid")});
    CHECK(again.exitCode == 3);
    CHECK(count(temp.db(), QStringLiteral("SELECT count(*) FROM member")) == 2);

    CHECK(runPartydesk({QStringLiteral("import"), QStringLiteral("roster"), file}).exitCode == 2);
    CHECK(
        runPartydesk(base + QStringList{QStringLiteral("--map"), QStringLiteral("电话=nonsense")}).exitCode ==
        2);
    CHECK(
        runPartydesk(base + QStringList{QStringLiteral("--sheet"), QStringLiteral("没有这张表")}).exitCode ==
        2);
}

TEST_CASE("Rosters saved by an office suite as .xlsx and .xls import the same members", "[import][issue10]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    writeBytes(csv, rosterCsv().toUtf8());
    for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("xls")}) {
        INFO(format.toStdString());
        const QString converted =
            convertWithLibreOffice(csv, format,
                                   format == QLatin1String("xls") ? QStringLiteral("MS Excel 97")
                                                                  : QStringLiteral("Calc MS Excel 2007 XML"));
        TempWorkspace temp;
        const qint64 branch = addBranch(temp.workspace(), QStringLiteral("第一党支部"));
        QString error;
        std::unique_ptr<TableReader> reader = TableReader::open(converted, &error);
        REQUIRE(reader);
        RosterImportPlanner planner(temp.workspace().rosterImportContext(), {});
        const ImportPlan plan = planner.plan(*reader, converted);
        INFO(plan.problemLines().join(QLatin1Char('\n')).toStdString());
        REQUIRE(plan.fatal.isEmpty());
        CHECK(plan.count(ImportRow::Action::Add) == 2);
        CHECK_FALSE(plan.hasProblems());
        for (const ImportRow& row : plan.rows)
            CHECK(row.member.orgId == branch);
    }
}

TEST_CASE("A roster exported by PartyDesk imports back into a workspace without members",
          "[file][import][cli][issue10]")
{
    TempWorkspace source(true);
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("export.xlsx"));
    const Run run =
        runPartydesk({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--columns"), QStringLiteral("all"),
                      QStringLiteral("--full-id"), QStringLiteral("--full-phone"), QStringLiteral("--out"), exported,
                      QStringLiteral("--db"), source.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);

    // The same tree, no members.
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    {
        QSqlQuery q(source.db());
        REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(target)));
    }
    {
        const QString connection = uniqueConnectionName();
        Database::Result opened = Database::open(target, connection);
        REQUIRE(opened.ok);
        QSqlQuery q(opened.db);
        REQUIRE(q.exec(QStringLiteral("DELETE FROM member")));
        opened.db.close();
        opened.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
    }
    const Run imported = runPartydesk(
        {QStringLiteral("import"), QStringLiteral("roster"), exported, QStringLiteral("--db"), target});
    INFO(imported.output.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString connection = uniqueConnectionName();
    {
        Database::Result opened = Database::open(target, connection);
        REQUIRE(opened.ok);
        const QString fields = QStringLiteral(
            "name, sex, ethnicity, id_number, birth_date, education, org_id, category, status, applied_on, "
            "activist_on, candidate_on, joined_on, full_on, phone, address, "
            "CASE category WHEN 'in_service' THEN work_unit || reported_on WHEN 'floating_out' THEN "
            "floating_place || floating_since WHEN 'floating_in' THEN home_organisation || floating_since "
            "END");
        auto members = [&](const QSqlDatabase& db) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM member WHERE left_on IS NULL ORDER BY id_number")
                               .arg(fields)));
            QStringList rows;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values << q.value(i).toString();
                rows << values.join(QLatin1Char('|'));
            }
            return rows;
        };
        const QStringList before = members(source.db());
        const QStringList after = members(opened.db);
        CHECK(before.size() > 300);
        CHECK(after.size() == before.size());
        for (int i = 0; i < std::min(before.size(), after.size()); ++i) {
            INFO(i);
            REQUIRE(after[i] == before[i]);
        }
        opened.db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

TEST_CASE("The import template reads back with its sample row accepted", "[import][issue10]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("template.xlsx"));
    REQUIRE(writeRosterTemplate(path, QDate(2026, 11, 15)).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    CHECK(sheets.size() == 2);

    TempWorkspace temp;
    QString error;
    std::unique_ptr<TableReader> reader = TableReader::open(path, &error);
    REQUIRE(reader);
    // The sample names a branch in the reader's language; give the workspace that branch.
    RosterImportPlanner probe(temp.workspace().rosterImportContext(), {});
    const ImportPlan first = probe.plan(*reader, path);
    REQUIRE(first.rows.size() == 1);
    QString branchName;
    for (const Sheet& sheet : sheets)
        if (sheet.size() >= 4 && sheet[3].size() > 8)
            branchName = sheet[3][8].text; // row 4 (title, subtitle, header): the sample; column 9: 所在支部
    REQUIRE_FALSE(branchName.isEmpty());
    const qint64 branch = addBranch(temp.workspace(), branchName);
    RosterImportPlanner planner(temp.workspace().rosterImportContext(), {});
    const ImportPlan plan = planner.plan(*reader, path);
    INFO(plan.problemLines().join(QLatin1Char('\n')).toStdString());
    CHECK(plan.count(ImportRow::Action::Add) == 1);
    CHECK(plan.rows.front().member.orgId == branch);
}
