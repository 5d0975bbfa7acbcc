#include "RatingRepository.h"
#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace partydesk {

// The templates of the star rating: aspects, tasks and items per year, read and written whole.

namespace {

QString kindCode(RatingItem::Kind kind)
{
    switch (kind) {
    case RatingItem::Kind::Bonus:
        return QStringLiteral("bonus");
    case RatingItem::Kind::Deduction:
        return QStringLiteral("deduction");
    case RatingItem::Kind::Veto:
        return QStringLiteral("veto");
    }
    return {};
}

RatingItem::Kind kindFromCode(const QString& code)
{
    if (code == QLatin1String("deduction"))
        return RatingItem::Kind::Deduction;
    if (code == QLatin1String("veto"))
        return RatingItem::Kind::Veto;
    return RatingItem::Kind::Bonus;
}

QVariant optionalNumber(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> numberFromSql(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

Score scoreValue(const QVariant& value)
{
    return Score::fromStored(value.toDouble());
}

} // namespace

QList<int> RatingRepository::years() const
{
    QList<int> list;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT year FROM rating_template ORDER BY year DESC"));
    while (q.next())
        list << q.value(0).toInt();
    return list;
}

std::optional<RatingTemplate> RatingRepository::templateForYear(int year) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, year, name, bonus_cap, five_stars, four_stars, three_stars, two_stars, "
                       "veto_caps_at, five_star_quota, four_star_quota FROM rating_template WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RatingTemplate t;
    t.id = q.value(0).toLongLong();
    t.year = q.value(1).toInt();
    t.name = q.value(2).toString();
    t.bonusCap = scoreValue(q.value(3));
    t.fiveStars = scoreValue(q.value(4));
    t.fourStars = scoreValue(q.value(5));
    t.threeStars = scoreValue(q.value(6));
    t.twoStars = scoreValue(q.value(7));
    t.vetoCapsAt = q.value(8).toInt();
    t.fiveStarQuota = numberFromSql(q.value(9));
    t.fourStarQuota = numberFromSql(q.value(10));

    QSqlQuery aspects(m_db);
    aspects.prepare(
        QStringLiteral("SELECT id, name FROM rating_aspect WHERE template_id = ? ORDER BY position, id"));
    aspects.addBindValue(t.id);
    if (!execRead(aspects))
        return std::nullopt;
    QSqlQuery tasks(m_db);
    tasks.prepare(QStringLiteral(
        "SELECT id, name, max_points, guide, evidence, evidence_source FROM rating_task WHERE aspect_id = ? "
        "ORDER BY position, id"));
    while (aspects.next()) {
        RatingAspect aspect;
        aspect.id = aspects.value(0).toLongLong();
        aspect.name = aspects.value(1).toString();
        tasks.addBindValue(aspect.id);
        if (!execRead(tasks))
            return std::nullopt;
        while (tasks.next())
            aspect.tasks.append({tasks.value(0).toLongLong(), tasks.value(1).toString(),
                                 scoreValue(tasks.value(2)), tasks.value(3).toString(),
                                 tasks.value(4).toString(), tasks.value(5).toString()});
        t.aspects.append(aspect);
    }
    QSqlQuery items(m_db);
    items.prepare(
        QStringLiteral("SELECT id, kind, name, max_points, guide FROM rating_item WHERE template_id = ? "
                       "ORDER BY position, id"));
    items.addBindValue(t.id);
    if (!execRead(items))
        return std::nullopt;
    while (items.next())
        t.items.append({items.value(0).toLongLong(), kindFromCode(items.value(1).toString()),
                        items.value(2).toString(), scoreValue(items.value(3)), items.value(4).toString()});
    return t;
}

WriteResult RatingRepository::saveTemplate(RatingTemplate& t)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    if (const QStringList problems = templateProblems(t); !problems.isEmpty())
        return {0, problems.join(QLatin1Char('\n'))};
    RatingTemplate saved = t;
    const WriteResult result = inTransaction(m_db, [&](qint64* id) -> QString {
        QSqlQuery q(m_db);
        if (saved.id > 0)
            q.prepare(QStringLiteral(
                "UPDATE rating_template SET year = ?, name = ?, bonus_cap = ?, five_stars = ?, "
                "four_stars = ?, three_stars = ?, two_stars = ?, veto_caps_at = ?, "
                "five_star_quota = ?, four_star_quota = ? WHERE id = ?"));
        else
            q.prepare(
                QStringLiteral("INSERT INTO rating_template (year, name, bonus_cap, five_stars, four_stars, "
                               "three_stars, two_stars, veto_caps_at, five_star_quota, four_star_quota) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindValues(q, {saved.year, saved.name, saved.bonusCap.toDouble(), saved.fiveStars.toDouble(),
                       saved.fourStars.toDouble(), saved.threeStars.toDouble(), saved.twoStars.toDouble(),
                       saved.vetoCapsAt, optionalNumber(saved.fiveStarQuota),
                       optionalNumber(saved.fourStarQuota)});
        if (saved.id > 0)
            q.addBindValue(saved.id);
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        if (saved.id == 0)
            saved.id = returnedId(q);
        *id = saved.id;

        // Whatever is no longer in the template goes, with its scores.
        QSet<qint64> aspectIds, taskIds, itemIds;
        for (const RatingAspect& a : saved.aspects) {
            aspectIds << a.id;
            for (const RatingTask& task : a.tasks)
                taskIds << task.id;
        }
        for (const RatingItem& item : saved.items)
            itemIds << item.id;
        QSqlQuery existing(m_db);
        existing.prepare(
            QStringLiteral("SELECT 'a', id FROM rating_aspect WHERE template_id = ? UNION ALL "
                           "SELECT 't', t.id FROM rating_task t JOIN rating_aspect a ON a.id = t.aspect_id "
                           "WHERE a.template_id = ? UNION ALL "
                           "SELECT 'i', id FROM rating_item WHERE template_id = ?"));
        bindValues(existing, {saved.id, saved.id, saved.id});
        if (QString e = execQuery(existing); !e.isEmpty())
            return e;
        QList<QPair<QString, qint64>> removed;
        while (existing.next()) {
            const QString kind = existing.value(0).toString();
            const qint64 id = existing.value(1).toLongLong();
            const QSet<qint64>& keep = kind == QLatin1String("a")   ? aspectIds
                                       : kind == QLatin1String("t") ? taskIds
                                                                    : itemIds;
            if (!keep.contains(id))
                removed.append({kind, id});
        }
        for (const auto& [kind, id] : removed) {
            QSqlQuery del(m_db);
            del.prepare(kind == QLatin1String("a") ? QStringLiteral("DELETE FROM rating_aspect WHERE id = ?")
                        : kind == QLatin1String("t")
                            ? QStringLiteral("DELETE FROM rating_task WHERE id = ?")
                            : QStringLiteral("DELETE FROM rating_item WHERE id = ?"));
            del.addBindValue(id);
            if (QString e = execQuery(del); !e.isEmpty())
                return e;
        }

        for (int a = 0; a < saved.aspects.size(); ++a) {
            RatingAspect& aspect = saved.aspects[a];
            QSqlQuery qa(m_db);
            if (aspect.id > 0) {
                qa.prepare(QStringLiteral("UPDATE rating_aspect SET position = ?, name = ? WHERE id = ?"));
                bindValues(qa, {a, aspect.name.trimmed(), aspect.id});
            } else {
                qa.prepare(QStringLiteral(
                    "INSERT INTO rating_aspect (template_id, position, name) VALUES (?, ?, ?) RETURNING id"));
                bindValues(qa, {saved.id, a, aspect.name.trimmed()});
            }
            if (QString e = execQuery(qa); !e.isEmpty())
                return e;
            if (aspect.id == 0)
                aspect.id = returnedId(qa);
            for (int i = 0; i < aspect.tasks.size(); ++i) {
                RatingTask& task = aspect.tasks[i];
                QSqlQuery qt(m_db);
                if (task.id > 0) {
                    qt.prepare(QStringLiteral("UPDATE rating_task SET aspect_id = ?, position = ?, name = ?, "
                                              "max_points = ?, guide = ?, evidence = ?, evidence_source = ? "
                                              "WHERE id = ?"));
                    bindValues(qt, {aspect.id, i, task.name.trimmed(), task.maxPoints.toDouble(), task.guide,
                                    task.evidence, task.evidenceSource, task.id});
                } else {
                    qt.prepare(QStringLiteral(
                        "INSERT INTO rating_task (aspect_id, position, name, max_points, guide, "
                        "evidence, evidence_source) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
                    bindValues(qt, {aspect.id, i, task.name.trimmed(), task.maxPoints.toDouble(), task.guide,
                                    task.evidence, task.evidenceSource});
                }
                if (QString e = execQuery(qt); !e.isEmpty())
                    return e;
                if (task.id == 0)
                    task.id = returnedId(qt);
            }
        }
        for (int i = 0; i < saved.items.size(); ++i) {
            RatingItem& item = saved.items[i];
            QSqlQuery qi(m_db);
            if (item.id > 0) {
                qi.prepare(
                    QStringLiteral("UPDATE rating_item SET kind = ?, position = ?, name = ?, max_points = ?, "
                                   "guide = ? WHERE id = ?"));
                bindValues(qi, {kindCode(item.kind), i, item.name.trimmed(), item.maxPoints.toDouble(),
                                item.guide, item.id});
            } else {
                qi.prepare(QStringLiteral(
                    "INSERT INTO rating_item (template_id, kind, position, name, max_points, guide) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
                bindValues(qi, {saved.id, kindCode(item.kind), i, item.name.trimmed(),
                                item.maxPoints.toDouble(), item.guide});
            }
            if (QString e = execQuery(qi); !e.isEmpty())
                return e;
            if (item.id == 0)
                item.id = returnedId(qi);
        }
        return {};
    });
    if (result.ok())
        t = saved;
    return result;
}

WriteResult RatingRepository::copyTemplate(int fromYear, int toYear)
{
    std::optional<RatingTemplate> source = templateForYear(fromYear);
    if (!source)
        return {
            0, QCoreApplication::translate("RatingRepository", "There is no template for %1.").arg(fromYear)};
    if (templateForYear(toYear))
        return {0, QCoreApplication::translate("RatingRepository", "%1 already has a template.").arg(toYear)};
    RatingTemplate copy = *source;
    copy.id = 0;
    copy.year = toYear;
    copy.name.replace(QString::number(fromYear), QString::number(toYear));
    for (RatingAspect& aspect : copy.aspects) {
        aspect.id = 0;
        for (RatingTask& task : aspect.tasks)
            task.id = 0;
    }
    for (RatingItem& item : copy.items)
        item.id = 0;
    return saveTemplate(copy);
}

} // namespace partydesk
