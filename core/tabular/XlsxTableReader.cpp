#include "XlsxTableReader.h"

#include "TableMessages.h"
#include "XlsxParts.h"
#include "XlsxSheetParser.h"
#include "XlsxStyles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace partydesk::tabular {

namespace {

// What a zip that is no workbook probably is, so the message can say what to do.
QString notAWorkbook(const ZipArchive& zip)
{
    if (zip.find(QStringLiteral("content.xml")) || zip.find(QStringLiteral("mimetype")))
        return QCoreApplication::translate("TableReader", "it is an OpenDocument file (.ods), not an Excel "
                                                          "workbook: save it as .xlsx and import that.");
    if (zip.find(QStringLiteral("word/document.xml")))
        return QCoreApplication::translate("TableReader", "it is a Word document, not a spreadsheet.");
    return QCoreApplication::translate("TableReader",
                                       "it is a zip archive but not an Excel workbook (.xlsx).");
}

} // namespace

std::unique_ptr<TableReader> XlsxTableReader::open(const QString& path, const TableLimits& limits,
                                                   QString* error)
{
    std::unique_ptr<XlsxTableReader> reader(new XlsxTableReader);
    reader->m_file = QFileInfo(path).fileName();
    reader->m_limits = limits;
    QString reason;
    if (!reader->m_zip.open(path, &reason)) {
        *error = fileProblem(reader->m_file, reason);
        return nullptr;
    }
    if (!reader->readWorkbook(error))
        return nullptr;
    return reader;
}

bool XlsxTableReader::readWorkbook(QString* error)
{
    QString reason;
    const auto fail = [&] {
        *error = fileProblem(m_file, reason);
        return false;
    };
    // The package's own relationships name the workbook part; xl/workbook.xml when they do not.
    QHash<QString, Relationship> root;
    if (!readRelationships(m_zip, QString(), m_limits.maxPartBytes, &root, &reason))
        return fail();
    for (const Relationship& r : std::as_const(root))
        if (r.type == QLatin1String("officeDocument"))
            m_workbookPart = r.target;
    std::optional<quint64> index = m_zip.find(m_workbookPart);
    if (!index) {
        m_workbookPart = QStringLiteral("xl/workbook.xml");
        index = m_zip.find(m_workbookPart);
    }
    if (!index) {
        reason = notAWorkbook(m_zip);
        return fail();
    }
    std::vector<WorkbookSheet> sheets;
    if (!readWorkbookPart(m_zip, *index, m_workbookPart, m_limits.maxPartBytes, m_limits.maxSheets, &sheets,
                          &m_date1904, &reason))
        return fail();
    QHash<QString, Relationship> relationships;
    if (!readRelationships(m_zip, m_workbookPart, m_limits.maxPartBytes, &relationships, &reason))
        return fail();
    for (const Relationship& r : std::as_const(relationships)) {
        if (r.type == QLatin1String("sharedStrings"))
            m_sharedStringsPart = r.target;
        else if (r.type == QLatin1String("styles"))
            m_stylesPart = r.target;
    }
    for (const WorkbookSheet& sheet : sheets)
        m_sheets.push_back({sheet.name, relationships.value(sheet.relationshipId).target});
    if (m_sheets.empty()) {
        reason = QCoreApplication::translate("TableReader", "the workbook has no sheets.");
        return fail();
    }
    return true;
}

bool XlsxTableReader::readSharedParts(QString* error)
{
    if (m_sharedRead)
        return true;
    QString reason;
    if (const auto index = m_zip.find(m_sharedStringsPart); index && !m_sharedStringsPart.isEmpty()) {
        if (!readSharedStrings(m_zip, *index, m_sharedStringsPart, m_limits.maxPartBytes,
                               m_limits.maxSharedStrings, m_limits.maxCellChars, &m_sharedStrings, &reason)) {
            *error = fileProblem(m_file, reason);
            return false;
        }
    } else {
        m_sharedStringsPart.clear();
    }
    if (const auto index = m_zip.find(m_stylesPart); index && !m_stylesPart.isEmpty()) {
        if (!readDateStyles(m_zip, *index, m_stylesPart, m_limits.maxPartBytes, &m_dateStyles, &reason)) {
            *error = fileProblem(m_file, reason);
            return false;
        }
    }
    m_sharedRead = true;
    return true;
}

QStringList XlsxTableReader::sheetNames() const
{
    QStringList names;
    for (const Sheet& sheet : m_sheets)
        names << sheet.name;
    return names;
}

TableReader::Status XlsxTableReader::readSheet(int index, const RowSink& sink, QString* error)
{
    m_lastProgress = 0;
    if (index < 0 || size_t(index) >= m_sheets.size()) {
        *error = fileProblem(
            m_file, QCoreApplication::translate("TableReader", "there is no sheet %1.").arg(index + 1));
        return Status::Failed;
    }
    if (!readSharedParts(error))
        return Status::Failed;
    const Sheet& sheet = m_sheets[size_t(index)];
    const std::optional<quint64> entry = sheet.part.isEmpty() ? std::nullopt : m_zip.find(sheet.part);
    if (!entry) {
        *error =
            sheetProblem(m_file, sheet.name,
                         QCoreApplication::translate("TableReader", "the sheet's part %1 is missing from the "
                                                                    "file; the file is damaged.")
                             .arg(sheet.part.isEmpty() ? QStringLiteral("?") : sheet.part));
        return Status::Failed;
    }
    XmlPartReader reader;
    QString reason;
    if (!reader.open(m_zip, *entry, sheet.part, m_limits.maxPartBytes, &reason)) {
        *error = sheetProblem(m_file, sheet.name, reason);
        return Status::Failed;
    }
    XlsxContext context;
    context.file = m_file;
    context.sheet = sheet.name;
    context.sharedStrings = &m_sharedStrings;
    context.hasSharedStrings = !m_sharedStringsPart.isEmpty();
    context.dateStyles = &m_dateStyles;
    context.date1904 = m_date1904;
    context.limits = m_limits;
    m_current = &reader;
    const Status status = parseWorksheet(reader, context, sink, error);
    m_lastProgress = status == Status::Ok ? 1.0 : reader.progress();
    m_current = nullptr;
    return status;
}

double XlsxTableReader::progress() const
{
    return m_current ? m_current->progress() : m_lastProgress;
}

} // namespace partydesk::tabular
