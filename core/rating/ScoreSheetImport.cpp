#include "ScoreSheetImport.h"

#include "domain/OrganisationTree.h"
#include "tabular/TableReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk {

namespace {

// Columns of a score sheet.
enum
{
    IdColumn,
    GroupColumn,
    NameColumn,
    MaxColumn,
    SelfColumn,
    AssessedColumn,
    NoteColumn
};
constexpr int firstDataRow = 3;

QString itemGroup(RatingItem::Kind kind)
{
    switch (kind) {
    case RatingItem::Kind::Bonus:
        return QCoreApplication::translate("ScoreSheetImport", "Bonus");
    case RatingItem::Kind::Deduction:
        return QCoreApplication::translate("ScoreSheetImport", "Deduction");
    case RatingItem::Kind::Veto:
        return QCoreApplication::translate("ScoreSheetImport", "Veto (yes/no)");
    }
    return {};
}

// The mark on each sheet's second row that ties it to a branch and a year.
QString mark(qint64 orgId, int year)
{
    return QStringLiteral("[%1/%2]").arg(orgId).arg(year);
}

QString codePrefix(RatingItem::Kind kind)
{
    switch (kind) {
    case RatingItem::Kind::Bonus:
        return QStringLiteral("B");
    case RatingItem::Kind::Deduction:
        return QStringLiteral("D");
    case RatingItem::Kind::Veto:
        return QStringLiteral("V");
    }
    return {};
}

// Names compared as people retype them: spaces, including full-width ones, do not count.
QString comparable(const QString& name)
{
    QString text = name;
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    return text;
}

} // namespace

QList<ScoreSheetLine> scoreSheetLines(const RatingTemplate& t)
{
    QList<ScoreSheetLine> lines;
    int taskNumber = 0;
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks)
            lines.append({QStringLiteral("T%1").arg(++taskNumber), aspect.name, &task, nullptr});
    QHash<QString, int> itemNumbers;
    for (const RatingItem& item : t.items) {
        const QString prefix = codePrefix(item.kind);
        lines.append({QStringLiteral("%1%2").arg(prefix).arg(++itemNumbers[prefix]), itemGroup(item.kind),
                      nullptr, &item});
    }
    return lines;
}

QList<TableReport> scoreSheetWorkbook(const RatingTemplate& t, const QList<Organisation>& branches,
                                      const QHash<qint64, QString>& names, const QList<ScoreSheet>& sheets)
{
    struct Line
    {
        QString code;
        qint64 id;
        QString group, name, max;
        bool task, veto;
    };
    auto lines = std::make_shared<QList<Line>>();
    for (const ScoreSheetLine& line : scoreSheetLines(t)) {
        const bool veto = line.item && line.item->kind == RatingItem::Kind::Veto;
        lines->append(
            {line.code, line.task ? line.task->id : line.item->id, line.group, line.name(),
             veto ? QString() : (line.task ? line.task->maxPoints : line.item->maxPoints).toCompactString(),
             line.task != nullptr, veto});
    }

    QList<TableReport> reports;
    for (const Organisation& branch : branches) {
        ScoreSheet scores;
        for (const ScoreSheet& s : sheets)
            if (s.orgId == branch.id)
                scores = s;
        auto sheet = std::make_shared<ScoreSheet>(scores);
        TableReport report;
        report.title = QCoreApplication::translate("ScoreSheetImport", "%1 score sheet: %2")
                           .arg(t.year)
                           .arg(names.value(branch.id, branch.name));
        report.subtitle = QCoreApplication::translate(
                              "ScoreSheetImport",
                              "%1 Fill in the Self and Assessed columns (the committee's score stands; at "
                              "most two decimals); a veto takes %2. Keep the first column and this line as "
                              "they are.")
                              .arg(mark(branch.id, t.year), vetoMarksText());
        report.sheetName = names.value(branch.id, branch.name);
        using K = ReportColumn::Kind;
        report.columns = {{QCoreApplication::translate("ScoreSheetImport", "Code"), K::Code, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Aspect"), K::Text, 5},
                          {QCoreApplication::translate("ScoreSheetImport", "Task"), K::Text, 16},
                          {QCoreApplication::translate("ScoreSheetImport", "Max."), K::Text, 2.5},
                          {QCoreApplication::translate("ScoreSheetImport", "Self"), K::Text, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Assessed"), K::Text, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Note"), K::Text, 10}};
        report.rowCount = int(lines->size());
        report.cell = [lines, sheet](int r, int c) -> QVariant {
            const Line& line = (*lines)[r];
            const auto value = [](const std::optional<Score>& v) {
                return v ? QVariant(v->toCompactString()) : QVariant();
            };
            switch (c) {
            case IdColumn:
                return line.code;
            case GroupColumn:
                return line.group;
            case NameColumn:
                return line.name;
            case MaxColumn:
                return line.max;
            case SelfColumn:
                return line.task ? value(sheet->tasks.value(line.id).self) : QVariant();
            case AssessedColumn:
                if (line.task)
                    return value(sheet->tasks.value(line.id).assessed);
                if (!sheet->items.contains(line.id))
                    return QVariant();
                if (line.veto)
                    return sheet->items.value(line.id).applied
                               ? QCoreApplication::translate("ScoreSheetImport", "yes")
                               : QCoreApplication::translate("ScoreSheetImport", "no");
                return sheet->items.value(line.id).points.toCompactString();
            default:
                return line.task ? sheet->tasks.value(line.id).note : sheet->items.value(line.id).note;
            }
        };
        reports << report;
    }
    return reports;
}

