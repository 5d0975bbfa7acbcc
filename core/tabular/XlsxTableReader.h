#pragma once

#include "TableReader.h"
#include "XmlPartReader.h"

#include <vector>

namespace partydesk::tabular {

// .xlsx (Office Open XML) from Excel, WPS, LibreOffice and libraries: libzip and QXmlStreamReader,
// each sheet streamed from the zip.
class XlsxTableReader : public TableReader
{
public:
    // Reads the workbook's sheet list; nothing and `error` set when the zip is not a workbook.
    static std::unique_ptr<TableReader> open(const QString& path, const TableLimits& limits, QString* error);

    QStringList sheetNames() const override;
    Status readSheet(int index, const RowSink& sink, QString* error) override;
    double progress() const override;

private:
    XlsxTableReader() = default;
    bool readWorkbook(QString* error);
    bool readSharedParts(QString* error);

    struct Sheet
    {
        QString name;
        QString part; // empty when the workbook names no part for it
    };
    QString m_file;
    TableLimits m_limits;
    ZipArchive m_zip;
    QString m_workbookPart;
    QString m_sharedStringsPart, m_stylesPart;
    std::vector<Sheet> m_sheets;
    bool m_date1904 = false;
    bool m_sharedRead = false;
    std::vector<QString> m_sharedStrings;
    std::vector<bool> m_dateStyles;
    XmlPartReader* m_current = nullptr;
    double m_lastProgress = 0;
};

} // namespace partydesk::tabular
