#include "JointMeeting.h"

#include <QCoreApplication>

namespace partydesk {

QString decisionStatusCode(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Done:
        return QStringLiteral("done");
    case DecisionStatus::Dropped:
        return QStringLiteral("dropped");
    case DecisionStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

bool decisionStatusFromCode(const QString& code, DecisionStatus* status)
{
    for (DecisionStatus s : {DecisionStatus::Open, DecisionStatus::Done, DecisionStatus::Dropped})
        if (decisionStatusCode(s) == code) {
            *status = s;
            return true;
        }
    return false;
}

QString decisionStatusName(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Done:
        return QCoreApplication::translate("JointMeeting", "Done");
    case DecisionStatus::Dropped:
        return QCoreApplication::translate("JointMeeting", "Dropped");
    case DecisionStatus::Open:
        break;
    }
    return QCoreApplication::translate("JointMeeting", "Open");
}

} // namespace partydesk
