#pragma once

#include "repository/RosterRow.h"
#include "TableReport.h"

#include <functional>
#include <QHash>
#include <QStringList>
#include <vector>

namespace partydesk {

// The columns a roster (花名册) export can have, in the order of the common paper roster.
enum class RosterColumn
{
    Number, // 序号
    Name,
    Sex,
    Ethnicity,
    BirthDate,
    Age,
    IdNumber,
    Education,
    Organisation,
    Category,
    Status,
    AppliedOn,
    ActivistOn,
    CandidateOn,
    JoinedOn,
    FullOn,
    PartyAge,
    Phone,
    UnitOrPlace,
    Since, // reported here or floating since, by category
    Address,
    Tags,
};

QList<RosterColumn> allRosterColumns();
// The paper roster's columns. The birth date only with full ID numbers: beside a masked ID number
// it leaves about nine possible numbers.
QList<RosterColumn> defaultRosterColumns(bool fullIdNumbers = false);
QString rosterColumnCode(RosterColumn column); // for the command line: name, id_number, ...
bool rosterColumnFromCode(const QString& code, RosterColumn* column);
QString rosterColumnHeader(RosterColumn column);
// The header in English, whatever the language: an export written in either language reads back.
QString rosterColumnSourceHeader(RosterColumn column);

struct RosterExportOptions
{
    QString organisationName; // the part of the tree exported
    QList<RosterColumn> columns = defaultRosterColumns();
    bool fullIdNumbers = false;    // a deliberate, recorded choice; masked otherwise
    bool fullPhoneNumbers = false; // likewise; masked (138****5678) otherwise
    QDate today;
};

// The roster rows (already filtered) as a table. `rows` and `orgNames` must outlive the report.
TableReport rosterReport(const std::vector<const RosterRow*>& rows, const QHash<qint64, QString>& orgNames,
                         const RosterExportOptions& options);
// The same from rows fetched one by one (a RosterStream); `rowAt` returns nullptr for a row that
// could not be read, which is left blank (the caller fails the export). Must outlive the report.
TableReport rosterReport(int rowCount, const std::function<const RosterRow*(int)>& rowAt,
                         const QHash<qint64, QString>& orgNames, const RosterExportOptions& options);

} // namespace partydesk
