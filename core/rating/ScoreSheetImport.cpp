#include "ScoreSheetImport.h"

#include "report/XlsxReader.h"

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

std::optional<double> number(const QVariant& value, bool* ok)
{
    *ok = true;
    if (!value.isValid())
        return std::nullopt;
    if (value.typeId() == QMetaType::Double)
        return value.toDouble();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const double d = text.toDouble(ok);
    return *ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace

QList<TableReport> scoreSheetWorkbook(const RatingTemplate& t, const QList<Organisation>& branches,
                                      const QHash<qint64, QString>& names, const QList<ScoreSheet>& sheets)
{
    struct Line
    {
        qint64 id;
        QString group, name, max;
        bool veto;
    };
    auto lines = std::make_shared<QList<Line>>();
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks)
            lines->append({task.id, aspect.name, task.name, QString::number(task.maxPoints, 'g', 6), false});
    for (const RatingItem& item : t.items)
        lines->append(
            {item.id, itemGroup(item.kind), item.name,
             item.kind == RatingItem::Kind::Veto ? QString() : QString::number(item.maxPoints, 'g', 6),
             item.kind == RatingItem::Kind::Veto});

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
                              "%1 Fill in the Self and Assessed columns (the committee's score stands); "
                              "keep the first column and this line as they are.")
                              .arg(mark(branch.id, t.year));
        report.sheetName = names.value(branch.id, branch.name);
        using K = ReportColumn::Kind;
        report.columns = {{QCoreApplication::translate("ScoreSheetImport", "Code"), K::Number, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Aspect"), K::Text, 5},
                          {QCoreApplication::translate("ScoreSheetImport", "Task"), K::Text, 16},
                          {QCoreApplication::translate("ScoreSheetImport", "Max."), K::Text, 2.5},
                          {QCoreApplication::translate("ScoreSheetImport", "Self"), K::Text, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Assessed"), K::Text, 3},
                          {QCoreApplication::translate("ScoreSheetImport", "Note"), K::Text, 10}};
        report.rowCount = int(lines->size());
        report.cell = [lines, sheet](int r, int c) -> QVariant {
            const Line& line = (*lines)[r];
            const auto value = [](const std::optional<double>& v) {
                return v ? QVariant(QString::number(*v, 'g', 6)) : QVariant();
            };
            switch (c) {
            case IdColumn:
                return line.id;
            case GroupColumn:
                return line.group;
            case NameColumn:
                return line.name;
            case MaxColumn:
                return line.max;
            case SelfColumn:
                return value(sheet->tasks.value(line.id).self);
            case AssessedColumn:
                if (sheet->items.contains(line.id))
                    return line.veto ? QVariant(sheet->items.value(line.id).applied
                                                    ? QCoreApplication::translate("ScoreSheetImport", "yes")
                                                    : QString())
                                     : QVariant(QString::number(sheet->items.value(line.id).points, 'g', 6));
                return value(sheet->tasks.value(line.id).assessed);
            default:
                return sheet->tasks.contains(line.id) ? sheet->tasks.value(line.id).note
                                                      : sheet->items.value(line.id).note;
            }
        };
        reports << report;
    }
    return reports;
}

ScoreSheetImport readScoreSheets(const QString& path, const RatingTemplate& t,
                                 const QList<Organisation>& organisations)
{
    ScoreSheetImport result;
    const QList<XlsxSheet> workbook = readXlsx(path, &result.fatal);
    if (!result.fatal.isEmpty())
        return result;
    QHash<qint64, const Organisation*> byId;
    for (const Organisation& org : organisations)
        byId.insert(org.id, &org);
    QHash<qint64, const RatingTask*> tasks;
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks)
            tasks.insert(task.id, &task);
    QHash<qint64, const RatingItem*> items;
    for (const RatingItem& item : t.items)
        items.insert(item.id, &item);
    static const QRegularExpression markPattern(QStringLiteral("\\[(\\d+)/(\\d{4})\\]"));
    QSet<qint64> seen;

    for (const XlsxSheet& sheet : workbook) {
        QStringList problems;
        const auto problem = [&](int row, const QString& text) {
            problems << QCoreApplication::translate("ScoreSheetImport", "Sheet \"%1\", row %2: %3")
                            .arg(sheet.name)
                            .arg(row + 1)
                            .arg(text);
        };
        const auto match = markPattern.match(sheet.cell(1, 0).toString());
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
        for (int row = firstDataRow; row < sheet.rows.size(); ++row) {
            const QVariant idCell = sheet.cell(row, IdColumn);
            if (!idCell.isValid())
                continue;
            bool ok = false;
            const qint64 id = qint64(idCell.toDouble(&ok));
            const QString note = sheet.cell(row, NoteColumn).toString().trimmed();
            if (!ok || (!tasks.contains(id) && !items.contains(id))) {
                problem(row, QCoreApplication::translate("ScoreSheetImport",
                                                         "code %1 is no task or item of the %2 template.")
                                 .arg(idCell.toString())
                                 .arg(t.year));
                continue;
            }
            if (const RatingTask* task = tasks.value(id)) {
                TaskScore score;
                score.note = note;
                for (int column : {SelfColumn, AssessedColumn}) {
                    bool isNumber = false;
                    const std::optional<double> value = number(sheet.cell(row, column), &isNumber);
                    const QString label = column == SelfColumn
                                              ? QCoreApplication::translate("ScoreSheetImport", "Self")
                                              : QCoreApplication::translate("ScoreSheetImport", "Assessed");
                    if (!isNumber) {
                        problem(row, QCoreApplication::translate("ScoreSheetImport",
                                                                 "%1 \"%2\" is not a number (%3).")
                                         .arg(label, sheet.cell(row, column).toString(), task->name));
                        continue;
                    }
                    if (value) {
                        if (const QString why = scoreProblem(*task, *value); !why.isEmpty()) {
                            problem(row, QCoreApplication::translate("ScoreSheetImport", "%1 %2 (%3)")
                                             .arg(label, why, task->name));
                            continue;
                        }
                    }
                    (column == SelfColumn ? score.self : score.assessed) = value;
                }
                scores.tasks.insert(id, score);
                continue;
            }
            const RatingItem* item = items.value(id);
            ItemScore score;
            score.note = note;
            const QVariant cell = sheet.cell(row, AssessedColumn);
            if (item->kind == RatingItem::Kind::Veto) {
                static const QStringList yes = {
                    QStringLiteral("是"), QStringLiteral("yes"), QStringLiteral("y"),   QStringLiteral("1"),
                    QStringLiteral("√"),  QStringLiteral("✓"),   QStringLiteral("TRUE")};
                score.applied = yes.contains(cell.toString().trimmed(), Qt::CaseInsensitive);
            } else {
                bool isNumber = false;
                const std::optional<double> value = number(cell, &isNumber);
                if (!isNumber) {
                    problem(row,
                            QCoreApplication::translate("ScoreSheetImport", "\"%1\" is not a number (%2).")
                                .arg(cell.toString(), item->name));
                    continue;
                }
                if (value) {
                    if (const QString why = itemProblem(*item, *value); !why.isEmpty()) {
                        problem(
                            row,
                            QCoreApplication::translate("ScoreSheetImport", "%1 (%2)").arg(why, item->name));
                        continue;
                    }
                }
                score.points = value.value_or(0);
            }
            scores.items.insert(id, score);
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
