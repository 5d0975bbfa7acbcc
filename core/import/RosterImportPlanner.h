#pragma once

#include "domain/Organisation.h"
#include "RosterImportPlan.h"

#include <functional>
#include <QHash>

namespace partydesk {

class Clock;
class TableReader;
struct TableRow;

// What the planner knows of the workspace. Plain data, so the preview can be made on a worker
// thread (with `member` reading through that thread's own connection).
struct RosterImportContext
{
    QList<Organisation> organisations;
    QHash<QString, qint64> idNumbers;     // every member's ID number (those who left too) → member id
    std::function<Member(qint64)> member; // a saved member, for updates
    const Clock* clock = nullptr;
};

// Reads a roster sheet into a preview: finds the header below any title rows, maps the columns,
// reads each row with the member rules of the form, and tells which rows would be added, update a
// member, or are refused and why. Saves nothing.
class RosterImportPlanner
{
public:
    RosterImportPlanner(RosterImportContext context, RosterImportOptions options);

    // `progress` receives 0..1 and returns false to cancel (the plan then has `fatal` set).
    ImportPlan plan(TableReader& reader, const QString& path,
                    const std::function<bool(double)>& progress = {});

    // The header row among a sheet's first rows: the first that names a member's name and at least
    // one more roster field. Returns the columns, or none.
    static QList<ImportColumn> findHeader(const TableRow& row, const QHash<QString, RosterField>& mapping);

private:
    void addRow(ImportPlan& plan, const TableRow& row);
    void finish(ImportPlan& plan);
    bool isSkippable(const TableRow& row, const ImportPlan& plan) const;

    RosterImportContext m_context;
    RosterImportOptions m_options;
    QHash<QString, QList<qsizetype>> m_rowsById; // ID number → rows of the plan that carry it
    int m_nameColumn = -1;
    int m_idColumn = -1;
    QString m_nameHeader;
};

} // namespace partydesk
