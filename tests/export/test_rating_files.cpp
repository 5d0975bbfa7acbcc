#include "domain/OrganisationTree.h"
#include "ExternalReaders.h"
#include "rating/RatingReport.h"
#include "rating/ScoreSheetImport.h"
#include "rating/TemplateFile.h"
#include "report/XlsxReader.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QProcess>
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

} // namespace

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
                CHECK(back.items.value(it.key()).points == Approx(it->points));
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
    sheets[1].tasks[firstTask].assessed = t.aspects[0].tasks[0].maxPoints + 2; // above the maximum
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
    CHECK(back.maxPoints() == Approx(100));
    CHECK(back.aspects[2].tasks[1].guide == original.aspects[2].tasks[1].guide);
    REQUIRE(back.items.size() == original.items.size());
    CHECK(back.items.last().kind == RatingItem::Kind::Veto);
    CHECK(back.fiveStars == 90);
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
}
