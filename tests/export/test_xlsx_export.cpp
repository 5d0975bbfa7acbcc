#include "domain/IdNumber.h"
#include "domain/OrganisationTree.h"
#include "domain/PartyMembership.h"
#include "ExternalReaders.h"
#include "report/MemberStatistics.h"
#include "report/RosterExport.h"
#include "report/XlsxReportWriter.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <sys/resource.h>

using namespace partydesk;
using namespace partydesk::test;

namespace {

struct RosterFixture
{
    TempWorkspace temp{true};
    std::vector<RosterRow> roster = temp.workspace().members().roster();
    std::vector<const RosterRow*> rows;
    QHash<qint64, QString> names = organisationDisplayNames(temp.workspace().organisations().all());

    RosterFixture()
    {
        for (const RosterRow& row : roster)
            rows.push_back(&row);
    }

    RosterExportOptions options(bool fullIds) const
    {
        RosterExportOptions o;
        o.organisationName = QStringLiteral("东风街道党工委");
        o.today = QDate(2026, 11, 15);
        o.fullIdNumbers = fullIds;
        o.fullPhoneNumbers = fullIds;
        o.columns = defaultRosterColumns(fullIds);
        return o;
    }
};

int columnOf(const Sheet& sheet, const QString& header)
{
    const QList<SheetCell>& headers = sheet.at(2);
    for (int c = 0; c < headers.size(); ++c)
        if (headers[c].text == header)
            return c;
    return -1;
}

} // namespace

TEST_CASE("The roster workbook reads back in LibreOffice with whole ID numbers, text phones and real dates",
          "[export][xlsx]")
{
    RosterFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("花名册.xlsx"));
    REQUIRE(writeXlsx({rosterReport(f.rows, f.names, f.options(true))}, path).isEmpty());

    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.contains(QStringLiteral("Roster")));
    const Sheet& sheet = sheets[QStringLiteral("Roster")];
    CHECK(sheet.at(0).at(0).text == QStringLiteral("Party member roster"));
    CHECK(sheet.at(1).at(0).text.contains(QStringLiteral("东风街道党工委")));
    REQUIRE(sheet.size() == 3 + 400);
    const int id = columnOf(sheet, QStringLiteral("ID number"));
    const int phone = columnOf(sheet, QStringLiteral("Phone"));
    const int birth = columnOf(sheet, QStringLiteral("Birth date"));
    const int number = columnOf(sheet, QStringLiteral("No."));
    const int name = columnOf(sheet, QStringLiteral("Name"));
    const int org = columnOf(sheet, QStringLiteral("Organisation"));
    REQUIRE((id >= 0 && phone >= 0 && birth >= 0 && number >= 0 && name >= 0 && org >= 0));
    for (int r = 0; r < 400; ++r) {
        const QList<SheetCell>& cells = sheet.at(3 + r);
        const RosterRow& source = *f.rows[size_t(r)];
        INFO("row " << r);
        CHECK(cells.at(id).type == QStringLiteral("string"));
        CHECK(cells.at(id).text == source.idNumber);
        CHECK(cells.at(id).text.size() == 18);
        CHECK(cells.at(phone).type == QStringLiteral("string"));
        CHECK(cells.at(phone).text == source.phone);
        CHECK(cells.at(birth).type == QStringLiteral("date"));
        CHECK(cells.at(birth).value.startsWith(source.birthDate.toString(Qt::ISODate)));
        CHECK(cells.at(number).type == QStringLiteral("float"));
        CHECK(cells.at(number).value.toInt() == r + 1);
        CHECK(cells.at(name).text == source.name);
        CHECK(cells.at(org).text == f.names.value(source.orgId));
    }
}

TEST_CASE("ID and phone numbers are masked in a workbook unless full numbers were chosen, and the birth "
          "date is left out",
          "[export][xlsx]")
{
    RosterFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("masked.xlsx"));
    REQUIRE(writeXlsx({rosterReport(f.rows, f.names, f.options(false))}, path).isEmpty());
    const Sheet sheet = readWithLibreOffice(path).value(QStringLiteral("Roster"));
    const int id = columnOf(sheet, QStringLiteral("ID number"));
    const int phone = columnOf(sheet, QStringLiteral("Phone"));
    REQUIRE(id >= 0);
    REQUIRE(phone >= 0);
    // Beside a masked ID number the birth date would leave only a handful of possible numbers.
    CHECK(columnOf(sheet, QStringLiteral("Birth date")) < 0);
    int phones = 0;
    for (int r = 3; r < sheet.size(); ++r) {
        const RosterRow& source = *f.rows[size_t(r - 3)];
        CHECK(sheet[r][id].text == IdNumber::masked(source.idNumber));
        if (source.phone.size() == 11) {
            ++phones;
            CHECK(sheet[r][phone].text ==
                  source.phone.left(3) + QStringLiteral("****") + source.phone.right(4));
        }
    }
    CHECK(phones > 100);
}

