#include "TemplateFile.h"

#include "EvidenceSource.h"
#include "tabular/TableReader.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

QString evidenceSourceNames()
{
    QStringList names;
    for (const QString& code : EvidenceSource::all())
        names << EvidenceSource::name(code);
    return names.join(QCoreApplication::translate("TemplateFile", ", "));
}

QString kindLabel(RatingItem::Kind kind)
{
    switch (kind) {
    case RatingItem::Kind::Bonus:
        return QCoreApplication::translate("TemplateFile", "Bonus");
    case RatingItem::Kind::Deduction:
        return QCoreApplication::translate("TemplateFile", "Deduction");
    case RatingItem::Kind::Veto:
        return QCoreApplication::translate("TemplateFile", "Veto");
    }
    return {};
}

// Either language's label, or the code.
bool kindFromLabel(const QString& text, RatingItem::Kind* kind)
{
    const QString t = text.trimmed();
    const QList<QPair<QStringList, RatingItem::Kind>> known = {
        {{QStringLiteral("加分"), QStringLiteral("加分项"), QStringLiteral("Bonus"), QStringLiteral("bonus")},
         RatingItem::Kind::Bonus},
        {{QStringLiteral("扣分"), QStringLiteral("扣分项"), QStringLiteral("Deduction"),
          QStringLiteral("deduction")},
         RatingItem::Kind::Deduction},
        {{QStringLiteral("一票否决"), QStringLiteral("否决"), QStringLiteral("Veto"), QStringLiteral("veto")},
         RatingItem::Kind::Veto}};
    for (const auto& [labels, value] : known)
        if (labels.contains(t, Qt::CaseInsensitive) || t == kindLabel(value)) {
            *kind = value;
            return true;
        }
    return false;
}

constexpr int firstDataRow = 3; // title, subtitle, header

} // namespace

