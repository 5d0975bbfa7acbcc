#pragma once

#include "TableReader.h"

namespace partydesk::tabular {

// Comma-, tab- or semicolon-separated text (.csv, .txt) as one sheet named after the file: RFC 4180
// quoting, any line ending, the encoding found by decodeText(). Every cell is text.
class CsvTableReader : public TableReader
{
public:
    static std::unique_ptr<TableReader> open(const QString& path, const TableLimits& limits, QString* error);

    QStringList sheetNames() const override { return {m_sheet}; }
    Status readSheet(int index, const RowSink& sink, QString* error) override;
    double progress() const override { return m_progress; }

    // The separator the first lines use outside quotes: ',', '\t' or ';' (',' when none).
    static QChar detectSeparator(QStringView text);

private:
    CsvTableReader() = default;

    QString m_path, m_file, m_sheet;
    TableLimits m_limits;
    double m_progress = 0;
};

} // namespace partydesk::tabular
