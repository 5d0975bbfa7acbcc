#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "rating/RatingReport.h"
#include "rating/RatingService.h"
#include "rating/ScoreSheetImport.h"
#include "rating/TemplateFile.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

using namespace partydesk;
using namespace partydesk::test;

namespace {

struct Fixture
{
    TempWorkspace temp{true};
    RatingYear year = *temp.workspace().ratings().loadYear(2025);
    QList<Organisation> organisations = temp.workspace().organisations().all();
    QHash<qint64, QString> names = organisationDisplayNames(organisations);

    QList<Organisation> branches() const
    {
        QList<Organisation> list;
        for (const Organisation& org : organisations)
            if (year.orgIds.contains(org.id))
                list << org;
        return list;
    }
};

// Opens and saves the workbook in LibreOffice, as a clerk who edits it in a spreadsheet would.
QString resavedByLibreOffice(const QString& xlsx, const QString& folder)
{
    QTemporaryDir profile;
    QProcess process;
    process.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                   QStringLiteral("--outdir"), folder, xlsx});
    process.waitForFinished(180000);
    return QDir(folder).filePath(QFileInfo(xlsx).fileName());
}

// A workspace whose first rated year is being scored: the demo's organisations without its
// ratings, so task ids and item ids both start at 1 as they do for a new user.
struct FirstYear
{
    TempWorkspace temp{true};
    int year = 2026;

    FirstYear() { startRatingYearAfresh(temp, year); }
    RatingYear load() { return *temp.workspace().ratings().loadYear(year); }
    const RatingItem& item(const RatingTemplate& t, RatingItem::Kind kind)
    {
        for (const RatingItem& i : t.items)
            if (i.kind == kind)
                return i;
        FAIL("no item of that kind");
        return t.items.first();
    }
};

// Writes `sheets` as the program's own workbook, lets `edit` change cells by (sheet, row, column),
// and returns the path. Rows and columns as on the sheet: row 4 is the first line.
QString workbookWith(const QString& folder, const RatingYear& year, const QList<Organisation>& organisations,
                     const std::function<void(QList<TableReport>&)>& edit = {})
{
    QList<TableReport> workbook = scoreSheetsOfYear(year, organisations);
    if (edit)
        edit(workbook);
    const QString path = QDir(folder).filePath(QStringLiteral("sheets.xlsx"));
    REQUIRE(writeXlsx(workbook, path).isEmpty());
    return path;
}

// Replaces the cell at (line, column) of every sheet in `report`.
void overrideCell(TableReport& report, int line, int column, const QVariant& value)
{
    const auto original = report.cell;
    report.cell = [original, line, column, value](int r, int c) {
        return r == line && c == column ? value : original(r, c);
    };
}

} // namespace

