#pragma once

#include "domain/Member.h"
#include "RosterFields.h"

#include <QHash>
#include <QStringList>
#include <vector>

namespace partydesk {

// One column of the sheet being imported and what it was taken to hold.
struct ImportColumn
{
    int column = 0; // 0-based
    QString header; // as in the file
    RosterField field = RosterField::Unknown;
    bool chosen = false; // mapped by the user (this time or remembered), not by synonym
};

// What will happen to one row of the file.
struct ImportRow
{
    enum class Action
    {
        Add,
        Update, // the ID number is on the roster and the user chose to update that member
        Skip,   // the ID number is on the roster and the user chose to leave that member as saved
        Refused
    };
    int sheetRow = 0; // 1-based, as the spreadsheet shows it
    Action action = Action::Refused;
    Member member;        // as it will be saved (for an update: the saved member with the file's values)
    QString newBranch;    // a branch to create for this row (by name), when the user allows it
    QStringList unreadFields; // member fields (MemberField) whose cell was refused: said once, in `problems`
    QStringList problems; // why the row is refused, translated
    QStringList notes;    // kept, but worth a look ("出生年月只有年月…")
};

// The preview of an import: nothing is saved until the user accepts it.
struct ImportPlan
{
    QString path;
    QString sheetName;
    int headerRow = 0; // 1-based; 0 when none was found
    QList<ImportColumn> columns;
    std::vector<ImportRow> rows; // rows with content, blank and total rows excluded
    int skippedRows = 0;         // blank, title, total and repeated header rows
    QStringList branchesToCreate;
    QString fatal; // the file could not be read or has no roster header; translated

    int count(ImportRow::Action action) const;
    bool hasProblems() const { return count(ImportRow::Action::Refused) > 0; }
    // "第 17 行：…" for every refused row, one line per reason.
    QStringList problemLines() const;
    QList<ImportColumn> unknownColumns() const;
};

// Choices the user makes before the preview.
struct RosterImportOptions
{
    int sheet = 0;
    QHash<QString, RosterField> mapping; // normalised header → field; wins over synonyms
    bool updateExisting = false;         // an ID number already on the roster updates that member
    qint64 createBranchesUnder = 0;      // 0: a branch that matches none refuses the row
    qint64 defaultBranch = 0;            // for rows that name no branch (a one-branch roster); 0: none
};

} // namespace partydesk
