#include "tabular/CsvTableReader.h"
#include "tabular/TableReader.h"
#include "tabular/TextDecoding.h"
#include "TabularFiles.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::tabular;
using namespace partydesk::test;

namespace {

const QString roster =
    QStringLiteral("姓名,支部,入党日期\n张三,第一党支部,2001-07-01\n李四,\"第二党支部, 社区\",2010-05-04\n");

template <size_t N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, qsizetype(N - 1)); // NUL bytes included
}

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

QList<TableSheet> readBytes(const QByteArray& bytes, QString* error, const char* name = "名单.csv",
                            const TableLimits& limits = TableLimits())
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromUtf8(name));
    writeBytes(path, bytes);
    return readAll(path, error, limits);
}

void checkRoster(const QList<TableSheet>& sheets)
{
    REQUIRE(sheets.size() == 1);
    const TableSheet& s = sheets[0];
    CHECK(s.name == QStringLiteral("名单"));
    CHECK(s.rowCount() == 3);
    CHECK(s.cell(0, 0).text == QStringLiteral("姓名"));
    CHECK(s.cell(1, 1).text == QStringLiteral("第一党支部"));
    CHECK(s.cell(2, 1).text == QStringLiteral("第二党支部, 社区"));
    CHECK(s.cell(2, 2).type == TableCell::Type::Text); // CSV cells are text, dates included
    CHECK(s.cell(2, 2).text == QStringLiteral("2010-05-04"));
}

} // namespace

TEST_CASE("csv: UTF-8 with and without BOM, GB18030 and UTF-16 read the same", "[tabular][csv]")
{
    QString error;
    checkRoster(readBytes(roster.toUtf8(), &error));
    checkRoster(readBytes("\xEF\xBB\xBF" + roster.toUtf8(), &error));
    checkRoster(readBytes(encoded(roster, "GB18030"), &error));
    CHECK(decodeText(encoded(roster, "GB18030")).encoding == "GB18030");
    checkRoster(readBytes("\xFF\xFE" + encoded(roster, "UTF-16LE"), &error));
    checkRoster(readBytes("\xFE\xFF" + encoded(roster, "UTF-16BE"), &error));
    // A four-byte GB18030 character (U+20000, outside GBK) and the euro sign.
    const QString rare = QStringLiteral("名字\n\U00020000,€\n");
    const auto sheets = readBytes(encoded(rare, "GB18030"), &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].cell(1, 0).text == QStringLiteral("\U00020000"));
    CHECK(sheets[0].cell(1, 1).text == QStringLiteral("€"));
}

TEST_CASE("csv: bytes invalid in every likely encoding fail with the line named", "[tabular][csv]")
{
    QString error;
    // Line 3 holds a GBK lead byte followed by a newline: neither UTF-8 nor GB18030.
    const QByteArray bytes =
        encoded(QStringLiteral("姓名,支部,备注\n张三,第一党支部,按时参加组织生活\n"), "GB18030") + "x\xB0\n" +
        encoded(QStringLiteral("李四,第二党支部,缴纳党费\n"), "GB18030");
    CHECK(readBytes(bytes, &error).isEmpty());
    CHECK(error.contains(QStringLiteral("名单.csv")));
    CHECK(error.contains(QStringLiteral("3")));
    // UTF-8 after its BOM must be UTF-8 throughout.
    CHECK(readBytes("\xEF\xBB\xBF"
                    "a\nb\n\xC3\n",
                    &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("line 3")));
    // A lone surrogate in UTF-16, and an odd last byte.
    CHECK(readBytes(raw("\xFF\xFE"
                        "a\0\n\0\x00\xD8"
                        "b\0"),
                    &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK(readBytes(QByteArray("\xFF\xFE"
                               "a\0b",
                               5),
                    &error)
              .isEmpty());
}

TEST_CASE("csv: Western text that is neither UTF-8 nor GB18030 is guessed", "[tabular][csv]")
{
    QString error;
    // é before a comma is no GB18030 byte pair.
    const QString text = QStringLiteral("Name,Ort\nJürgen Müller,Köln\nJosé,Genève\nRené,Besançon\n");
    const auto sheets = readBytes(encoded(text, "ISO-8859-1"), &error);
    INFO(error.toStdString());
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].cell(1, 0).text == QStringLiteral("Jürgen Müller"));
    CHECK(sheets[0].cell(2, 0).text == QStringLiteral("José"));
}