QList<TableReport> templateWorkbook(const RatingTemplate& t)
{
    using K = ReportColumn::Kind;
    auto copy = std::make_shared<RatingTemplate>(t);

    TableReport settings;
    settings.title = QCoreApplication::translate("TemplateFile", "Star rating template: %1").arg(t.name);
    settings.subtitle = QCoreApplication::translate("TemplateFile", "Settings (leave empty for no quota)");
    settings.sheetName = QCoreApplication::translate("TemplateFile", "Settings");
    settings.columns = {{QCoreApplication::translate("TemplateFile", "Setting"), K::Text, 10},
                        {QCoreApplication::translate("TemplateFile", "Value"), K::Text, 20}};
    settings.rowCount = 9;
    settings.cell = [copy](int r, int c) -> QVariant {
        const auto number = [](double v) { return QString::number(v, 'g', 6); };
        const auto points = [](Score v) { return v.toCompactString(); };
        const QStringList labels = {QCoreApplication::translate("TemplateFile", "Name"),
                                    QCoreApplication::translate("TemplateFile", "Five stars from"),
                                    QCoreApplication::translate("TemplateFile", "Four stars from"),
                                    QCoreApplication::translate("TemplateFile", "Three stars from"),
                                    QCoreApplication::translate("TemplateFile", "Two stars from"),
                                    QCoreApplication::translate("TemplateFile", "Bonus cap"),
                                    QCoreApplication::translate("TemplateFile", "A veto caps at (stars)"),
                                    QCoreApplication::translate("TemplateFile", "Five-star quota (%)"),
                                    QCoreApplication::translate("TemplateFile", "Four-star quota (%)")};
        if (c == 0)
            return labels[r];
        switch (r) {
        case 0:
            return copy->name;
        case 1:
            return points(copy->fiveStars);
        case 2:
            return points(copy->fourStars);
        case 3:
            return points(copy->threeStars);
        case 4:
            return points(copy->twoStars);
        case 5:
            return points(copy->bonusCap);
        case 6:
            return QString::number(copy->vetoCapsAt);
        case 7:
            return copy->fiveStarQuota ? number(*copy->fiveStarQuota) : QString();
        default:
            return copy->fourStarQuota ? number(*copy->fourStarQuota) : QString();
        }
    };

    TableReport tasks;
    tasks.title = settings.title;
    tasks.subtitle = QCoreApplication::translate("TemplateFile", "%1 tasks, %2 points")
                         .arg(t.taskCount())
                         .arg(t.maxPoints().toCompactString());
    tasks.sheetName = QCoreApplication::translate("TemplateFile", "Tasks");
    tasks.columns = {
        {QCoreApplication::translate("TemplateFile", "Aspect"), K::Text, 6},
        {QCoreApplication::translate("TemplateFile", "Task"), K::Text, 16},
        {QCoreApplication::translate("TemplateFile", "Max."), K::Number, 3},
        {QCoreApplication::translate("TemplateFile", "How to score"), K::Text, 20},
        {QCoreApplication::translate("TemplateFile", "Evidence"), K::Text, 12},
        {QCoreApplication::translate("TemplateFile", "Facts suggesting the score"), K::Text, 10}};
    auto flat = std::make_shared<QList<QPair<QString, RatingTask>>>();
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks)
            flat->append({aspect.name, task});
    tasks.rowCount = int(flat->size());
    tasks.cell = [flat](int r, int c) -> QVariant {
        const auto& [aspect, task] = (*flat)[r];
        switch (c) {
        case 0:
            return aspect;
        case 1:
            return task.name;
        case 2:
            return task.maxPoints.toDouble();
        case 3:
            return task.guide;
        case 4:
            return task.evidence;
        default:
            return EvidenceSource::name(task.evidenceSource);
        }
    };

    TableReport items;
    items.title = settings.title;
    items.subtitle = QCoreApplication::translate("TemplateFile", "Type: bonus, deduction or veto");
    items.sheetName = QCoreApplication::translate("TemplateFile", "Bonus, deduction, veto");
    items.columns = {{QCoreApplication::translate("TemplateFile", "Type"), K::Text, 5},
                     {QCoreApplication::translate("TemplateFile", "Item"), K::Text, 20},
                     {QCoreApplication::translate("TemplateFile", "Max."), K::Number, 3},
                     {QCoreApplication::translate("TemplateFile", "Explanation"), K::Text, 20}};
    items.rowCount = int(t.items.size());
    items.cell = [copy](int r, int c) -> QVariant {
        const RatingItem& item = copy->items[r];
        switch (c) {
        case 0:
            return kindLabel(item.kind);
        case 1:
            return item.name;
        case 2:
            return item.maxPoints.toDouble();
        default:
            return item.guide;
        }
    };
    return {settings, tasks, items};
}

