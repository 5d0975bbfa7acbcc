#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "rating/ScoreSheetImport.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("partydesk export writes the roster of one branch, filtered by category", "[export][cli]")
{
    TempWorkspace temp(true);
    const qint64 branch = temp.firstOrganisation(OrgType::GridBranch);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("roster.xlsx"));
    const Run run =
        runPartydesk({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                      QStringLiteral("xlsx"), QStringLiteral("--out"), out, QStringLiteral("--org"),
                      QString::number(branch), QStringLiteral("--category"), QStringLiteral("registered"),
                      QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);

    int expected = 0;
    QSqlQuery q(temp.db());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM member m JOIN organisation o ON o.id = m.org_id "
        "WHERE (o.id = ? OR o.parent_id = ?) AND m.category = 'registered' AND m.left_on IS NULL"));
    q.addBindValue(branch);
    q.addBindValue(branch);
    REQUIRE((q.exec() && q.next()));
    expected = q.value(0).toInt();
    REQUIRE(expected > 0);
    const QMap<QString, Sheet> sheets = readWithLibreOffice(out);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets.first().size() == 3 + expected);
}

TEST_CASE("partydesk export fails clearly and leaves no file", "[export][cli]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    SECTION("a folder that does not exist")
    {
        const QString out = dir.filePath(QStringLiteral("missing/roster.pdf"));
        const Run run = runPartydesk({QStringLiteral("export"), QStringLiteral("roster"),
                                      QStringLiteral("--format"), QStringLiteral("pdf"),
                                      QStringLiteral("--out"), out, QStringLiteral("--db"), temp.path()});
        CHECK(run.exitCode != 0);
        CHECK(run.output.contains(QStringLiteral("missing")));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("an organisation that does not exist")
    {
        const QString out = dir.filePath(QStringLiteral("roster.pdf"));
        const Run run =
            runPartydesk({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--format"),
                          QStringLiteral("pdf"), QStringLiteral("--out"), out, QStringLiteral("--org"),
                          QStringLiteral("99999"), QStringLiteral("--db"), temp.path()});
        CHECK(run.exitCode != 0);
        CHECK(run.output.contains(QStringLiteral("99999")));
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("an unknown format")
    {
        const Run run =
            runPartydesk({QStringLiteral("export"), QStringLiteral("statistics"), QStringLiteral("--format"),
                          QStringLiteral("doc"), QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("s.doc")), QStringLiteral("--db"), temp.path()});
        CHECK(run.exitCode != 0);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
}

TEST_CASE("Exporting full ID numbers is recorded", "[export][cli]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("full.xlsx"));
    const Run run = runPartydesk({QStringLiteral("export"), QStringLiteral("roster"),
                                  QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
                                  out, QStringLiteral("--full-id"), QStringLiteral("--columns"),
                                  QStringLiteral("name,id_number"), QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(temp.workspace().audit().count(QStringLiteral("export_full_id_numbers")) == 1);
    const Sheet sheet = readWithLibreOffice(out).first();
    REQUIRE(sheet.at(2).size() == 2);
    CHECK(sheet.at(3).at(1).text.size() == 18);
    CHECK_FALSE(sheet.at(3).at(1).text.contains(QLatin1Char('*')));
}

TEST_CASE("partydesk scoring report writes the annual report, and scoring import keeps bad files out",
          "[rating][cli]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("2025.pdf"));
    Run run = runPartydesk({QStringLiteral("scoring"), QStringLiteral("report"), QStringLiteral("--year"),
                            QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("--out"), pdf, QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    for (const Organisation& org : temp.workspace().organisations().all())
        if (org.type == OrgType::GridBranch)
            CHECK(text.contains(org.name));
    CHECK(pdfPageCount(pdf) >= 12); // ranking, star levels, ten sheets

    // A sheet workbook for 2025 with one value above its task's maximum.
    const RatingYear year = *temp.workspace().ratings().loadYear(2025);
    QList<ScoreSheet> sheets = year.sheets;
    const RatingTask& task = year.ratingTemplate.aspects[0].tasks[0];
    sheets[0].tasks[task.id].assessed = task.maxPoints + Score::whole(1);
    sheets[1].tasks[task.id].assessed = Score(); // a valid change on another sheet
    QList<Organisation> branches;
    for (const Organisation& org : temp.workspace().organisations().all())
        if (year.orgIds.contains(org.id))
            branches << org;
    const QString xlsx = dir.filePath(QStringLiteral("filled.xlsx"));
    REQUIRE(writeXlsx(
                scoreSheetWorkbook(year.ratingTemplate, branches, organisationDisplayNames(branches), sheets),
                xlsx)
                .isEmpty());
    const QStringList import = {
        QStringLiteral("scoring"), QStringLiteral("import"), xlsx,       QStringLiteral("--year"),
        QStringLiteral("2025"),    QStringLiteral("--db"),   temp.path()};
    // 2025 is finished: nothing is imported without a reason to reopen it.
    run = runPartydesk(import + QStringList{QStringLiteral("--keep-valid")});
    CHECK(run.exitCode == 1);
    CHECK(run.output.contains(QStringLiteral("--reopen")));
    CHECK(temp.workspace().ratings().sheet(year.sessionId, year.orgIds[1]).tasks.value(task.id).assessed !=
          Score());

    const QStringList reopen = {QStringLiteral("--reopen"), QStringLiteral("复核更正")};
    run = runPartydesk(import + reopen);
    CHECK(run.exitCode != 0);
    CHECK(run.output.contains(QRegularExpression(QStringLiteral("row 4|第 4 行")))); // in the user's language
    CHECK(temp.workspace().ratings().sheet(year.sessionId, year.orgIds[1]).tasks.value(task.id).assessed !=
          Score());

    run = runPartydesk(import + reopen + QStringList{QStringLiteral("--keep-valid")});
    CHECK(run.exitCode == 3); // saved, with problems reported
    const RatingYear after = *temp.workspace().ratings().loadYear(2025);
    CHECK(after.sheets[1].tasks.value(task.id).assessed == Score());
    CHECK(temp.workspace().audit().count(QStringLiteral("rating.reopen")) == 1);
    CHECK(after.sheets[0].tasks.value(task.id).assessed == year.sheets[0].tasks.value(task.id).assessed);
}

TEST_CASE("Every command prints its help without a display and exits 0", "[cli][issue8]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    const auto run = [&env](const QStringList& arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PARTYDESK_BINARY), arguments);
        process.waitForFinished(60000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAll())};
    };
    const QStringList commands = {QStringLiteral("demo"), QStringLiteral("export"), QStringLiteral("report"),
                                  QStringLiteral("scoring"), QStringLiteral("screenshot")};
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
          QStringList{QStringLiteral("-h")}}) {
        const Run general = run(arguments);
        INFO(general.output.toStdString());
        CHECK(general.exitCode == 0);
        for (const QString& command : commands)
            CHECK(general.output.contains(QStringLiteral("\n  %1 ").arg(command)));
        CHECK(general.output.contains(QStringLiteral("用法")));
    }
    for (const QString& command : commands) {
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("help"), command}, QStringList{command, QStringLiteral("--help")}}) {
            const Run help = run(arguments);
            INFO(help.output.toStdString());
            CHECK(help.exitCode == 0);
            CHECK(help.output.contains(QStringLiteral("--")));
            CHECK(help.output.contains(QStringLiteral("用法")));
        }
    }
    const Run unknown = run({QStringLiteral("bogus")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.output.contains(QStringLiteral("bogus")));
    for (const QString& command : commands)
        CHECK(unknown.output.contains(QStringLiteral("\n  %1 ").arg(command)));
}

