#include "TabularFiles.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <zip.h>

namespace partydesk::test {

void writeZip(const QString& path, const ZipEntries& entries, bool store)
{
    QFile::remove(path);
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const auto& [name, data] : entries) {
        // libzip reads the buffer at zip_close: the QByteArrays outlive it inside `entries`.
        zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        REQUIRE(source);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (store)
            REQUIRE(zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

ZipEntries xlsxEntries(const XlsxParts& parts)
{
    QByteArray sheetList, relationships, overrides;
    for (int i = 0; i < parts.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheetList += "<sheet name=\"" + parts.sheets[i].first.toUtf8() + "\" sheetId=\"" + n +
                     "\" r:id=\"rId" + n + "\"/>";
        relationships += "<Relationship Id=\"rId" + n +
                         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                         "worksheet\" Target=\"worksheets/sheet" +
                         n + ".xml\"/>";
        overrides += "<Override PartName=\"/xl/worksheets/sheet" + n +
                     ".xml\" ContentType=\"application/"
                     "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    }
    if (!parts.sharedStrings.isEmpty())
        relationships += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                         "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!parts.styles.isEmpty())
        relationships += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                         "2006/relationships/styles\" Target=\"/xl/styles.xml\"/>";
    ZipEntries entries;
    entries << qMakePair(QStringLiteral("[Content_Types].xml"),
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                             overrides + "</Types>");
    entries << qMakePair(QStringLiteral("_rels/.rels"),
                         QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                                    "officeDocument/2006/relationships/officeDocument\" "
                                    "Target=\"xl/workbook.xml\"/></Relationships>"));
    entries << qMakePair(QStringLiteral("xl/workbook.xml"),
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                         "<sheets>" +
                             sheetList + "</sheets></workbook>");
    entries << qMakePair(QStringLiteral("xl/_rels/workbook.xml.rels"),
                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                             relationships + "</Relationships>");
    for (int i = 0; i < parts.sheets.size(); ++i)
        entries << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                                 parts.sheets[i].second + "</worksheet>");
    if (!parts.sharedStrings.isEmpty())
        entries << qMakePair(QStringLiteral("xl/sharedStrings.xml"), parts.sharedStrings);
    if (!parts.styles.isEmpty())
        entries << qMakePair(QStringLiteral("xl/styles.xml"), parts.styles);
    return entries;
}

void writeSheetXlsx(const QString& path, const QByteArray& sheetData, const QByteArray& sharedStrings,
                    bool store)
{
    XlsxParts parts;
    parts.sheets << qMakePair(QStringLiteral("S"), "<sheetData>" + sheetData + "</sheetData>");
    parts.sharedStrings = sharedStrings;
    writeZip(path, xlsxEntries(parts), store);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QList<TableSheet> readAll(const QString& path, QString* error, const TableLimits& limits)
{
    error->clear();
    const QList<TableSheet> sheets = readWorkbook(path, error, limits);
    // A read either gives sheets or says why not.
    CHECK(sheets.isEmpty() != error->isEmpty());
    return sheets;
}

QString convertWithLibreOffice(const QString& source, const QString& format, const QString& folder)
{
    QTemporaryDir profile;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--convert-to"), format,
                   QStringLiteral("--outdir"), folder, source});
    REQUIRE(process.waitForFinished(180000));
    INFO(process.readAll().toStdString());
    const QString extension = format.section(QLatin1Char(':'), 0, 0);
    const QString converted =
        QDir(folder).filePath(QFileInfo(source).completeBaseName() + QLatin1Char('.') + extension);
    REQUIRE(QFileInfo::exists(converted));
    return converted;
}

} // namespace partydesk::test
