#include "CommandSupport.h"
#include "domain/Clock.h"
#include "import/ImportWorkbooks.h"
#include "import/RosterImportPlanner.h"
#include "tabular/TableReader.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

namespace {

// --sheet NAME or its number (1 is the first sheet); -1 when there is no such sheet.
int sheetIndex(const QStringList& sheets, const QString& wanted)
{
    if (wanted.isEmpty())
        return 0;
    if (const int i = sheets.indexOf(wanted.trimmed()); i >= 0)
        return i;
    bool ok = false;
    const int number = wanted.toInt(&ok);
    return ok && number >= 1 && number <= sheets.size() ? number - 1 : -1;
}

// "表头=field" pairs; prints the bad one and returns false.
bool parseMappings(const QStringList& pairs, QHash<QString, RosterField>* mapping)
{
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.lastIndexOf(QLatin1Char('='));
        RosterField field;
        if (equals <= 0 || !RosterFields::fromCode(pair.mid(equals + 1), &field) ||
            field == RosterField::Unknown) {
            QStringList codes;
            for (RosterField f : RosterFields::mappable())
                codes << RosterFields::code(f);
            printError(QCoreApplication::translate("ImportCommand",
                                                   "--map \"%1\" is not HEADER=FIELD; FIELD is one of: %2")
                           .arg(pair, codes.join(QStringLiteral(", "))));
            return false;
        }
        mapping->insert(RosterFields::normalisedHeader(pair.left(equals)), field);
    }
    return true;
}

void printPlan(const ImportPlan& plan)
{
    printLine(
        QCoreApplication::translate(
            "ImportCommand",
            "%1, sheet \"%2\", header on row %3: %4 to add, %5 to update, %6 already on the roster (left as "
            "saved), %7 refused; %8 blank, title or total row(s) skipped.")
            .arg(QFileInfo(plan.path).fileName(), plan.sheetName)
            .arg(plan.headerRow)
            .arg(plan.count(ImportRow::Action::Add))
            .arg(plan.count(ImportRow::Action::Update))
            .arg(plan.count(ImportRow::Action::Skip))
            .arg(plan.count(ImportRow::Action::Refused))
            .arg(plan.skippedRows));
    for (const ImportColumn& column : plan.unknownColumns())
        printLine(QCoreApplication::translate(
                      "ImportCommand",
                      "Column \"%1\" was not recognised and is not read; map it with --map \"%1=FIELD\".")
                      .arg(column.header));
    if (!plan.branchesToCreate.isEmpty())
        printLine(QCoreApplication::translate("ImportCommand", "Branches to create: %1")
                      .arg(plan.branchesToCreate.join(QStringLiteral("、"))));
    for (const QString& line : plan.problemLines())
        printError(line);
}

