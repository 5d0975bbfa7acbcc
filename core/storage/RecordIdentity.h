#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk {

// The stable identity of the records a community sends to its street (and the street sends down):
// a UUID per record, given once and kept for good, so that the same record sent twice, or sent back,
// is recognised instead of duplicated.
namespace RecordIdentity {

// The tables whose records carry one (migration 0009).
const QStringList& tables();

// Gives every record of those tables that has none yet its UUID, in one transaction; returns an
// error, or empty. Records that have one keep it.
QString assignMissing(QSqlDatabase db);

} // namespace RecordIdentity
} // namespace partydesk
