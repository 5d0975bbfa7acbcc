#pragma once

#include "TableReader.h"

namespace partydesk::tabular {

// .xls (Excel 97-2003, BIFF) through libfreexl, which reads the whole workbook when it opens it.
class XlsTableReader : public TableReader
{
public:
    static std::unique_ptr<TableReader> open(const QString& path, const TableLimits& limits, QString* error);
    ~XlsTableReader() override;

    QStringList sheetNames() const override { return m_names; }
    Status readSheet(int index, const RowSink& sink, QString* error) override;
    double progress() const override { return m_progress; }

private:
    XlsTableReader() = default;

    QString m_file;
    TableLimits m_limits;
    const void* m_handle = nullptr;
    QStringList m_names;
    double m_progress = 0;
};

} // namespace partydesk::tabular