TEST_CASE("First year: item rows never land on tasks, and vetoes and deductions count",
          "[rating][xlsx][issue9]")
{
    FirstYear f;
    RatingYear year = f.load();
    const RatingTemplate& t = year.ratingTemplate;
    REQUIRE(t.aspects[0].tasks[0].id == 1); // ids of tasks and items both start at 1
    REQUIRE(t.items[0].id == 1);
    // Every branch's committee gives every task its maximum less a half point where it can.
    for (ScoreSheet& sheet : year.sheets)
        for (const RatingAspect& aspect : t.aspects)
            for (const RatingTask& task : aspect.tasks)
                sheet.tasks.insert(task.id, {std::nullopt, task.maxPoints - Score::fromHundredths(50), {}});
    const RatingItem& bonus = f.item(t, RatingItem::Kind::Bonus);
    const RatingItem& deduction = f.item(t, RatingItem::Kind::Deduction);
    const RatingItem& veto = f.item(t, RatingItem::Kind::Veto);
    year.sheets[0].items.insert(bonus.id, {Score::whole(2), false, {}});
    year.sheets[1].items.insert(deduction.id, {Score::whole(1), false, {}});
    year.sheets[2].items.insert(veto.id, {Score(), true, {}});
    const QList<Organisation> organisations = f.temp.workspace().organisations().all();
    QTemporaryDir dir;
    const QString path = workbookWith(dir.path(), year, organisations);

    const ScoreSheetImport read = readScoreSheets(path, t, organisations);
    INFO(read.problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(read.problems.isEmpty());
    REQUIRE(read.sheets.size() == year.sheets.size());
    for (const ScoreSheet& back : read.sheets) {
        const ScoreSheet& sent = year.sheets[year.orgIds.indexOf(back.orgId)];
        for (const RatingAspect& aspect : t.aspects)
            for (const RatingTask& task : aspect.tasks)
                CHECK(back.tasks.value(task.id).assessed == sent.tasks.value(task.id).assessed);
    }
    REQUIRE(f.temp.workspace().ratingService().importSheets(f.year, read.sheets).ok());
    const RatingYear saved = f.load();
    const RatingOutcome outcome = computeRatings(t, saved.sheets, {});
    const Score base = t.maxPoints() - Score::fromHundredths(50 * t.taskCount());
    CHECK(outcome.results[0].total == base + Score::whole(2));
    CHECK(outcome.results[1].total == base - Score::whole(1));
    CHECK(outcome.results[2].vetoed);
    CHECK(outcome.results[2].stars == 1);
}

TEST_CASE("Unknown codes, bad marks and bad numbers are named by sheet and row", "[rating][xlsx][issue9]")
{
    FirstYear f;
    const RatingYear year = f.load();
    const QList<Organisation> organisations = f.temp.workspace().organisations().all();
    const int tasks = year.ratingTemplate.taskCount();
    int vetoLine = -1;
    const QList<ScoreSheetLine> lines = scoreSheetLines(year.ratingTemplate);
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].code == QLatin1String("V1"))
            vetoLine = i;
    REQUIRE(vetoLine > tasks);
    QTemporaryDir dir;
    const QString path = workbookWith(dir.path(), year, organisations, [&](QList<TableReport>& workbook) {
        overrideCell(workbook[0], 0, 5, QStringLiteral("inf"));
        overrideCell(workbook[1], 1, 5, QStringLiteral("nan"));
        overrideCell(workbook[2], 2, 5, 1.996); // three decimals in a number cell
        overrideCell(workbook[3], 3, 0, QStringLiteral("T99"));
        overrideCell(workbook[4], vetoLine, 5, QStringLiteral("大概"));
        overrideCell(workbook[5], vetoLine, 5, QStringLiteral("有"));
        overrideCell(workbook[6], 4, 0, QStringLiteral("7")); // an id without a kind
    });
    const ScoreSheetImport read = readScoreSheets(path, year.ratingTemplate, organisations);
    const QString all = read.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(read.badSheets == 6);
    CHECK(all.contains(QStringLiteral("row 4")));
    CHECK(all.contains(QStringLiteral("\"inf\"")));
    CHECK(all.contains(QStringLiteral("\"nan\"")));
    CHECK(all.contains(QStringLiteral("1.996")));
    CHECK(all.contains(QStringLiteral("T99")));
    CHECK(all.contains(QStringLiteral("大概")));
    CHECK(all.contains(QStringLiteral("row %1").arg(4 + vetoLine)));
    // "有" is a veto: the sixth sheet is sound and vetoed.
    bool vetoed = false;
    for (const ScoreSheet& sheet : read.sheets)
        if (sheet.orgId == year.orgIds[5])
            for (const ItemScore& item : sheet.items)
                vetoed = vetoed || item.applied;
    CHECK(vetoed);
}