int importRoster(Workspace& workspace, const QCommandLineParser& parser, const QString& file)
{
    RosterImportOptions options;
    options.updateExisting = parser.isSet(QStringLiteral("update-existing"));
    options.mapping = workspace.rosterImportService().rememberedMappings();
    QHash<QString, RosterField> given;
    if (!parseMappings(parser.values(QStringLiteral("map")), &given))
        return 2;
    options.mapping.insert(given);
    for (const char* name : {"create-branches-under", "branch"}) {
        const QString text = parser.value(QLatin1String(name));
        if (text.isEmpty())
            continue;
        const qint64 id = text.toLongLong();
        if (workspace.organisations().get(id).id == 0) {
            printError(QCoreApplication::translate("ImportCommand", "There is no organisation with id %1.")
                           .arg(text));
            return 2;
        }
        (qstrcmp(name, "branch") == 0 ? options.defaultBranch : options.createBranchesUnder) = id;
    }
    QString error;
    const std::unique_ptr<TableReader> reader = TableReader::open(file, &error);
    if (!reader) {
        printError(error);
        return 1;
    }
    options.sheet = sheetIndex(reader->sheetNames(), parser.value(QStringLiteral("sheet")));
    if (options.sheet < 0) {
        printError(
            QCoreApplication::translate("ImportCommand", "The file has no sheet \"%1\"; its sheets are: %2")
                .arg(parser.value(QStringLiteral("sheet")), reader->sheetNames().join(QStringLiteral(", "))));
        return 2;
    }
    RosterImportPlanner planner(workspace.rosterImportContext(), options);
    const ImportPlan plan = planner.plan(*reader, file);
    if (!plan.fatal.isEmpty()) {
        printError(plan.fatal);
        return 1;
    }
    printPlan(plan);
    if (const QString out = parser.value(QStringLiteral("problems")); !out.isEmpty() && plan.hasProblems()) {
        if (const QString written = writeImportProblems(plan, out); !written.isEmpty())
            printError(written);
        else
            printLine(QCoreApplication::translate("ImportCommand", "Problem list written: %1")
                          .arg(QDir::toNativeSeparators(out)));
    }
    const bool keepValid = parser.isSet(QStringLiteral("keep-valid"));
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printLine(QCoreApplication::translate("ImportCommand", "Dry run: nothing was saved."));
        return plan.hasProblems() ? 1 : 0;
    }
    if (plan.hasProblems() && !keepValid) {
        printError(QCoreApplication::translate(
            "ImportCommand",
            "Nothing was saved: correct the rows above, or save the sound rows with --keep-valid."));
        return 1;
    }
    if (plan.count(ImportRow::Action::Add) + plan.count(ImportRow::Action::Update) == 0) {
        printLine(QCoreApplication::translate("ImportCommand", "Nothing to save."));
        return plan.hasProblems() ? 3 : 0;
    }
    const ServiceResult saved =
        workspace.rosterImportService().apply(plan, keepValid, options.createBranchesUnder);
    if (!saved.ok()) {
        printError(saved.message);
        return 1;
    }
    if (!given.isEmpty())
        workspace.rosterImportService().rememberMapping(given);
    printLine(
        QCoreApplication::translate(
            "ImportCommand",
            "Saved as import %1: %2 added, %3 updated. Undo it with: partydesk import undo %1 --db FILE")
            .arg(saved.id)
            .arg(plan.count(ImportRow::Action::Add))
            .arg(plan.count(ImportRow::Action::Update)));
    return plan.hasProblems() ? 3 : 0;
}

int listBatches(Workspace& workspace)
{
    for (const ImportBatch& b : workspace.rosterImportService().batches())
        printLine(QCoreApplication::translate("ImportCommand",
                                              "%1  %2  %3 (%4): %5 added, %6 updated, %7 refused%8")
                      .arg(b.id)
                      .arg(b.importedAt, b.fileName, b.sheetName)
                      .arg(b.added)
                      .arg(b.updated)
                      .arg(b.refused)
                      .arg(b.isUndone()
                               ? QCoreApplication::translate("ImportCommand", "; undone %1").arg(b.undoneAt)
                               : QString()));
    return 0;
}

} // namespace

