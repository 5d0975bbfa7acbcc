#include "EvidenceSource.h"

#include <QCoreApplication>

namespace partydesk::EvidenceSource {

QStringList all()
{
    return {InServiceService, MicroWishes, CoBuildingLists, ServiceFund};
}

QString name(const QString& code)
{
    if (code == InServiceService)
        return QCoreApplication::translate("EvidenceSource", "In-service members' report-in and service");
    if (code == MicroWishes)
        return QCoreApplication::translate("EvidenceSource", "Micro-wishes");
    if (code == CoBuildingLists)
        return QCoreApplication::translate("EvidenceSource", "Three lists and joint meetings");
    if (code == ServiceFund)
        return QCoreApplication::translate("EvidenceSource", "Service fund");
    return code;
}

QString fromText(const QString& text, bool* ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return None;
    for (const QString& code : all())
        if (trimmed == code || trimmed == name(code))
            return code;
    *ok = false;
    return None;
}

} // namespace partydesk::EvidenceSource
