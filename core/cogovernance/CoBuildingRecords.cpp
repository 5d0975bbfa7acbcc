#include "CoBuildingRecords.h"

#include <QCoreApplication>

namespace partydesk {

QStringList needStatuses()
{
    return {NeedStatus::open, NeedStatus::matched, NeedStatus::met, NeedStatus::dropped};
}

QStringList projectStatuses()
{
    return {ProjectStatus::planned, ProjectStatus::running, ProjectStatus::done, ProjectStatus::dropped};
}

QString needStatusName(const QString& status)
{
    if (status == NeedStatus::open)
        return QCoreApplication::translate("CoBuilding", "Open");
    if (status == NeedStatus::matched)
        return QCoreApplication::translate("CoBuilding", "Matched");
    if (status == NeedStatus::met)
        return QCoreApplication::translate("CoBuilding", "Met");
    if (status == NeedStatus::dropped)
        return QCoreApplication::translate("CoBuilding", "Dropped");
    return status;
}

QString projectStatusName(const QString& status)
{
    if (status == ProjectStatus::planned)
        return QCoreApplication::translate("CoBuilding", "Planned");
    if (status == ProjectStatus::running)
        return QCoreApplication::translate("CoBuilding", "Running");
    if (status == ProjectStatus::done)
        return QCoreApplication::translate("CoBuilding", "Done");
    if (status == ProjectStatus::dropped)
        return QCoreApplication::translate("CoBuilding", "Dropped");
    return status;
}

bool isOverdue(const CogovProject& project, QDate today)
{
    return (project.status == ProjectStatus::planned || project.status == ProjectStatus::running) &&
           project.dueOn.isValid() && project.dueOn < today;
}

} // namespace partydesk
