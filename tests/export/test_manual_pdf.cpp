// The user manual as a PDF for printing (issue 15): the same chapters as the help window, Chinese
// that copies out as the same characters, page numbers, written atomically; and its command.
#include "ExternalReaders.h"
#include "help/HelpTopics.h"
#include "help/ManualPdf.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace partydesk;
using namespace partydesk::test;

TEST_CASE("The manual PDF holds every chapter in Chinese that copies out, with page numbers",
          "[help][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manual.pdf"));
    REQUIRE(writeManualPdf(path).isEmpty());
    REQUIRE(QFile::exists(path));
    // Nothing left beside it but the file itself (written through a temporary name).
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("manual.pdf")});

    const int pages = pdfPageCount(path);
    // A cover, the contents and 18 chapters of one to a few pages each.
    CHECK(pages >= 22);
    CHECK(pages <= 80);

    const QString text = pdfText(path);
    for (const char* word : {"花名册", "评星定级", "五好一满意", "导入花名册", "备份与恢复", "常见问题",
                             "身份证号", "党员", "入党积极分子", "快捷键"})
        CHECK(text.contains(QString::fromUtf8(word)));
    // No Kangxi radicals in place of the characters (人 copied as ⼈ would break search).
    static const QRegularExpression radicals(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    CHECK_FALSE(text.contains(radicals));

    // Every page after the cover is numbered "第 x 页 共 y 页".
    CHECK(pdfText(path, 2).contains(QStringLiteral("第 2 页 共 %1 页").arg(pages)));
    CHECK(pdfText(path, pages).contains(QStringLiteral("第 %1 页 共 %1 页").arg(pages)));

    // No page is left blank: each shows more than its running head and page number.
    for (int page = 1; page <= pages; ++page) {
        INFO(page);
        const QString onPage = pdfText(path, page)
                                   .remove(QStringLiteral("社区党建工作台使用手册"))
                                   .remove(QRegularExpression(QStringLiteral("第 \\d+ 页 共 \\d+ 页")))
                                   .simplified();
        CHECK(onPage.size() > 20);
    }

    // The contents name each chapter with the page it starts on, and that page shows the chapter.
    const QString contents = pdfText(path, 2);
    for (const HelpTopics::Chapter& chapter : HelpTopics::chapters()) {
        INFO(chapter.title.toStdString());
        const QRegularExpression line(QRegularExpression::escape(chapter.title) +
                                      QStringLiteral("\\s+(\\d+)"));
        const QRegularExpressionMatch match = line.match(contents);
        REQUIRE(match.hasMatch());
        const int page = match.captured(1).toInt();
        REQUIRE(page >= 3);
        REQUIRE(page <= pages);
        CHECK(pdfText(path, page).contains(chapter.title));
    }
}

TEST_CASE("partydesk manual writes the PDF, and refuses a wrong name without leaving a file", "[help][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("手册.pdf"));
    const Run run = runPartydesk({QStringLiteral("manual"), QStringLiteral("--out"), out});
    INFO(run.output.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(pdfPageCount(out) >= 22);
    CHECK(pdfText(out).contains(QStringLiteral("评星定级")));

    const Run wrong = runPartydesk(
        {QStringLiteral("manual"), QStringLiteral("--out"), dir.filePath(QStringLiteral("manual.txt"))});
    CHECK(wrong.exitCode != 0);
    const Run missing = runPartydesk({QStringLiteral("manual"), QStringLiteral("--out"),
                                      dir.filePath(QStringLiteral("missing/manual.pdf"))});
    CHECK(missing.exitCode != 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("手册.pdf")});
}