TEST_CASE("Cell values that look like formulas stay text", "[export][xlsx]")
{
    const QStringList values = {QStringLiteral("=1+2"), QStringLiteral("+8613800000000"),
                                QStringLiteral("-5"), QStringLiteral("@SUM(A1:A2)"),
                                QStringLiteral("=HYPERLINK(\"http://x\")")};
    TableReport report;
    report.title = QStringLiteral("t");
    report.sheetName = QStringLiteral("s");
    report.columns = {{QStringLiteral("text"), ReportColumn::Kind::Text, 10}};
    report.rowCount = int(values.size());
    report.cell = [&](int r, int) { return QVariant(values[r]); };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("formulas.xlsx"));
    REQUIRE(writeXlsx({report}, path).isEmpty());
    const Sheet sheet = readWithLibreOffice(path).value(QStringLiteral("s"));
    REQUIRE(sheet.size() == 3 + values.size());
    for (int r = 0; r < values.size(); ++r) {
        CHECK(sheet[3 + r][0].type == QStringLiteral("string"));
        CHECK(sheet[3 + r][0].text == values[r]);
    }
}

TEST_CASE("The statistics workbook counts Party members on every sheet, the others by status",
          "[export][xlsx][party-members]")
{
    RosterFixture f;
    const MemberStatistics statistics(f.roster, f.temp.workspace().organisations().all(), 0,
                                      QDate(2026, 11, 15));
    QList<TableReport> reports;
    for (MemberStatistics::Dimension d : MemberStatistics::dimensions())
        reports << statistics.report(d, QStringLiteral("东风街道党工委"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statistics.xlsx"));
    REQUIRE(writeXlsx(reports, path).isEmpty());

    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    CHECK(sheets.size() == 7);
    // Party members (正式 + 预备) are what the tables count; the demo's 400 people include others.
    int partyMembers = 0;
    for (const RosterRow& row : f.roster)
        partyMembers += !row.leftOn.isValid() && isPartyMember(row.status);
    REQUIRE(partyMembers < 400);
    const Sheet category = sheets.value(MemberStatistics::title(MemberStatistics::Dimension::Category));
    REQUIRE(category.size() > 4);
    CHECK(category.at(2).at(1).text == QStringLiteral("Party members"));
    const QList<SheetCell> total = category.last();
    CHECK(total.at(0).text == QStringLiteral("Total"));
    CHECK(total.at(1).value.toInt() == partyMembers);
    int sum = 0;
    for (int c = 2; c < total.size(); ++c)
        sum += total[c].value.toInt();
    CHECK(sum == partyMembers);
    // The street (first row) holds everyone.
    CHECK(category.at(3).at(0).text == QStringLiteral("东风街道党工委"));
    CHECK(category.at(3).at(1).value.toInt() == partyMembers);
    // The status sheet counts the others too, each in its own column, and not as Party members.
    const Sheet status = sheets.value(MemberStatistics::title(MemberStatistics::Dimension::Status));
    REQUIRE(status.size() > 4);
    CHECK(status.last().at(1).value.toInt() == partyMembers);
    int people = 0;
    for (int c = 2; c < status.last().size(); ++c)
        people += status.last()[c].value.toInt();
    CHECK(people == 396); // on the roster: the demo's 400 less the 4 transferred out
}

TEST_CASE("A cancelled or failed workbook leaves no file behind", "[export][xlsx]")
{
    RosterFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.xlsx"));
    const QString error =
        writeXlsx({rosterReport(f.rows, f.names, f.options(false))}, path, [](int, int) { return false; });
    CHECK(error.contains(QStringLiteral("Cancelled")));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/x.xlsx"));
    CHECK_FALSE(writeXlsx({rosterReport(f.rows, f.names, f.options(false))}, missing).isEmpty());
    CHECK_FALSE(QFile::exists(missing));
}

namespace {

TableReport smallReport(const QString& sheet, int rows, const QString& firstCell = QString())
{
    TableReport t;
    t.title = sheet + QStringLiteral(" 标题");
    t.subtitle = QStringLiteral("副标题");
    t.sheetName = sheet;
    t.columns = {{QStringLiteral("序号"), ReportColumn::Kind::Number, 3},
                 {QStringLiteral("内容"), ReportColumn::Kind::Text, 10}};
    t.rowCount = rows;
    t.cell = [sheet, firstCell](int r, int c) -> QVariant {
        if (c == 0)
            return r + 1;
        return r == 0 && !firstCell.isNull() ? firstCell : QStringLiteral("%1 第%2行").arg(sheet).arg(r + 1);
    };
    return t;
}

// Lowers the limit of open files for the scope, as Windows' C runtime (512) or a tight ulimit has it.
class OpenFileLimit
{
public:
    explicit OpenFileLimit(rlim_t limit)
    {
        getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = std::min<rlim_t>(limit, m_saved.rlim_max);
        setrlimit(RLIMIT_NOFILE, &lowered);
    }
    ~OpenFileLimit() { setrlimit(RLIMIT_NOFILE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

TEST_CASE("A workbook with a sheet per branch is written whole under a limit of 100 open files",
          "[export][xlsx][issue11]")
{
    // Twice as many sheets as open files: the old writer kept a temporary file open per sheet.
    QList<TableReport> reports;
    for (int i = 0; i < 200; ++i)
        reports << smallReport(QStringLiteral("第%1支部").arg(i + 1), 10);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("branches.xlsx"));
    QString error;
    {
        const OpenFileLimit limit(100);
        error = writeXlsx(reports, path);
    }
    REQUIRE(error.isEmpty());
    const QMap<QString, Sheet> sheets = readWithLibreOffice(path);
    REQUIRE(sheets.size() == 200);
    const Sheet& last = sheets.value(QStringLiteral("第200支部"));
    REQUIRE(last.size() == 13);
    CHECK(last.at(12).at(1).text == QStringLiteral("第200支部 第10行"));
    CHECK(sheets.value(QStringLiteral("第1支部")).at(3).at(1).text == QStringLiteral("第1支部 第1行"));
}

TEST_CASE("Tables marked for the same sheet are written one below the other", "[export][xlsx][issue11]")
{
    TableReport first = smallReport(QStringLiteral("一支部"), 2);
    TableReport second = smallReport(QStringLiteral("考勤"), 3);
    second.sameSheetAsPrevious = true;
    TableReport other = smallReport(QStringLiteral("二支部"), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stacked.xlsx"));
    REQUIRE(writeXlsx({first, second, other}, path).isEmpty());
    CHECK(sheetOrder(path) == QStringList{QStringLiteral("一支部"), QStringLiteral("二支部")});
    const Sheet sheet = readWithLibreOffice(path).value(QStringLiteral("一支部"));
    // Title, subtitle, header, 2 rows, a blank row, then the second table's title, subtitle, header, 3 rows.
    REQUIRE(sheet.size() >= 12);
    CHECK(sheet.at(0).at(0).text == QStringLiteral("一支部 标题"));
    CHECK(sheet.at(4).at(1).text == QStringLiteral("一支部 第2行"));
    CHECK(sheet.at(6).at(0).text == QStringLiteral("考勤 标题"));
    CHECK(sheet.at(8).at(1).text == QStringLiteral("内容"));
    CHECK(sheet.at(11).at(1).text == QStringLiteral("考勤 第3行"));
}

TEST_CASE("A document's lines to sign are written under its table, two to a row", "[export][xlsx]")
{
    TableReport report = smallReport(QStringLiteral("月报"), 2);
    report.signatures = {QStringLiteral("填报单位（盖章）"), QStringLiteral("填报人"),
                         QStringLiteral("审核人")};
    TableReport next = smallReport(QStringLiteral("考勤"), 1);
    next.sameSheetAsPrevious = true;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signed.xlsx"));
    REQUIRE(writeXlsx({report, next}, path).isEmpty());
    const Sheet sheet = readWithLibreOffice(path).value(QStringLiteral("月报"));
    // Title, subtitle, header, 2 rows, a blank row, two rows of signatures, a blank row, the next table.
    REQUIRE(sheet.size() >= 10);
    CHECK(sheet.at(6).at(0).text.startsWith(QStringLiteral("填报单位（盖章）：")));
    bool reviewerBesideFiller = false;
    for (const SheetCell& cell : sheet.at(6))
        reviewerBesideFiller = reviewerBesideFiller || cell.text.startsWith(QStringLiteral("填报人："));
    CHECK(reviewerBesideFiller);
    CHECK(sheet.at(7).at(0).text.startsWith(QStringLiteral("审核人：")));
    CHECK(sheet.at(9).at(0).text == QStringLiteral("考勤 标题"));
}

TEST_CASE("A cell Excel cannot hold fails the export with its sheet and row, and leaves no file",
          "[export][xlsx][issue11]")
{
    const QString tooLong(40000, QChar(u'记'));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.xlsx"));
    const QString error = writeXlsx(
        {smallReport(QStringLiteral("一支部"), 1), smallReport(QStringLiteral("会议记录"), 2, tooLong)},
        path);
    CHECK(error.contains(QStringLiteral("会议记录")));
    CHECK(error.contains(QStringLiteral("4"))); // the first data row, under title, subtitle and header
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
