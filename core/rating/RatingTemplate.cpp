#include "RatingTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initRatingResources()
{
    Q_INIT_RESOURCE(rating);
}

namespace partydesk {

RatingTemplate defaultRatingTemplate(int year)
{
    initRatingResources();
    QFile file(QStringLiteral(":/rating/default_template.json"));
    file.open(QIODevice::ReadOnly);
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    RatingTemplate t;
    t.year = year;
    t.name = QStringLiteral("%1年度%2").arg(year).arg(root.value(QLatin1String("name")).toString());
    t.bonusCap = Score::fromStored(root.value(QLatin1String("bonusCap")).toDouble());
    const QJsonArray thresholds = root.value(QLatin1String("thresholds")).toArray();
    t.fiveStars = Score::fromStored(thresholds.at(0).toDouble());
    t.fourStars = Score::fromStored(thresholds.at(1).toDouble());
    t.threeStars = Score::fromStored(thresholds.at(2).toDouble());
    t.twoStars = Score::fromStored(thresholds.at(3).toDouble());
    for (const QJsonValue& aspectValue : root.value(QLatin1String("aspects")).toArray()) {
        const QJsonObject aspectObject = aspectValue.toObject();
        RatingAspect aspect;
        aspect.name = aspectObject.value(QLatin1String("name")).toString();
        for (const QJsonValue& taskValue : aspectObject.value(QLatin1String("tasks")).toArray()) {
            const QJsonArray task = taskValue.toArray();
            aspect.tasks.append({0, task.at(0).toString(), Score::fromStored(task.at(1).toDouble()),
                                 task.at(2).toString(), task.at(3).toString(), task.at(4).toString()});
        }
        t.aspects.append(aspect);
    }
    const auto items = [&](const char* key, RatingItem::Kind kind) {
        for (const QJsonValue& value : root.value(QLatin1String(key)).toArray()) {
            const QJsonArray item = value.toArray();
            if (kind == RatingItem::Kind::Veto)
                t.items.append({0, kind, item.at(0).toString(), Score(), item.at(1).toString()});
            else
                t.items.append({0, kind, item.at(0).toString(), Score::fromStored(item.at(1).toDouble()),
                                item.at(2).toString()});
        }
    };
    items("bonus", RatingItem::Kind::Bonus);
    items("deductions", RatingItem::Kind::Deduction);
    items("vetoes", RatingItem::Kind::Veto);
    return t;
}

QStringList templateProblems(const RatingTemplate& t)
{
    QStringList problems;
    if (t.taskCount() == 0)
        problems << QCoreApplication::translate("RatingTemplate", "The template has no tasks.");
    for (const RatingAspect& aspect : t.aspects) {
        if (aspect.name.trimmed().isEmpty())
            problems << QCoreApplication::translate("RatingTemplate", "An aspect has no name.");
        for (const RatingTask& task : aspect.tasks) {
            if (task.name.trimmed().isEmpty())
                problems << QCoreApplication::translate("RatingTemplate", "A task of \"%1\" has no name.")
                                .arg(aspect.name);
            if (task.maxPoints <= Score())
                problems << QCoreApplication::translate("RatingTemplate",
                                                        "The task \"%1\" must have a maximum above zero.")
                                .arg(task.name);
        }
    }
    for (const RatingItem& item : t.items) {
        if (item.name.trimmed().isEmpty())
            problems << QCoreApplication::translate("RatingTemplate",
                                                    "A bonus, deduction or veto item has no name.");
        else if (item.kind != RatingItem::Kind::Veto && item.maxPoints <= Score())
            problems << QCoreApplication::translate("RatingTemplate",
                                                    "The item \"%1\" must have a maximum above zero.")
                            .arg(item.name);
    }
    if (!(t.fiveStars > t.fourStars && t.fourStars > t.threeStars && t.threeStars > t.twoStars &&
          t.twoStars > Score()))
        problems << QCoreApplication::translate(
            "RatingTemplate", "The star thresholds must fall from five stars to two (e.g. 90, 80, 70, 60).");
    if (t.bonusCap < Score())
        problems << QCoreApplication::translate("RatingTemplate", "The bonus cap cannot be negative.");
    if (t.vetoCapsAt < 1 || t.vetoCapsAt > 5)
        problems << QCoreApplication::translate("RatingTemplate",
                                                "A veto must cap the level at one to five stars.");
    return problems;
}

} // namespace partydesk
