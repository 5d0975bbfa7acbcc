#include "RatingRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

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

// Scores are stored as REAL with at most two decimals, which a double holds to far better than a
// hundredth; they are read back to exact hundredths.
QVariant optionalScore(const std::optional<Score>& value)
{
    return value ? QVariant(value->toDouble()) : QVariant();
}

std::optional<Score> scoreFromSql(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<Score>(Score::fromStored(value.toDouble()));
}

Score scoreValue(const QVariant& value)
{
    return Score::fromStored(value.toDouble());
}

QString writeTaskScore(QSqlDatabase& db, qint64 sessionId, qint64 orgId, qint64 taskId,
                       const TaskScore& score)
{
    QSqlQuery q(db);
    if (!score.self && !score.assessed && score.note.trimmed().isEmpty()) {
        q.prepare(
            QStringLiteral("DELETE FROM rating_score WHERE session_id = ? AND org_id = ? AND task_id = ?"));
        bindValues(q, {sessionId, orgId, taskId});
        return execQuery(q);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, org_id, task_id) DO UPDATE SET "
        "self_score = excluded.self_score, assessed_score = excluded.assessed_score, "
        "note = excluded.note"));
    bindValues(q, {sessionId, orgId, taskId, optionalScore(score.self), optionalScore(score.assessed),
                   score.note.trimmed()});
    return execQuery(q);
}

QString writeItemScore(QSqlDatabase& db, qint64 sessionId, qint64 orgId, qint64 itemId,
                       const ItemScore& score)
{
    QSqlQuery q(db);
    if (score.points == Score() && !score.applied && score.note.trimmed().isEmpty()) {
        q.prepare(QStringLiteral(
            "DELETE FROM rating_item_score WHERE session_id = ? AND org_id = ? AND item_id = ?"));
        bindValues(q, {sessionId, orgId, itemId});
        return execQuery(q);
    }
    q.prepare(
        QStringLiteral("INSERT INTO rating_item_score (session_id, org_id, item_id, points, applied, note) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, org_id, item_id) DO UPDATE SET "
                       "points = excluded.points, applied = excluded.applied, note = excluded.note"));
    bindValues(
        q, {sessionId, orgId, itemId, score.points.toDouble(), score.applied ? 1 : 0, score.note.trimmed()});
    return execQuery(q);
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
    tasks.prepare(
        QStringLiteral("SELECT id, name, max_points, guide, evidence FROM rating_task WHERE aspect_id = ? "
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
                                 tasks.value(4).toString()});
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
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindValues(q, {saved.year, saved.name, saved.bonusCap.toDouble(), saved.fiveStars.toDouble(),
                       saved.fourStars.toDouble(), saved.threeStars.toDouble(), saved.twoStars.toDouble(),
                       saved.vetoCapsAt, optionalNumber(saved.fiveStarQuota),
                       optionalNumber(saved.fourStarQuota)});
        if (saved.id > 0)
            q.addBindValue(saved.id);
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        if (saved.id == 0)
            saved.id = q.lastInsertId().toLongLong();
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
                    "INSERT INTO rating_aspect (template_id, position, name) VALUES (?, ?, ?)"));
                bindValues(qa, {saved.id, a, aspect.name.trimmed()});
            }
            if (QString e = execQuery(qa); !e.isEmpty())
                return e;
            if (aspect.id == 0)
                aspect.id = qa.lastInsertId().toLongLong();
            for (int i = 0; i < aspect.tasks.size(); ++i) {
                RatingTask& task = aspect.tasks[i];
                QSqlQuery qt(m_db);
                if (task.id > 0) {
                    qt.prepare(QStringLiteral("UPDATE rating_task SET aspect_id = ?, position = ?, name = ?, "
                                              "max_points = ?, guide = ?, evidence = ? WHERE id = ?"));
                    bindValues(qt, {aspect.id, i, task.name.trimmed(), task.maxPoints.toDouble(), task.guide,
                                    task.evidence, task.id});
                } else {
                    qt.prepare(QStringLiteral(
                        "INSERT INTO rating_task (aspect_id, position, name, max_points, guide, "
                        "evidence) VALUES (?, ?, ?, ?, ?, ?)"));
                    bindValues(qt, {aspect.id, i, task.name.trimmed(), task.maxPoints.toDouble(), task.guide,
                                    task.evidence});
                }
                if (QString e = execQuery(qt); !e.isEmpty())
                    return e;
                if (task.id == 0)
                    task.id = qt.lastInsertId().toLongLong();
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
                    "VALUES (?, ?, ?, ?, ?, ?)"));
                bindValues(qi, {saved.id, kindCode(item.kind), i, item.name.trimmed(),
                                item.maxPoints.toDouble(), item.guide});
            }
            if (QString e = execQuery(qi); !e.isEmpty())
                return e;
            if (item.id == 0)
                item.id = qi.lastInsertId().toLongLong();
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

