#pragma once

#include "service/ServiceResult.h"

#include <QSqlError>
#include <QSqlQuery>

namespace partydesk {

// Runs a read. A failure is never silent: it is logged under partydesk.storage with the query, and
// the caller learns of it, so no figure is computed from a read that stopped half-way.
inline bool execRead(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage).noquote() << query.lastError().text() << "in" << query.lastQuery();
    return false;
}

} // namespace partydesk