QList<TableReport> scoreSheetsOfYear(const RatingYear& year, const QList<Organisation>& organisations,
                                     qint64 underOrgId)
{
    const QSet<qint64> scope = underOrgId ? subtreeIds(organisations, underOrgId) : QSet<qint64>();
    QList<Organisation> branches;
    for (const Organisation& org : organisations)
        if (year.orgIds.contains(org.id) && (!underOrgId || scope.contains(org.id)))
            branches << org;
    return scoreSheetWorkbook(year.ratingTemplate, branches, organisationDisplayNames(organisations),
                              year.sheets);
}

ScoreSheetImport readScoreSheets(const QString& path, const RatingTemplate& t,
                                 const QList<Organisation>& organisations)
{
    ScoreSheetImport result;
    const QList<TableSheet> workbook = readWorkbook(path, &result.fatal);
    if (!result.fatal.isEmpty())
        return result;
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    const QList<ScoreSheetLine> lines = scoreSheetLines(t);
    QHash<QString, const ScoreSheetLine*> byCode;
    for (const ScoreSheetLine& line : lines)
        byCode.insert(line.code, &line);
    static const QRegularExpression markPattern(QStringLiteral("\\[(\\d+)/(\\d{4})\\]"));
    QSet<qint64> seen;

    for (const TableSheet& sheet : workbook) {
        QStringList problems;
        const auto problem = [&](int row, const QString& text) {
            problems << QCoreApplication::translate("ScoreSheetImport", "Sheet \"%1\", row %2: %3")
                            .arg(sheet.name)
                            .arg(row + 1)
                            .arg(text);
        };
        const auto match = markPattern.match(sheet.cell(1, 0).displayText());
        if (!match.hasMatch()) {
            result.problems
                << QCoreApplication::translate(
                       "ScoreSheetImport",
                       "Sheet \"%1\": the mark [branch/year] on row 2 is missing; it is not a PartyDesk "
                       "score sheet.")
                       .arg(sheet.name);
            ++result.badSheets;
            continue;
        }
        const qint64 orgId = match.captured(1).toLongLong();
        const int year = match.captured(2).toInt();
        if (year != t.year)
            problem(1, QCoreApplication::translate("ScoreSheetImport", "the sheet is for %1, not %2.")
                           .arg(year)
                           .arg(t.year));
        const Organisation* org = byId.value(orgId);
        if (!org || !isBranchLevel(org->type) || org->type == OrgType::PartyGroup)
            problem(1, QCoreApplication::translate("ScoreSheetImport",
                                                   "there is no branch with id %1 in this workspace.")
                           .arg(orgId));
        else if (seen.contains(orgId))
            problem(1, QCoreApplication::translate("ScoreSheetImport", "%1 has a sheet already in this file.")
                           .arg(org->name));
        seen.insert(orgId);

        ScoreSheet scores;
        scores.orgId = orgId;
        for (int row = firstDataRow; row < sheet.rowCount(); ++row) {
            const QString code = sheet.cell(row, IdColumn).displayText().trimmed().toUpper();
            if (code.isEmpty())
                continue;
            const ScoreSheetLine* line = byCode.value(code);
            if (!line) {
                problem(row, QCoreApplication::translate(
                                 "ScoreSheetImport",
                                 "code \"%1\" is no line of the %2 template (tasks are T1…, bonus items B1…, "
                                 "deductions D1…, vetoes V1…).")
                                 .arg(sheet.cell(row, IdColumn).displayText())
                                 .arg(t.year));
                continue;
            }
            const QString nameOnSheet = sheet.cell(row, NameColumn).displayText().trimmed();
            if (comparable(nameOnSheet) != comparable(line->name())) {
                problem(row, QCoreApplication::translate(
                                 "ScoreSheetImport", "%1 is \"%2\" in the %3 template but \"%4\" on the "
                                                     "sheet; the template has changed since the sheet was "
                                                     "made: export the sheets again.")
                                 .arg(code, line->name())
                                 .arg(t.year)
                                 .arg(nameOnSheet));
                continue;
            }
            const QString note = sheet.cell(row, NoteColumn).displayText().trimmed();
            if (const RatingTask* task = line->task) {
                TaskScore score;
                score.note = note;
                bool sound = true;
                for (int column : {SelfColumn, AssessedColumn}) {
                    const ScoreInput value = parseScoreCell(sheet.cell(row, column));
                    const QString label = column == SelfColumn
                                              ? QCoreApplication::translate("ScoreSheetImport", "Self")
                                              : QCoreApplication::translate("ScoreSheetImport", "Assessed");
                    QString why = value.error;
                    if (why.isEmpty() && value.value)
                        why = scoreProblem(*task, *value.value);
                    if (!why.isEmpty()) {
                        problem(row, QCoreApplication::translate("ScoreSheetImport", "%1 %2 (%3 %4)")
                                         .arg(label, why, code, task->name));
                        sound = false;
                        continue;
                    }
                    (column == SelfColumn ? score.self : score.assessed) = value.value;
                }
                if (sound)
                    scores.tasks.insert(task->id, score);
                continue;
            }
            const RatingItem* item = line->item;
            ItemScore score;
            score.note = note;
            const TableCell& cell = sheet.cell(row, AssessedColumn);
            if (item->kind == RatingItem::Kind::Veto) {
                const std::optional<bool> applied = parseVetoMark(cell.displayText());
                if (!applied) {
                    problem(row, QCoreApplication::translate("ScoreSheetImport",
                                                             "\"%1\" is not a veto mark: use %2 (%3 %4).")
                                     .arg(cell.displayText(), vetoMarksText(), code, item->name));
                    continue;
                }
                score.applied = *applied;
            } else {
                const ScoreInput value = parseScoreCell(cell);
                QString why = value.error;
                if (why.isEmpty() && value.value)
                    why = itemProblem(*item, *value.value);
                if (!why.isEmpty()) {
                    problem(row, QCoreApplication::translate("ScoreSheetImport", "%1 (%2 %3)")
                                     .arg(why, code, item->name));
                    continue;
                }
                score.points = value.value.value_or(Score());
            }
            scores.items.insert(item->id, score);
        }
        if (problems.isEmpty()) {
            result.sheets << scores;
        } else {
            result.problems << problems;
            ++result.badSheets;
        }
    }
    return result;
}

} // namespace partydesk