WriteResult RatingRepository::ensureSession(int year, QDate today)
{
    std::optional<RatingTemplate> t = templateForYear(year);
    if (!t) {
        RatingTemplate fresh = defaultRatingTemplate(year);
        const WriteResult saved = saveTemplate(fresh);
        if (!saved.ok())
            return saved;
        t = fresh;
    }
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM rating_session WHERE template_id = ?"));
    find.addBindValue(t->id);
    if (find.exec() && find.next())
        return {find.value(0).toLongLong(), {}};
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO rating_session (template_id, created_on) VALUES (?, ?)"));
    bindValues(insert, {t->id, sqlDate(today)});
    if (QString e = execQuery(insert); !e.isEmpty())
        return {0, e};
    return {insert.lastInsertId().toLongLong(), {}};
}

WriteResult RatingRepository::setSessionOrganisations(qint64 sessionId, const QList<qint64>& orgIds)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db, [&](qint64* id) -> QString {
        *id = sessionId;
        QSqlQuery current(m_db);
        current.prepare(QStringLiteral("SELECT org_id FROM rating_session_org WHERE session_id = ?"));
        current.addBindValue(sessionId);
        if (QString e = execQuery(current); !e.isEmpty())
            return e;
        QSet<qint64> before;
        while (current.next())
            before << current.value(0).toLongLong();
        const QSet<qint64> after(orgIds.cbegin(), orgIds.cend());
        for (qint64 org : before - after) {
            QSqlQuery del(m_db);
            del.prepare(QStringLiteral("DELETE FROM rating_session_org WHERE session_id = ? AND org_id = ?"));
            bindValues(del, {sessionId, org});
            if (QString e = execQuery(del); !e.isEmpty())
                return e;
        }
        for (qint64 org : after - before) {
            QSqlQuery add(m_db);
            add.prepare(QStringLiteral("INSERT INTO rating_session_org (session_id, org_id) VALUES (?, ?)"));
            bindValues(add, {sessionId, org});
            if (QString e = execQuery(add); !e.isEmpty())
                return e;
        }
        return {};
    });
}

std::optional<RatingYear> RatingRepository::loadYear(int year) const
{
    std::optional<RatingTemplate> t = templateForYear(year);
    if (!t)
        return std::nullopt;
    RatingYear y;
    y.ratingTemplate = *t;
    QSqlQuery session(m_db);
    session.prepare(QStringLiteral("SELECT id, finished_on FROM rating_session WHERE template_id = ?"));
    session.addBindValue(t->id);
    if (!session.exec() || !session.next())
        return y;
    y.sessionId = session.value(0).toLongLong();
    y.finishedOn = dateFromSql(session.value(1));

    QSqlQuery orgs(m_db);
    orgs.prepare(
        QStringLiteral("SELECT s.org_id FROM rating_session_org s JOIN organisation o ON o.id = s.org_id "
                       "WHERE s.session_id = ? ORDER BY o.sort_order, o.id"));
    orgs.addBindValue(y.sessionId);
    if (!execRead(orgs))
        return std::nullopt;
    QHash<qint64, int> index;
    while (orgs.next()) {
        const qint64 org = orgs.value(0).toLongLong();
        index.insert(org, int(y.orgIds.size()));
        y.orgIds << org;
        ScoreSheet sheet;
        sheet.orgId = org;
        y.sheets << sheet;
    }
    QSqlQuery scores(m_db);
    scores.setForwardOnly(true);
    scores.prepare(
        QStringLiteral("SELECT org_id, task_id, self_score, assessed_score, note FROM rating_score "
                       "WHERE session_id = ?"));
    scores.addBindValue(y.sessionId);
    if (!execRead(scores))
        return std::nullopt;
    while (scores.next()) {
        const int i = index.value(scores.value(0).toLongLong(), -1);
        if (i >= 0)
            y.sheets[i].tasks.insert(
                scores.value(1).toLongLong(),
                {scoreFromSql(scores.value(2)), scoreFromSql(scores.value(3)), scores.value(4).toString()});
    }
    QSqlQuery items(m_db);
    items.prepare(QStringLiteral("SELECT org_id, item_id, points, applied, note FROM rating_item_score "
                                 "WHERE session_id = ?"));
    items.addBindValue(y.sessionId);
    if (!execRead(items))
        return std::nullopt;
    while (items.next()) {
        const int i = index.value(items.value(0).toLongLong(), -1);
        if (i >= 0)
            y.sheets[i].items.insert(
                items.value(1).toLongLong(),
                {scoreValue(items.value(2)), items.value(3).toBool(), items.value(4).toString()});
    }
    return y;
}

qint64 RatingRepository::sessionId(int year, QDate* finishedOn) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, s.finished_on FROM rating_session s JOIN rating_template t "
                             "ON t.id = s.template_id WHERE t.year = ?"));
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return 0;
    if (finishedOn)
        *finishedOn = dateFromSql(q.value(1));
    return q.value(0).toLongLong();
}

