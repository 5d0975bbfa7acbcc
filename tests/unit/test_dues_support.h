#pragma once

#include "TestSupport.h"

namespace partydesk::test {

// A Party member written straight into the tables (the ledger reads only these): on the roster of
// `org` since `onRoster`, in the Party since `joinedOn`; `leftOn` valid: left by transfer that day.
qint64 addDuesMember(QSqlDatabase db, const QString& name, qint64 org, QDate onRoster,
                     const QString& category = QStringLiteral("registered"),
                     const QString& status = QStringLiteral("full"), QDate joinedOn = QDate(2000, 7, 1),
                     QDate leftOn = {});

// An organisation of `type` (its code, e.g. "branch", "party_group") under `parent`.
qint64 addDuesOrganisation(QSqlDatabase db, const QString& name, const QString& type, qint64 parent);

} // namespace partydesk::test