// partydesk import roster FILE [--sheet NAME] [--map "表头=field"]... [--create-branches-under ID]
//     [--branch ID] [--update-existing] [--dry-run] [--keep-valid] [--problems OUT.xlsx] --db FILE
// partydesk import template --out FILE.xlsx
// partydesk import history --db FILE
// partydesk import undo BATCH --db FILE
int runImport(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ImportCommand",
        "Brings a roster (花名册) in from Excel (.xlsx, .xls) or CSV:\n"
        "  import roster FILE --db FILE [options]   previews, then saves all rows or none\n"
        "  import template --out FILE.xlsx          an empty roster with the headers the import reads\n"
        "  import history --db FILE                 the imports saved so far\n"
        "  import undo BATCH --db FILE              undoes an import whose members have not changed since\n"
        "Exit status of import roster: 0 every row imported, 1 problems and nothing saved, 3 sound rows "
        "saved "
        "with --keep-valid and others refused, 2 usage error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import"),
                                 QCoreApplication::translate("ImportCommand", "Import."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("ImportCommand", "roster, template, history or undo."));
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("ImportCommand", "The workspace file."),
         QStringLiteral("file")},
        {QStringLiteral("sheet"),
         QCoreApplication::translate("ImportCommand",
                                     "The sheet to read, by name or number (default: the first)."),
         QStringLiteral("name")},
        {QStringLiteral("map"),
         QCoreApplication::translate("ImportCommand",
                                     "Reads the column with this header as FIELD (repeatable; remembered)."),
         QStringLiteral("header=field")},
        {QStringLiteral("create-branches-under"),
         QCoreApplication::translate(
             "ImportCommand",
             "Creates the branches the file names that do not exist, under this organisation (its id)."),
         QStringLiteral("id")},
        {QStringLiteral("branch"),
         QCoreApplication::translate("ImportCommand", "The branch (its id) of rows that name none."),
         QStringLiteral("id")},
        {QStringLiteral("update-existing"),
         QCoreApplication::translate("ImportCommand",
                                     "A member whose ID number is already on the roster is updated "
                                     "from the file (else left as saved).")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("ImportCommand", "Shows what would happen; saves nothing.")},
        {QStringLiteral("keep-valid"),
         QCoreApplication::translate("ImportCommand",
                                     "Saves the sound rows of a file that has refused rows.")},
        {QStringLiteral("problems"),
         QCoreApplication::translate("ImportCommand",
                                     "Writes the refused rows, each with its problem, to this .xlsx file."),
         QStringLiteral("file")},
        {QStringLiteral("out"), QCoreApplication::translate("ImportCommand", "The file to write."),
         QStringLiteral("file")},
    });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(1);
    if (action == QLatin1String("template")) {
        const QString out = parser.value(QStringLiteral("out"));
        if (out.isEmpty() || !QFileInfo(out).absoluteDir().exists()) {
            printError(QCoreApplication::translate(
                "ImportCommand", "Name the output with --out FILE in a folder that exists."));
            return 2;
        }
        if (const QString error = writeRosterTemplate(out, SystemClock().today()); !error.isEmpty()) {
            printError(error);
            return 1;
        }
        printLine(
            QCoreApplication::translate("ImportCommand", "Written: %1").arg(QDir::toNativeSeparators(out)));
        return 0;
    }
    const QStringList actions = {QStringLiteral("roster"), QStringLiteral("history"), QStringLiteral("undo")};
    if (!actions.contains(action) || !parser.isSet(QStringLiteral("db"))) {
        printError(QCoreApplication::translate(
            "ImportCommand",
            "Use: partydesk import roster FILE --db FILE … (partydesk help import lists the options)"));
        return 2;
    }
    const QString file = args.value(2);
    if (action == QLatin1String("roster") && (file.isEmpty() || !QFileInfo(file).isFile())) {
        printError(QCoreApplication::translate("ImportCommand",
                                               "Name an existing .xlsx, .xls or .csv file to import."));
        return 2;
    }
    bool batchOk = false;
    const qint64 batch = file.toLongLong(&batchOk);
    if (action == QLatin1String("undo") && !batchOk) {
        printError(QCoreApplication::translate(
            "ImportCommand", "Name the import to undo by its number (partydesk import history lists them)."));
        return 2;
    }
    CommandWorkspace opened(parser.value(QStringLiteral("db")), QStringLiteral("import"));
    if (!opened)
        return 1;
    Workspace& workspace = *opened;
    if (action == QLatin1String("history"))
        return listBatches(workspace);
    if (action == QLatin1String("undo")) {
        const ServiceResult undone = workspace.rosterImportService().undo(batch);
        if (!undone.ok()) {
            printError(undone.message);
            return 1;
        }
        printLine(QCoreApplication::translate("ImportCommand", "Import %1 was undone.").arg(batch));
        return 0;
    }
    return importRoster(workspace, parser, file);
}

} // namespace partydesk
