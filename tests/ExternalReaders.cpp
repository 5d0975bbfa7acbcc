#include "ExternalReaders.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <stdexcept>

namespace partydesk::test {

namespace {

QString run(const QString& program, const QStringList& arguments, int timeoutMs = 180000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        throw std::runtime_error(
            (program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAll())).toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Workbook
{
    QStringList order;
    QMap<QString, Sheet> sheets;
};

Workbook parseFlatOds(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no .fods written");
    Workbook book;
    QXmlStreamReader xml(&file);
    Sheet* sheet = nullptr;
    QList<SheetCell>* row = nullptr;
    SheetCell* cell = nullptr;
    int rowRepeat = 1;
    int cellRepeat = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.qualifiedName();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            if (name == QLatin1String("table:table")) {
                const QString sheetName = attrs.value(QLatin1String("table:name")).toString();
                book.order << sheetName;
                sheet = &book.sheets[sheetName];
            } else if (name == QLatin1String("table:table-row") && sheet) {
                rowRepeat = attrs.value(QLatin1String("table:number-rows-repeated")).toInt();
                sheet->append(QList<SheetCell>());
                row = &sheet->last();
            } else if ((name == QLatin1String("table:table-cell") ||
                        name == QLatin1String("table:covered-table-cell")) &&
                       row) {
                SheetCell c;
                c.type = attrs.value(QLatin1String("office:value-type")).toString();
                c.value = attrs.hasAttribute(QLatin1String("office:date-value"))
                              ? attrs.value(QLatin1String("office:date-value")).toString()
                              : attrs.value(QLatin1String("office:value")).toString();
                const int repeat =
                    std::min(attrs.value(QLatin1String("table:number-columns-repeated")).toInt(), 64);
                cellRepeat = std::max(1, repeat);
                for (int i = 0; i < cellRepeat; ++i)
                    row->append(c);
                cell = &row->last();
            } else if (name == QLatin1String("text:p") && cell) {
                if (!cell->text.isEmpty())
                    cell->text += QLatin1Char('\n');
                cell->text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("table:table-cell") && row) {
                // Equal neighbours are written once, repeated: each copy has the text.
                for (int i = 2; i <= cellRepeat && i <= row->size(); ++i)
                    (*row)[row->size() - i] = row->last();
                cell = nullptr;
            }
            else if (name == QLatin1String("table:table-row") && sheet && row) {
                // Trailing empty cells and the filler rows LibreOffice repeats are not content.
                while (!row->isEmpty() && row->last().type.isEmpty() && row->last().text.isEmpty())
                    row->removeLast();
                if (rowRepeat > 1 && row->isEmpty())
                    sheet->removeLast();
                row = nullptr;
            }
        }
    }
    for (Sheet& s : book.sheets)
        while (!s.isEmpty() && s.last().isEmpty())
            s.removeLast();
    return book;
}

Workbook convert(const QString& xlsx)
{
    QTemporaryDir dir;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    run(QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
         QStringLiteral("--norestore"), QStringLiteral("--convert-to"), QStringLiteral("fods"),
         QStringLiteral("--outdir"), dir.path(), xlsx});
    return parseFlatOds(dir.filePath(QFileInfo(xlsx).completeBaseName() + QStringLiteral(".fods")));
}

} // namespace

QMap<QString, Sheet> readWithLibreOffice(const QString& xlsx)
{
    return convert(xlsx).sheets;
}

QStringList sheetOrder(const QString& xlsx)
{
    return convert(xlsx).order;
}

QString pdfText(const QString& pdf, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

int pdfPageCount(const QString& pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString pdfFonts(const QString& pdf)
{
    return run(QStringLiteral("pdffonts"), {pdf});
}

} // namespace partydesk::test
