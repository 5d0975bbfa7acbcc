#include "ExternalReaders.h"
#include "reports/ColumnFit.h"
#include "reports/ReportRenderer.h"

#include <catch2/catch.hpp>
#include <QFont>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

namespace {

using K = ReportColumn::Kind;

TableReport table(const QString& title, QList<ReportColumn> columns, QList<QStringList> rows)
{
    auto data = std::make_shared<QList<QStringList>>(std::move(rows));
    TableReport t;
    t.title = title;
    t.subtitle = QStringLiteral("和平社区党委 · 2026-11");
    t.sheetName = title.left(31);
    t.columns = std::move(columns);
    t.rowCount = int(data->size());
    t.cell = [data](int r, int c) -> QVariant { return (*data)[r][c]; };
    return t;
}

// The page's extent of drawn (dark) pixels in x, as fractions of the page's width, from pdftoppm.
std::pair<double, double> inkExtent(const QString& pdf, int page)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-gray"),
                       QStringLiteral("-png"), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-singlefile"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    int left = image.width(), right = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    return {double(left) / image.width(), double(right + 1) / image.width()};
}

} // namespace

TEST_CASE("Header words and short bracketed parts are never split", "[export][pdf][layout]")
{
    CHECK(headerTokens(QStringLiteral("组织体系好（18分）")) ==
          QStringList{QStringLiteral("组"), QStringLiteral("织"), QStringLiteral("体"), QStringLiteral("系"),
                      QStringLiteral("好"), QStringLiteral("（18分）")});
    CHECK(headerTokens(QStringLiteral("Rate (%)")) ==
          QStringList{QStringLiteral("Rate"), QStringLiteral(" (%)")});
    CHECK(headerTokens(QStringLiteral("较上年，名次")).at(2) == QStringLiteral("年，"));

    const QFontMetricsF metrics(ReportRenderer::font(9));
    const QStringList tokens = headerTokens(QStringLiteral("服务时长（小时）"));
    const qreal narrow = metrics.horizontalAdvance(QStringLiteral("服务时长"));
    const QStringList lines = wrapTokens(tokens, metrics, narrow);
    CHECK(lines == QStringList{QStringLiteral("服务时长"), QStringLiteral("（小时）")});
}

TEST_CASE("A wide roster keeps every short value whole, landscape or smaller before breaking",
          "[export][pdf][layout]")
{
    QList<ReportColumn> columns = {{QStringLiteral("序号"), K::Number, 2.5}};
    QStringList row = {QStringLiteral("1")};
    // Fourteen columns of categorical values, as a roster with many fields chosen.
    const QStringList values = {QStringLiteral("初中及以下"),         QStringLiteral("流动党员（流出）"),
                                QStringLiteral("中国共产党正式党员"), QStringLiteral("和平社区第三网格"),
                                QStringLiteral("在职党员进社区"),     QStringLiteral("大学本科"),
                                QStringLiteral("少数民族"),           QStringLiteral("退休人员"),
                                QStringLiteral("预备党员转正"),       QStringLiteral("组织关系转出"),
                                QStringLiteral("生活困难党员"),       QStringLiteral("老党员"),
                                QStringLiteral("专业技术人员"),       QStringLiteral("党小组长")};
    for (int c = 0; c < values.size(); ++c) {
        columns << ReportColumn{QStringLiteral("字段%1").arg(c + 1), K::Text, 4};
        row << values[c];
    }
    QList<QStringList> rows;
    for (int r = 0; r < 30; ++r) {
        row[0] = QString::number(r + 1);
        rows << row;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(writePdf({table(QStringLiteral("党员花名册"), columns, rows)}, path, QStringLiteral("test"))
                .isEmpty());
    const QString text = pdfText(path, 1);
    for (const QString& value : values)
        CHECK(text.contains(value));
}

TEST_CASE("A document's parts follow each other on full-width pages, with the lines to sign",
          "[export][pdf][layout]")
{
    TableReport facts = table(QStringLiteral("第一党支部2026年11月组织生活情况"),
                              {{QStringLiteral("项目"), K::Text, 7}, {QStringLiteral("内容"), K::Text, 30}},
                              {{QStringLiteral("主题"), QStringLiteral("学习贯彻党的二十届四中全会精神")},
                               {QStringLiteral("地点"), QStringLiteral("社区党群服务中心")}});
    facts.keepPortrait = true;
    TableReport attendance = table(QStringLiteral("出勤"),
                                   {{QStringLiteral("序号"), K::Number, 2.5},
                                    {QStringLiteral("姓名"), K::Text, 5},
                                    {QStringLiteral("出勤情况"), K::Text, 4}},
                                   {{QStringLiteral("1"), QStringLiteral("张三"), QStringLiteral("出席")},
                                    {QStringLiteral("2"), QStringLiteral("李四"), QStringLiteral("请假")}});
    attendance.sameSheetAsPrevious = true;
    attendance.keepPortrait = true;
    attendance.caption = QStringLiteral("党员出勤情况");
    attendance.signatures = {QStringLiteral("填报单位（盖章）"), QStringLiteral("填报人"),
                             QStringLiteral("审核人"), QStringLiteral("日期")};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    ReportRenderer renderer({facts, attendance});
    REQUIRE(writePdf({facts, attendance}, path, QStringLiteral("test")).isEmpty());
    CHECK(pdfPageCount(path) == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("党员出勤情况")));
    CHECK(text.contains(QStringLiteral("填报单位（盖章）：")));
    CHECK(text.contains(QStringLiteral("审核人：")));
    // The tables span the text width: A4's 210 mm less two 15 mm margins.
    const auto [left, right] = inkExtent(path, 1);
    CHECK(left < 16.0 / 210);
    CHECK(right > 193.0 / 210);

    SECTION("A part that does not follow starts its own page")
    {
        attendance.sameSheetAsPrevious = false;
        REQUIRE(writePdf({facts, attendance}, path, QStringLiteral("test")).isEmpty());
        CHECK(pdfPageCount(path) == 2);
    }
}
