#pragma once

#include "PackagePlan.h"

#include <functional>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace partydesk::PackageImport {

// Writes the rows without uids a plan found (PackageLinkPlan): removes this workspace's rows the
// package no longer has, changes those that differ, adds the new ones. `localId(table, name)` gives
// this file's id of a record the package names, 0 when there is none; a prescribed action not on
// this workspace's list is added to it, inactive (the street's own forms do not offer it, the
// community's meetings keep it), and named in `addedActions`. Counts go to `written`; returns an
// error, or empty.
QString writeLinks(QSqlDatabase db, Plan& plan,
                   const std::function<qint64(const QString&, const QString&)>& localId,
                   QHash<QString, Counts>& written, QStringList* addedActions);

} // namespace partydesk::PackageImport
