#include "ServiceResult.h"

#include "storage/StorageHealth.h"

#include <QCoreApplication>

namespace partydesk {

Q_LOGGING_CATEGORY(lcStorage, "partydesk.storage")

ServiceResult ServiceResult::storage(const QString& detail)
{
    qCWarning(lcStorage).noquote() << detail;
    return {Kind::Storage,
            0,
            QCoreApplication::translate("ServiceResult",
                                        "The workspace file could not be written; nothing was changed. "
                                        "Details: %1")
                .arg(detail),
            {},
            detail,
            {}};
}

ServiceResult ServiceResult::fromWrite(const WriteResult& write, const QString& refusal)
{
    if (write.ok())
        return success(write.id);
    if (!refusal.isEmpty() && write.error == refusal)
        return ServiceResult::refused(write.error);
    if (const QString damage = StorageHealth::damage(); !damage.isEmpty() && write.error == damage)
        return ServiceResult::refused(damage);
    return storage(write.error);
}

} // namespace partydesk
