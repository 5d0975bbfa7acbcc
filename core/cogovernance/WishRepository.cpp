#include "WishRepository.h"

#include "repository/SqlRead.h"
#include "repository/SqlTransaction.h"
#include "repository/SqlValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace partydesk {

namespace {

const char* const wishColumns =
    "w.id, w.org_id, w.grid_id, w.resident_name, w.resident_contact, w.resident_address, w.wish, "
    "w.category, w.estimated_cost, w.wished_on, w.published_on, w.claimed_on, w.claimer_member_id, "
    "w.claimer_unit_id, w.fulfilled_on, w.feedback, w.satisfaction, w.withdrawn_on, w.withdrawn_reason, "
    "w.notes, o.name, g.name, coalesce(m.name, u.name, '')";

const char* const wishJoins = " FROM micro_wish w JOIN organisation o ON o.id = w.org_id "
                              "LEFT JOIN grid g ON g.id = w.grid_id "
                              "LEFT JOIN member m ON m.id = w.claimer_member_id "
                              "LEFT JOIN co_building_unit u ON u.id = w.claimer_unit_id ";

MicroWish wishFrom(const QSqlQuery& q)
{
    MicroWish w;
    w.id = q.value(0).toLongLong();
    w.orgId = q.value(1).toLongLong();
    w.gridId = q.value(2).toLongLong();
    w.residentName = q.value(3).toString();
    w.residentContact = q.value(4).toString();
    w.residentAddress = q.value(5).toString();
    w.wish = q.value(6).toString();
    w.category = q.value(7).toString();
    w.estimatedCost = q.value(8).toLongLong();
    w.wishedOn = dateFromSql(q.value(9));
    w.publishedOn = dateFromSql(q.value(10));
    w.claimedOn = dateFromSql(q.value(11));
    w.claimerMemberId = q.value(12).toLongLong();
    w.claimerUnitId = q.value(13).toLongLong();
    w.fulfilledOn = dateFromSql(q.value(14));
    w.feedback = q.value(15).toString();
    w.satisfaction = q.value(16).toString();
    w.withdrawnOn = dateFromSql(q.value(17));
    w.withdrawnReason = q.value(18).toString();
    w.notes = q.value(19).toString();
    w.branchName = q.value(20).toString();
    w.gridName = q.value(21).toString();
    w.claimerName = q.value(22).toString();
    return w;
}

} // namespace

