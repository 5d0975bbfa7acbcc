#pragma once

#include "tabular/TableReader.h"
#include "Workspace.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace partydesk::test {

// A sheet held in memory, for planner tests that need no file: each row a list of cells, where a
// QString is a text cell, a double a number cell, a QDate a date cell and an invalid QVariant empty.
class MemoryTable : public TableReader
{
public:
    explicit MemoryTable(QList<QVariantList> rows, QString sheet = QStringLiteral("花名册"))
        : m_rows(std::move(rows)), m_sheet(std::move(sheet))
    {
    }
    QStringList sheetNames() const override { return {m_sheet}; }
    Status readSheet(int index, const RowSink& sink, QString* error) override;
    double progress() const override { return m_progress; }

private:
    QList<QVariantList> m_rows;
    QString m_sheet;
    double m_progress = 0;
};

// A street with 东风社区党委 (第一党支部, 第二党支部) and, unless `oneCommunity`, 红旗社区党委 with a
// 第一党支部 of its own, as every district repeats branch names.
struct ImportTree
{
    qint64 community = 0;
    qint64 first = 0;
    qint64 second = 0;
    qint64 otherCommunity = 0;
    qint64 otherFirst = 0;
};
ImportTree addImportTree(Workspace& ws, bool oneCommunity = false);
qint64 addOrganisation(Workspace& ws, const QString& name, OrgType type, qint64 parent);

// A GB 11643 ID number for a person of `female` sex born on `birth`, with the right check digit.
QString validIdNumber(QDate birth, bool female, int serial = 1);

} // namespace partydesk::test