TEST_CASE("A finished year is final until reopened with a reason", "[rating][issue9]")
{
    FirstYear f;
    Workspace& w = f.temp.workspace();
    const RatingYear year = f.load();
    const RatingTask& task = year.ratingTemplate.aspects[0].tasks[0];
    REQUIRE(w.ratingService()
                .saveTaskScore(f.year, year.orgIds[0], task.id, {std::nullopt, Score::whole(2), {}})
                .ok());
    REQUIRE(w.ratingService().finishYear(f.year).ok());
    CHECK(w.ratingService().isFinished(f.year));
    CHECK(w.audit().count(QStringLiteral("rating.finish")) == 1);

    const ServiceResult typed =
        w.ratingService().saveTaskScore(f.year, year.orgIds[0], task.id, {std::nullopt, Score::whole(3), {}});
    CHECK(typed.kind == ServiceResult::Kind::Refused);
    CHECK(typed.message.contains(QStringLiteral("reopen")));
    ScoreSheet sheet = year.sheets[0];
    sheet.tasks.insert(task.id, {std::nullopt, Score::whole(1), {}});
    CHECK_FALSE(w.ratingService().importSheets(f.year, {sheet}).ok());
    CHECK(w.ratings().loadYear(f.year)->sheets[0].tasks.value(task.id).assessed == Score::whole(2));

    CHECK(w.ratingService().reopenYear(f.year, QStringLiteral("  ")).kind == ServiceResult::Kind::Invalid);
    CHECK(w.ratingService().importSheets(f.year, {sheet}, QStringLiteral("复核发现第一项计分错误")).ok());
    CHECK_FALSE(w.ratingService().isFinished(f.year));
    CHECK(w.audit().count(QStringLiteral("rating.reopen")) == 1);
    CHECK(w.ratings().loadYear(f.year)->sheets[0].tasks.value(task.id).assessed == Score::whole(1));
}

TEST_CASE("The service refuses what a form or a file must not save", "[rating][issue9]")
{
    FirstYear f;
    Workspace& w = f.temp.workspace();
    const RatingYear year = f.load();
    const RatingTask& task = year.ratingTemplate.aspects[0].tasks[0];
    const ServiceResult above = w.ratingService().saveTaskScore(
        f.year, year.orgIds[0], task.id, {std::nullopt, task.maxPoints + Score::fromHundredths(1), {}});
    CHECK(above.kind == ServiceResult::Kind::Invalid);
    const RatingItem& veto = f.item(year.ratingTemplate, RatingItem::Kind::Veto);
    CHECK_FALSE(
        w.ratingService().saveItemScore(f.year, year.orgIds[0], veto.id, {Score::whole(3), false, {}}).ok());
    CHECK(w.ratings().loadYear(f.year)->sheets[0].tasks.isEmpty());
}

TEST_CASE("Filled score sheets go out and come back, also after a spreadsheet saved them", "[rating][xlsx]")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheets.xlsx"));
    REQUIRE(writeXlsx(scoreSheetWorkbook(f.year.ratingTemplate, f.branches(), f.names, f.year.sheets), path)
                .isEmpty());

    QDir(dir.path()).mkdir(QStringLiteral("resaved"));
    const QString resaved = resavedByLibreOffice(path, dir.filePath(QStringLiteral("resaved")));
    for (const QString& file : {path, resaved}) {
        INFO(file.toStdString());
        const ScoreSheetImport read = readScoreSheets(file, f.year.ratingTemplate, f.organisations);
        CHECK(read.fatal.isEmpty());
        CHECK(read.problems.isEmpty());
        REQUIRE(read.sheets.size() == f.year.sheets.size());
        for (const ScoreSheet& back : read.sheets) {
            const ScoreSheet& original = f.year.sheets[f.year.orgIds.indexOf(back.orgId)];
            CHECK(back.tasks.size() == original.tasks.size());
            for (auto it = original.tasks.cbegin(); it != original.tasks.cend(); ++it) {
                CHECK(back.tasks.value(it.key()).assessed == it->assessed);
                CHECK(back.tasks.value(it.key()).self == it->self);
            }
            for (auto it = original.items.cbegin(); it != original.items.cend(); ++it) {
                CHECK(back.items.value(it.key()).applied == it->applied);
                CHECK(back.items.value(it.key()).points == it->points);
            }
        }
    }
}

