#include "Rectification.h"

#include <QCoreApplication>

namespace partydesk {

QString rectificationStatusCode(Rectification::Status status)
{
    switch (status) {
    case Rectification::Status::InProgress:
        return QStringLiteral("in_progress");
    case Rectification::Status::Done:
        return QStringLiteral("done");
    default:
        return QStringLiteral("open");
    }
}

Rectification::Status rectificationStatusFromCode(const QString& code)
{
    if (code == QLatin1String("in_progress"))
        return Rectification::Status::InProgress;
    if (code == QLatin1String("done"))
        return Rectification::Status::Done;
    return Rectification::Status::Open;
}

QString rectificationStatusLabel(Rectification::Status status)
{
    switch (status) {
    case Rectification::Status::InProgress:
        return QCoreApplication::translate("Rectification", "In progress");
    case Rectification::Status::Done:
        return QCoreApplication::translate("Rectification", "Done");
    default:
        return QCoreApplication::translate("Rectification", "Open");
    }
}

} // namespace partydesk
