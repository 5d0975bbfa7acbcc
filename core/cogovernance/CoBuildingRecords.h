#pragma once

#include "dues/DuesRate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

// The big committee's three lists (需求清单, 资源清单, 项目清单) and its co-building units' people,
// as stored in migration 8 (unit_person, cogov_need, cogov_resource, cogov_project and its links).

// 兼职委员 (committee_role not empty) or a contact of a co-building unit.
struct UnitPerson
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString position;      // their post in the unit
    QString committeeRole; // 兼职委员 …; empty for a contact only
    QString phone;
    QDate fromOn;
    QDate toOn;
};

// Status codes as stored: open, matched (a project takes it on), met, dropped.
namespace NeedStatus {
inline const QString open = QStringLiteral("open");
inline const QString matched = QStringLiteral("matched");
inline const QString met = QStringLiteral("met");
inline const QString dropped = QStringLiteral("dropped");
} // namespace NeedStatus

// planned, running, done, dropped.
namespace ProjectStatus {
inline const QString planned = QStringLiteral("planned");
inline const QString running = QStringLiteral("running");
inline const QString done = QStringLiteral("done");
inline const QString dropped = QStringLiteral("dropped");
} // namespace ProjectStatus

QStringList needStatuses();
QStringList projectStatuses();
// The status in words for the user (translated); the code itself when unknown.
QString needStatusName(const QString& status);
QString projectStatusName(const QString& status);

struct CogovNeed
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QString title;
    QString category;
    QString detail;
    QString source; // 入户走访, 网格, 居民议事会 …
    qint64 gridId = 0;
    QDate raisedOn;
    QString status = NeedStatus::open;
    QDate closedOn; // met or dropped on
    QString notes;
    // Read only (the lists): the grid's name and the projects that take it on.
    QString gridName;
    QList<qint64> projectIds;
    QStringList projectTitles;
};

struct CogovResource
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString title;
    QString category;
    QString detail;
    QDate offeredOn;
    QDate withdrawnOn;
    QString notes;
    // Read only: the unit's name and committee, the projects that use it.
    QString unitName;
    qint64 committeeId = 0;
    QList<qint64> projectIds;
    QStringList projectTitles;
};

struct CogovProject
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QString title;
    QString category;
    qint64 leadUnitId = 0;
    QString leadPerson;
    Fen budget = 0;
    QDate startsOn;
    QDate dueOn;
    QDate finishedOn;
    QString status = ProjectStatus::planned;
    QString results;
    QString notes;
    QList<qint64> unitIds; // the units taking part (the lead unit among them)
    QList<qint64> needIds;
    QList<qint64> resourceIds;
    // Read only: names for the lists.
    QString leadUnitName;
    QStringList unitNames;
    QStringList needTitles;
    QStringList resourceTitles;
};

// Planned or running with its due date passed.
bool isOverdue(const CogovProject& project, QDate today);

// Field names of errors.
namespace CoBuildingField {
inline const QString unit = QStringLiteral("unit");
inline const QString committee = QStringLiteral("committee");
inline const QString name = QStringLiteral("name");
inline const QString title = QStringLiteral("title");
inline const QString grid = QStringLiteral("grid");
inline const QString fromOn = QStringLiteral("fromOn");
inline const QString toOn = QStringLiteral("toOn");
inline const QString raisedOn = QStringLiteral("raisedOn");
inline const QString status = QStringLiteral("status");
inline const QString closedOn = QStringLiteral("closedOn");
inline const QString offeredOn = QStringLiteral("offeredOn");
inline const QString withdrawnOn = QStringLiteral("withdrawnOn");
inline const QString leadUnit = QStringLiteral("leadUnit");
inline const QString budget = QStringLiteral("budget");
inline const QString startsOn = QStringLiteral("startsOn");
inline const QString dueOn = QStringLiteral("dueOn");
inline const QString finishedOn = QStringLiteral("finishedOn");
inline const QString results = QStringLiteral("results");
inline const QString links = QStringLiteral("links");
} // namespace CoBuildingField

} // namespace partydesk