TEST_CASE("partydesk scoring new-year and sheets run the cycle without the window", "[cli][rating][issue9]")
{
    TempWorkspace temp(true);
    QTemporaryDir dir;
    Run run = runPartydesk({QStringLiteral("scoring"), QStringLiteral("new-year"), QStringLiteral("--year"),
                            QStringLiteral("2026"), QStringLiteral("--db"), temp.path()});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    const std::optional<RatingYear> year = temp.workspace().ratings().loadYear(2026);
    REQUIRE(year);
    CHECK(year->orgIds == temp.workspace().ratings().loadYear(2025)->orgIds); // last year's branches
    CHECK(year->ratingTemplate.taskCount() == 34);

    // Sheets of one branch: the same workbook the window writes, read back whole.
    const qint64 branch = year->orgIds[2];
    const QString out = dir.filePath(QStringLiteral("sheets.xlsx"));
    run = runPartydesk({QStringLiteral("scoring"), QStringLiteral("sheets"), QStringLiteral("--year"),
                        QStringLiteral("2026"), QStringLiteral("--org"), QString::number(branch),
                        QStringLiteral("--out"), out, QStringLiteral("--db"), temp.path()});
    REQUIRE(run.exitCode == 0);
    const ScoreSheetImport read =
        readScoreSheets(out, year->ratingTemplate, temp.workspace().organisations().all());
    CHECK(read.problems.isEmpty());
    REQUIRE(read.sheets.size() == 1);
    CHECK(read.sheets.first().orgId == branch);
    const QMap<QString, Sheet> sheets = readWithLibreOffice(out);
    REQUIRE(sheets.size() == 1);
    const Sheet sheet = sheets.first();
    CHECK(sheet[3][0].text == QStringLiteral("T1"));
    CHECK(sheet[3 + 34][0].text == QStringLiteral("B1"));
}
