#include "PackageRatings.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace partydesk::PackageRatings {

namespace {

const QString templateKey = QStringLiteral("template");
const QString sessionKey = QStringLiteral("session");
const QString createdKey = QStringLiteral("created_on");

// The uids of `sql`'s first column, the template's id bound.
QSet<QString> uidsOf(const QSqlDatabase& db, const QString& sql, qint64 templateId)
{
    QSet<QString> uids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(templateId);
    if (execRead(q))
        while (q.next())
            uids.insert(q.value(0).toString());
    return uids;
}

} // namespace

QJsonObject partOf(const QSqlDatabase& db, int year, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.uid, s.uid, s.created_on FROM rating_session s JOIN rating_template t "
                             "ON t.id = s.template_id WHERE t.year = ?"));
    q.addBindValue(year);
    if (!execRead(q)) {
        *error = q.lastError().text();
        return {};
    }
    if (!q.next())
        return {};
    return {{templateKey, q.value(0).toString()},
            {sessionKey, q.value(1).toString()},
            {createdKey, q.value(2).toString()}};
}

QString sessionUid(const QJsonObject& part)
{
    return part.value(sessionKey).toString();
}

bool isRatingTable(const QString& table)
{
    return table.startsWith(QLatin1String("rating_")) || table == QLatin1String("rectification");
}

Match match(const QSqlDatabase& db, const QJsonObject& part, int year, const QSet<QString>& taskUids,
            const QSet<QString>& itemUids)
{
    Match result;
    result.sessionUid = sessionUid(part);
    result.createdOn = part.value(createdKey).toString();
    if (result.sessionUid.isEmpty())
        return result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.id, t.uid, s.id, s.finished_on FROM rating_template t LEFT JOIN "
                             "rating_session s ON s.template_id = t.id WHERE t.year = ?"));
    q.addBindValue(year);
    if (!execRead(q) || !q.next()) {
        result.refusal = QCoreApplication::translate(
                             "PackageImport", "This workspace has no rating template for %1: the "
                                              "community's ratings are not imported (the rest is). Send "
                                              "the street's template down first (partydesk package "
                                              "export-plan), and have the community score against it.")
                             .arg(year);
        return result;
    }
    if (q.value(1).toString() != part.value(templateKey).toString()) {
        result.refusal = QCoreApplication::translate(
                             "PackageImport", "The community scored %1 against another rating template "
                                              "than this workspace's: its ratings are not imported (the "
                                              "rest is). Send the street's template down (partydesk "
                                              "package export-plan) and have the community score "
                                              "against it.")
                             .arg(year);
        return result;
    }
    result.templateId = q.value(0).toLongLong();
    result.sessionId = q.value(2).toLongLong();
    if (!q.value(3).isNull() && !q.value(3).toString().isEmpty()) {
        result.refusal = QCoreApplication::translate(
                             "PackageImport", "This workspace's rating of %1 is final: the community's "
                                              "ratings are not imported (the rest is). Reopen the year "
                                              "first to take them.")
                             .arg(year);
        return result;
    }
    // The same template, yet the community may have changed it after it came down.
    const QSet<QString> tasks =
        uidsOf(db,
               QStringLiteral("SELECT k.uid FROM rating_task k JOIN rating_aspect a ON "
                              "a.id = k.aspect_id WHERE a.template_id = ?"),
               result.templateId);
    const QSet<QString> items =
        uidsOf(db, QStringLiteral("SELECT uid FROM rating_item WHERE template_id = ?"), result.templateId);
    if (!tasks.contains(taskUids) || !items.contains(itemUids))
        result.refusal = QCoreApplication::translate(
                             "PackageImport", "The community's rating template for %1 has tasks or items "
                                              "that this workspace's has not (changed after it was sent "
                                              "down?): its ratings are not imported (the rest is).")
                             .arg(year);
    return result;
}

QString ensureSession(const QSqlDatabase& db, Match* match)
{
    if (match->sessionId != 0)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rating_session (template_id, created_on, uid) VALUES (?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(match->templateId);
    q.addBindValue(match->createdOn.isEmpty() ? QDate::currentDate().toString(Qt::ISODate)
                                              : match->createdOn);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (QString error = execQuery(q); !error.isEmpty())
        return error;
    match->sessionId = returnedId(q);
    return {};
}

} // namespace partydesk::PackageRatings
