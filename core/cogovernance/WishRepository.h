#pragma once

#include "repository/RepositoryError.h"
#include "Wish.h"

#include <optional>
#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace partydesk {

struct WishPhoto
{
    qint64 id = 0;
    qint64 wishId = 0;
    QString caption;
    QByteArray image;     // JPEG, at most 1600 pixels on the long side
    QByteArray thumbnail; // JPEG, 200 pixels
};

// Reads and plain writes of micro_wish and micro_wish_photo. Rules, transactions and the audit
// entries are WishService's; pages read through here.
class WishRepository
{
public:
    explicit WishRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QSqlDatabase database() const { return m_db; }

    // The wishes of the branches `orgIds` (empty: every organisation) that belong to `year` (0: every
    // year): wished in it, fulfilled or withdrawn in it, or wished before it and still open. Newest
    // wish first.
    QList<MicroWish> wishes(const QList<qint64>& orgIds, int year) const;
    std::optional<MicroWish> wish(qint64 id) const;

    // Inserts (id 0) or updates every column; the id written.
    WriteResult save(const MicroWish& wish);

    QList<WishPhoto> photos(qint64 wishId, bool withImages = false) const;
    WriteResult addPhoto(const WishPhoto& photo);
    WriteResult deletePhoto(qint64 photoId);
    std::optional<WishPhoto> photo(qint64 photoId) const;

    // Party members (full or probationary) on the roster of `orgIds` who may claim a wish: id and
    // name, by name.
    QList<QPair<qint64, QString>> claimableMembers(const QList<qint64>& orgIds) const;

private:
    QSqlDatabase m_db;
};

// "1" for every organisation, else "<column> IN (…)" over our own ids.
QString wishOrgFilter(const QList<qint64>& orgIds, const QString& column);

} // namespace partydesk