QString wishOrgFilter(const QList<qint64>& orgIds, const QString& column)
{
    if (orgIds.isEmpty())
        return QStringLiteral("TRUE");
    QStringList ids;
    ids.reserve(orgIds.size());
    for (qint64 id : orgIds)
        ids << QString::number(id);
    return QStringLiteral("%1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

QList<MicroWish> WishRepository::wishes(const QList<qint64>& orgIds, int year) const
{
    QString sql = QStringLiteral("SELECT %1 %2 WHERE %3")
                      .arg(QLatin1String(wishColumns), QLatin1String(wishJoins),
                           wishOrgFilter(orgIds, QStringLiteral("w.org_id")));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (year > 0) {
        sql += QStringLiteral(
            " AND (substr(w.wished_on, 1, 4) = :y OR substr(w.fulfilled_on, 1, 4) = :y "
            "OR substr(w.withdrawn_on, 1, 4) = :y "
            "OR (w.wished_on < :start AND w.fulfilled_on IS NULL AND w.withdrawn_on IS NULL))");
    }
    sql += QStringLiteral(" ORDER BY w.wished_on DESC, w.id DESC");
    q.prepare(sql);
    if (year > 0) {
        q.bindValue(QStringLiteral(":y"), QString::number(year));
        q.bindValue(QStringLiteral(":start"), sqlDate(QDate(year, 1, 1)));
    }
    QList<MicroWish> list;
    if (!execRead(q))
        return list;
    while (q.next())
        list << wishFrom(q);
    return list;
}

std::optional<MicroWish> WishRepository::wish(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 %2 WHERE w.id = ?")
                  .arg(QLatin1String(wishColumns), QLatin1String(wishJoins)));
    q.addBindValue(id);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return wishFrom(q);
}

WriteResult WishRepository::save(const MicroWish& w)
{
    QSqlQuery q(m_db);
    if (w.id == 0)
        q.prepare(
            QStringLiteral("INSERT INTO micro_wish (org_id, grid_id, resident_name, resident_contact, "
                           "resident_address, wish, "
                           "category, estimated_cost, wished_on, published_on, claimed_on, "
                           "claimer_member_id, claimer_unit_id, "
                           "fulfilled_on, feedback, satisfaction, withdrawn_on, withdrawn_reason, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    else
        q.prepare(QStringLiteral(
            "UPDATE micro_wish SET org_id = ?, grid_id = ?, resident_name = ?, resident_contact = ?, "
            "resident_address = ?, wish = ?, category = ?, estimated_cost = ?, wished_on = ?, published_on = "
            "?, "
            "claimed_on = ?, claimer_member_id = ?, claimer_unit_id = ?, fulfilled_on = ?, feedback = ?, "
            "satisfaction = ?, withdrawn_on = ?, withdrawn_reason = ?, notes = ? WHERE id = ?"));
    bindValues(q, {w.orgId, sqlId(w.gridId), w.residentName, w.residentContact, w.residentAddress, w.wish,
                   w.category, w.estimatedCost, sqlDate(w.wishedOn), sqlDate(w.publishedOn),
                   sqlDate(w.claimedOn), sqlId(w.claimerMemberId), sqlId(w.claimerUnitId),
                   sqlDate(w.fulfilledOn), w.feedback, w.satisfaction, sqlDate(w.withdrawnOn),
                   w.withdrawnReason, w.notes});
    if (w.id != 0)
        q.addBindValue(w.id);
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {w.id != 0 ? w.id : returnedId(q), {}};
}

QList<WishPhoto> WishRepository::photos(qint64 wishId, bool withImages) const
{
    QList<WishPhoto> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, wish_id, caption, thumbnail, %1 FROM micro_wish_photo WHERE wish_id = ? "
                       "ORDER BY id")
            .arg(withImages ? QStringLiteral("image") : QStringLiteral("NULL")));
    q.addBindValue(wishId);
    if (!execRead(q))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(4).toByteArray(), q.value(3).toByteArray()});
    return list;
}

std::optional<WishPhoto> WishRepository::photo(qint64 photoId) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, wish_id, caption, thumbnail, image FROM micro_wish_photo WHERE id = ?"));
    q.addBindValue(photoId);
    if (!execRead(q) || !q.next())
        return std::nullopt;
    return WishPhoto{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(4).toByteArray(), q.value(3).toByteArray()};
}

QList<QPair<qint64, QString>> WishRepository::claimableMembers(const QList<qint64>& orgIds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, name FROM member WHERE %1 AND left_on IS NULL AND status IN ('full', "
                       "'probationary') ORDER BY name, id")
            .arg(wishOrgFilter(orgIds, QStringLiteral("org_id"))));
    QList<QPair<qint64, QString>> list;
    if (!execRead(q))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

WriteResult WishRepository::addPhoto(const WishPhoto& photo)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO micro_wish_photo (wish_id, caption, image, thumbnail) VALUES (?, "
                             "?, ?, ?) RETURNING id"));
    bindValues(q, {photo.wishId, photo.caption, photo.image, photo.thumbnail});
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {returnedId(q), {}};
}

WriteResult WishRepository::deletePhoto(qint64 photoId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM micro_wish_photo WHERE id = ?"));
    q.addBindValue(photoId);
    if (QString e = execQuery(q); !e.isEmpty())
        return {0, e};
    return {photoId, {}};
}

} // namespace partydesk