TEST_CASE("csv: quoted fields with escapes and line breaks; the row is the line it starts on",
          "[tabular][csv]")
{
    QString error;
    const QByteArray text =
        "编号,备注\r\n1,\"第一行\r\n第二行\"\r\n2,\"他说\"\"好\"\"\"\r\n\r\n3,\"\"\r\n4,a\"b\r\n";
    const auto sheets = readBytes(text, &error);
    REQUIRE(sheets.size() == 1);
    const TableSheet& s = sheets[0];
    CHECK(s.cell(1, 1).text == QStringLiteral("第一行\n第二行"));
    CHECK(s.rows[1].number == 2);
    CHECK(s.rows[2].number == 4); // the record after the two-line field starts on line 4
    CHECK(s.cell(3, 1).text == QStringLiteral("他说\"好\""));
    CHECK(s.cell(5, 0).text == QStringLiteral("3"));
    CHECK(s.cell(5, 1).type == TableCell::Type::Empty);
    CHECK(s.cell(6, 1).text == QStringLiteral("a\"b"));

    CHECK(readBytes("a,b\n1,\"open\n2,3\n", &error).isEmpty());
    CHECK(error.contains(QStringLiteral("line 2")));
}

TEST_CASE("csv: tab, semicolon, comma; LF, CRLF and CR; Excel's sep= line", "[tabular][csv]")
{
    CHECK(CsvTableReader::detectSeparator(u"a\tb\tc\n1\t2,5\t3\n") == QLatin1Char('\t'));
    CHECK(CsvTableReader::detectSeparator(u"a;b;c\n1;2,5;3\n4;5,5;6\n") == QLatin1Char(';'));
    CHECK(CsvTableReader::detectSeparator(u"a,b\n\"x;y\",2\n") == QLatin1Char(','));
    CHECK(CsvTableReader::detectSeparator(u"\"a,b,c\";d\n\"e,f\";g\n") == QLatin1Char(';'));
    CHECK(CsvTableReader::detectSeparator(u"single\ncolumn\n") == QLatin1Char(','));

    QString error;
    for (const char* text : {"姓名\t年龄\n张三\t30\n", "姓名;年龄\r\n张三;30\r\n", "姓名,年龄\r张三,30\r",
                             "sep=;\n姓名;年龄\n张三;30\n"}) {
        INFO(text);
        const auto sheets = readBytes(text, &error, "t.txt");
        REQUIRE(sheets.size() == 1);
        const TableSheet& s = sheets[0];
        CHECK(s.name == QStringLiteral("t"));
        const int first = s.rows.front().number - 1;
        CHECK(s.cell(first, 1).text == QStringLiteral("年龄"));
        CHECK(s.cell(first + 1, 0).text == QStringLiteral("张三"));
        CHECK(s.cell(first + 1, 1).text == QStringLiteral("30"));
    }
}

TEST_CASE("csv: limits on fields, columns and cells", "[tabular][csv]")
{
    QString error;
    TableLimits limits;
    limits.maxCellChars = 4;
    CHECK(readBytes("a,b\nabcde,f\n", &error, "l.csv", limits).isEmpty());
    CHECK(error.contains(QStringLiteral("line 2")));
    CHECK(readBytes("a,\"abc\n\nde\"\n", &error, "l.csv", limits).isEmpty());
    limits = TableLimits();
    limits.maxColumns = 3;
    CHECK(readBytes("a,b,c,d\n", &error, "l.csv", limits).isEmpty());
    CHECK(error.contains(QStringLiteral("line 1")));
    limits = TableLimits();
    limits.maxCells = 3;
    CHECK(readBytes("a,b\nc,d\n", &error, "l.csv", limits).isEmpty());
    CHECK(error.contains(QStringLiteral("line 2")));
    limits = TableLimits();
    limits.maxRows = 2;
    CHECK(readBytes("a\nb\nc\n", &error, "l.csv", limits).isEmpty());
    CHECK(error.contains(QStringLiteral("line 3")));
}