ScoreSheet RatingRepository::sheet(qint64 sessionId, qint64 orgId) const
{
    ScoreSheet sheet;
    sheet.orgId = orgId;
    QSqlQuery scores(m_db);
    scores.prepare(QStringLiteral("SELECT task_id, self_score, assessed_score, note FROM rating_score "
                                  "WHERE session_id = ? AND org_id = ?"));
    bindValues(scores, {sessionId, orgId});
    execRead(scores);
    while (scores.next())
        sheet.tasks.insert(
            scores.value(0).toLongLong(),
            {scoreFromSql(scores.value(1)), scoreFromSql(scores.value(2)), scores.value(3).toString()});
    QSqlQuery items(m_db);
    items.prepare(QStringLiteral("SELECT item_id, points, applied, note FROM rating_item_score "
                                 "WHERE session_id = ? AND org_id = ?"));
    bindValues(items, {sessionId, orgId});
    execRead(items);
    while (items.next())
        sheet.items.insert(items.value(0).toLongLong(),
                           {scoreValue(items.value(1)), items.value(2).toBool(), items.value(3).toString()});
    return sheet;
}

WriteResult RatingRepository::saveTaskScore(qint64 sessionId, qint64 orgId, qint64 taskId,
                                            const TaskScore& score)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db,
                         [&](qint64*) { return writeTaskScore(m_db, sessionId, orgId, taskId, score); });
}

WriteResult RatingRepository::saveItemScore(qint64 sessionId, qint64 orgId, qint64 itemId,
                                            const ItemScore& score)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db,
                         [&](qint64*) { return writeItemScore(m_db, sessionId, orgId, itemId, score); });
}

WriteResult RatingRepository::saveSheets(qint64 sessionId, const QList<ScoreSheet>& sheets)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    return inTransaction(m_db, [&](qint64*) -> QString {
        for (const ScoreSheet& sheet : sheets) {
            QSqlQuery member(m_db);
            member.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO rating_session_org (session_id, org_id) VALUES (?, ?)"));
            bindValues(member, {sessionId, sheet.orgId});
            if (QString e = execQuery(member); !e.isEmpty())
                return e;
            for (auto it = sheet.tasks.cbegin(); it != sheet.tasks.cend(); ++it)
                if (QString e = writeTaskScore(m_db, sessionId, sheet.orgId, it.key(), it.value());
                    !e.isEmpty())
                    return e;
            for (auto it = sheet.items.cbegin(); it != sheet.items.cend(); ++it)
                if (QString e = writeItemScore(m_db, sessionId, sheet.orgId, it.key(), it.value());
                    !e.isEmpty())
                    return e;
        }
        return {};
    });
}

WriteResult RatingRepository::setFinished(qint64 sessionId, QDate finishedOn)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE rating_session SET finished_on = ? WHERE id = ?"));
    bindValues(q, {sqlDate(finishedOn), sessionId});
    const QString e = execQuery(q);
    return {e.isEmpty() ? sessionId : 0, e};
}

QList<Rectification> RatingRepository::rectifications(qint64 sessionId, qint64 orgId) const
{
    QList<Rectification> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, session_id, org_id, problem, measure, responsible, due_on, status, done_on "
        "FROM rectification WHERE session_id = ? AND (? = 0 OR org_id = ?) ORDER BY org_id, id"));
    bindValues(q, {sessionId, orgId, orgId});
    execRead(q);
    while (q.next()) {
        Rectification r;
        r.id = q.value(0).toLongLong();
        r.sessionId = q.value(1).toLongLong();
        r.orgId = q.value(2).toLongLong();
        r.problem = q.value(3).toString();
        r.measure = q.value(4).toString();
        r.responsible = q.value(5).toString();
        r.dueOn = dateFromSql(q.value(6));
        r.status = rectificationStatusFromCode(q.value(7).toString());
        r.doneOn = dateFromSql(q.value(8));
        list << r;
    }
    return list;
}

WriteResult RatingRepository::saveRectification(const Rectification& r)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    if (r.problem.trimmed().isEmpty())
        return {0, QCoreApplication::translate("RatingRepository", "Describe the problem to put right.")};
    QSqlQuery q(m_db);
    if (r.id > 0)
        q.prepare(
            QStringLiteral("UPDATE rectification SET session_id = ?, org_id = ?, problem = ?, measure = ?, "
                           "responsible = ?, due_on = ?, status = ?, done_on = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "INSERT INTO rectification (session_id, org_id, problem, measure, responsible, due_on, "
            "status, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(q, {r.sessionId, r.orgId, r.problem.trimmed(), r.measure.trimmed(), r.responsible.trimmed(),
                   sqlDate(r.dueOn), rectificationStatusCode(r.status), sqlDate(r.doneOn)});
    if (r.id > 0)
        q.addBindValue(r.id);
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {r.id > 0 ? r.id : q.lastInsertId().toLongLong(), {}};
}

WriteResult RatingRepository::deleteRectification(qint64 id)
{
    if (const QString why = refusal(); !why.isEmpty())
        return {0, why};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM rectification WHERE id = ?"));
    q.addBindValue(id);
    const QString e = execQuery(q);
    return {e.isEmpty() ? id : 0, e};
}

} // namespace partydesk