TEST_CASE("Malformed sheets are reported by sheet and row, and only sound sheets are kept", "[rating][xlsx]")
{
    Fixture f;
    const RatingTemplate& t = f.year.ratingTemplate;
    QList<ScoreSheet> sheets = f.year.sheets.mid(0, 3);
    const qint64 firstTask = t.aspects[0].tasks[0].id;
    sheets[1].tasks[firstTask].assessed =
        t.aspects[0].tasks[0].maxPoints + Score::whole(2); // above the maximum
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
    QList<TableReport> workbook = scoreSheetWorkbook(t, f.branches().mid(0, 3), f.names, sheets);
    // A sheet of another year and a sheet without its mark.
    workbook[2].subtitle.replace(QStringLiteral("/2025]"), QStringLiteral("/2019]"));
    TableReport stray = workbook[0];
    stray.sheetName = QStringLiteral("备注");
    stray.subtitle = QStringLiteral("随便写的");
    workbook << stray;
    REQUIRE(writeXlsx(workbook, path).isEmpty());

    const ScoreSheetImport read = readScoreSheets(path, t, f.organisations);
    CHECK(read.sheets.size() == 1);
    CHECK(read.badSheets == 3);
    const QString all = read.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("row 4"))); // the first task sits on the sheet's fourth row
    CHECK(all.contains(QStringLiteral("2019")));
    CHECK(all.contains(QStringLiteral("备注")));

    CHECK_FALSE(
        readScoreSheets(dir.filePath(QStringLiteral("missing.xlsx")), t, f.organisations).fatal.isEmpty());
}

TEST_CASE("A template goes out as a workbook and comes back the same", "[rating][xlsx]")
{
    const RatingTemplate original = defaultRatingTemplate(2026);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("template.xlsx"));
    REQUIRE(writeXlsx(templateWorkbook(original), path).isEmpty());
    QStringList problems;
    const RatingTemplate back = readTemplateWorkbook(path, 2027, &problems);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
    CHECK(back.year == 2027);
    CHECK(back.name == original.name);
    REQUIRE(back.aspects.size() == original.aspects.size());
    CHECK(back.taskCount() == 34);
    CHECK(back.maxPoints() == Score::whole(100));
    CHECK(back.aspects[2].tasks[1].guide == original.aspects[2].tasks[1].guide);
    REQUIRE(back.items.size() == original.items.size());
    CHECK(back.items.last().kind == RatingItem::Kind::Veto);
    CHECK(back.fiveStars == Score::whole(90));
}

TEST_CASE("The annual report lists the ranking with ties and the sheets", "[rating][pdf][xlsx]")
{
    Fixture f;
    const std::unique_ptr<RatingReport> report =
        loadRatingReport(f.temp.workspace().ratings(), f.organisations, 2025);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(writeXlsx(report->all(), path).isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    CHECK(sheets.size() == 2 + 10);
    const Sheet ranking = sheets.value(QStringLiteral("Ranking"));
    REQUIRE(ranking.size() == 3 + 10);
    QList<int> ranks;
    for (int r = 3; r < ranking.size(); ++r)
        ranks << ranking[r][0].value.toInt();
    // Ties share a rank and the next rank skips: the ranks never go down and start at 1.
    CHECK(ranks.first() == 1);
    CHECK(std::is_sorted(ranks.begin(), ranks.end()));
    CHECK(QSet<int>(ranks.begin(), ranks.end()).size() < ranks.size());

    // Totals in hundredths, and every lagging branch marked as such in the state column.
    const int state = int(ranking[2].size()) - 1;
    const int total = state - 3;
    int lagging = 0;
    for (int r = 3; r < ranking.size(); ++r) {
        CHECK(ranking[r][total].text.contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d\\d$"))));
        const RatingResult* result = nullptr;
        for (const RatingResult& x : report->outcome().results)
            if (f.names.value(x.orgId) == ranking[r][1].text)
                result = &x;
        REQUIRE(result);
        CHECK(ranking[r][state].text == resultStateText(*result));
        lagging += result->lagging;
        if (result->lagging)
            CHECK_FALSE(ranking[r][state].text.isEmpty());
    }
    CHECK(lagging == 2); // the lagging branch and the vetoed one
    CHECK(ranking[1][0].text.contains(rankingRuleText()));
}