RatingTemplate readTemplateWorkbook(const QString& path, int year, QStringList* problems)
{
    RatingTemplate t;
    t.year = year;
    QString error;
    const QList<TableSheet> sheets = readWorkbook(path, &error);
    if (!error.isEmpty()) {
        *problems << error;
        return t;
    }
    if (sheets.size() < 3) {
        *problems << QCoreApplication::translate("TemplateFile",
                                                 "The workbook needs three sheets: settings, tasks, "
                                                 "and bonus/deduction/veto items.");
        return t;
    }
    const auto problem = [&](const TableSheet& sheet, int row, const QString& text) {
        *problems << QCoreApplication::translate("TemplateFile", "Sheet \"%1\", row %2: %3")
                         .arg(sheet.name)
                         .arg(row + 1)
                         .arg(text);
    };
    const auto number = [](const TableCell& cell, bool* ok) {
        if (cell.type == TableCell::Type::Number || cell.type == TableCell::Type::Date) {
            *ok = true;
            return cell.number;
        }
        return cell.displayText().trimmed().toDouble(ok);
    };

    const TableSheet& settings = sheets[0];
    t.name = settings.cell(firstDataRow, 1).displayText().trimmed();
    Score* targets[] = {&t.fiveStars, &t.fourStars, &t.threeStars, &t.twoStars, &t.bonusCap};
    for (int i = 0; i < 5; ++i) {
        const ScoreInput value = parseScoreCell(settings.cell(firstDataRow + 1 + i, 1));
        if (!value.ok())
            problem(settings, firstDataRow + 1 + i, value.error);
        else if (!value.value)
            problem(settings, firstDataRow + 1 + i,
                    QCoreApplication::translate("TemplateFile", "not a number."));
        else
            *targets[i] = *value.value;
    }
    bool ok = false;
    t.vetoCapsAt = int(number(settings.cell(firstDataRow + 6, 1), &ok));
    if (!ok)
        problem(settings, firstDataRow + 6, QCoreApplication::translate("TemplateFile", "not a number."));
    for (int i = 0; i < 2; ++i) {
        const TableCell& cell = settings.cell(firstDataRow + 7 + i, 1);
        if (cell.displayText().trimmed().isEmpty())
            continue;
        const double quota = number(cell, &ok);
        if (!ok || quota <= 0 || quota > 100)
            problem(settings, firstDataRow + 7 + i,
                    QCoreApplication::translate("TemplateFile", "a quota is a percentage from 1 to 100."));
        else
            (i == 0 ? t.fiveStarQuota : t.fourStarQuota) = quota;
    }

    const TableSheet& tasks = sheets[1];
    for (int row = firstDataRow; row < tasks.rowCount(); ++row) {
        const QString aspect = tasks.cell(row, 0).displayText().trimmed();
        const QString name = tasks.cell(row, 1).displayText().trimmed();
        if (aspect.isEmpty() && name.isEmpty())
            continue;
        const ScoreInput max = parseScoreCell(tasks.cell(row, 2));
        if (!max.ok()) {
            problem(tasks, row, max.error);
            continue;
        }
        if (aspect.isEmpty() || name.isEmpty() || !max.value || *max.value <= Score()) {
            problem(tasks, row,
                    QCoreApplication::translate(
                        "TemplateFile", "each task needs an aspect, a name and a maximum above zero."));
            continue;
        }
        if (t.aspects.isEmpty() || t.aspects.last().name != aspect)
            t.aspects.append({0, aspect, {}});
        // A template file of an older release has no such column: no task suggests its score.
        bool known = true;
        const QString source = EvidenceSource::fromText(tasks.cell(row, 5).displayText(), &known);
        if (!known) {
            problem(
                tasks, row,
                QCoreApplication::translate("TemplateFile", "the facts suggesting the score are one of: %1.")
                    .arg(evidenceSourceNames()));
            continue;
        }
        t.aspects.last().tasks.append({0, name, *max.value, tasks.cell(row, 3).displayText(),
                                       tasks.cell(row, 4).displayText(), source});
    }

    const TableSheet& items = sheets[2];
    for (int row = firstDataRow; row < items.rowCount(); ++row) {
        const QString name = items.cell(row, 1).displayText().trimmed();
        if (name.isEmpty())
            continue;
        RatingItem item;
        if (!kindFromLabel(items.cell(row, 0).displayText(), &item.kind)) {
            problem(
                items, row,
                QCoreApplication::translate("TemplateFile", "the type must be bonus, deduction or veto."));
            continue;
        }
        item.name = name;
        const ScoreInput max = item.kind == RatingItem::Kind::Veto ? ScoreInput{Score(), {}}
                                                                   : parseScoreCell(items.cell(row, 2));
        item.maxPoints = max.value.value_or(Score());
        if (item.kind != RatingItem::Kind::Veto && (!max.ok() || item.maxPoints <= Score())) {
            problem(items, row,
                    QCoreApplication::translate("TemplateFile",
                                                "bonus and deduction items need a maximum above zero."));
            continue;
        }
        item.guide = items.cell(row, 3).displayText();
        t.items.append(item);
    }
    *problems << templateProblems(t);
    return t;
}

} // namespace partydesk
