#include "RatingRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

// Sessions, scores and rectifications; the templates are in RatingTemplateRepository.cpp.
namespace {

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

// Whether `score`'s row is still there for a write that found nothing to change.
bool taskScoreSaved(QSqlDatabase& db, qint64 sessionId, qint64 orgId, qint64 taskId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT 1 FROM rating_score WHERE session_id = ? AND org_id = ? AND task_id = ?"));
    bindValues(q, {sessionId, orgId, taskId});
    return execRead(q) && q.next();
}

QString writeTaskScore(QSqlDatabase& db, qint64 sessionId, qint64 orgId, qint64 taskId,
                       const TaskScore& score)
{
    QSqlQuery q(db);
    const int version = score.rowVersion;
    if (score.isEmpty()) {
        q.prepare(
            QStringLiteral("DELETE FROM rating_score WHERE session_id = ? AND org_id = ? AND task_id = ? "
                           "AND (? < 0 OR row_version = ?)"));
        bindValues(q, {sessionId, orgId, taskId, version, version});
        if (QString e = execQuery(q); !e.isEmpty())
            return e;
        return version >= 0 && q.numRowsAffected() == 0 && taskScoreSaved(db, sessionId, orgId, taskId)
                   ? QString::fromLatin1(staleRowError)
                   : QString();
    }
    const QVariant self = optionalScore(score.self);
    const QVariant assessed = optionalScore(score.assessed);
    const QString note = score.note.trimmed();
    if (version > 0) {
        q.prepare(QStringLiteral("UPDATE rating_score SET self_score = ?, assessed_score = ?, note = ?, "
                                 "row_version = row_version + 1 "
                                 "WHERE session_id = ? AND org_id = ? AND task_id = ? AND row_version = ?"));
        bindValues(q, {self, assessed, note, sessionId, orgId, taskId, version});
    } else {
        // New (version 0): only if nobody saved the task meanwhile. Unchecked (-1): insert or update.
        q.prepare(
            QStringLiteral(
                "INSERT INTO rating_score (session_id, org_id, task_id, self_score, assessed_score, note) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, org_id, task_id) DO %1")
                .arg(version == 0 ? QStringLiteral("NOTHING")
                                  : QStringLiteral("UPDATE SET self_score = excluded.self_score, "
                                                   "assessed_score = excluded.assessed_score, "
                                                   "note = excluded.note, "
                                                   "row_version = rating_score.row_version + 1")));
        bindValues(q, {sessionId, orgId, taskId, self, assessed, note});
    }
    if (QString e = execQuery(q); !e.isEmpty())
        return e;
    return version >= 0 && q.numRowsAffected() == 0 ? QString::fromLatin1(staleRowError) : QString();
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
    insert.prepare(
        QStringLiteral("INSERT INTO rating_session (template_id, created_on) VALUES (?, ?) RETURNING id"));
    bindValues(insert, {t->id, sqlDate(today)});
    if (QString e = execQuery(insert); !e.isEmpty())
        return {0, e};
    return {returnedId(insert), {}};
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
    scores.prepare(QStringLiteral(
        "SELECT org_id, task_id, self_score, assessed_score, note, row_version FROM rating_score "
        "WHERE session_id = ?"));
    scores.addBindValue(y.sessionId);
    if (!execRead(scores))
        return std::nullopt;
    while (scores.next()) {
        const int i = index.value(scores.value(0).toLongLong(), -1);
        if (i >= 0)
            y.sheets[i].tasks.insert(scores.value(1).toLongLong(),
                                     {scoreFromSql(scores.value(2)), scoreFromSql(scores.value(3)),
                                      scores.value(4).toString(), scores.value(5).toInt()});
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
    scores.prepare(QStringLiteral("SELECT task_id, self_score, assessed_score, note, row_version "
                                  "FROM rating_score WHERE session_id = ? AND org_id = ?"));
    bindValues(scores, {sessionId, orgId});
    execRead(scores);
    while (scores.next())
        sheet.tasks.insert(scores.value(0).toLongLong(),
                           {scoreFromSql(scores.value(1)), scoreFromSql(scores.value(2)),
                            scores.value(3).toString(), scores.value(4).toInt()});
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
                "INSERT INTO rating_session_org (session_id, org_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
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
            "status, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindValues(q, {r.sessionId, r.orgId, r.problem.trimmed(), r.measure.trimmed(), r.responsible.trimmed(),
                   sqlDate(r.dueOn), rectificationStatusCode(r.status), sqlDate(r.doneOn)});
    if (r.id > 0)
        q.addBindValue(r.id);
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {r.id > 0 ? r.id : returnedId(q), {}};
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
