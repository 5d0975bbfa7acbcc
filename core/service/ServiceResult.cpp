#include "ServiceResult.h"

#include "storage/StorageErrors.h"
#include "storage/StorageHealth.h"

#include <QCoreApplication>

namespace partydesk {

Q_LOGGING_CATEGORY(lcStorage, "partydesk.storage")

ServiceResult ServiceResult::storage(const QString& detail)
{
    qCWarning(lcStorage).noquote() << detail;
    // The cause when SQLite named one the user can act on (read-only, disk full, busy), else the
    // detail for support.
    const QString cause = sqliteErrorCause(detail);
    const QString message =
        cause.isEmpty() ? QCoreApplication::translate("ServiceResult",
                                                      "The workspace file could not be written; nothing was "
                                                      "changed. Details: %1")
                              .arg(detail)
                        : QCoreApplication::translate("ServiceResult", "Nothing was changed. %1").arg(cause);
    return {Kind::Storage, 0, message, {}, detail, {}};
}

ServiceResult ServiceResult::fromWrite(const WriteResult& write, const QString& refusal)
{
    if (write.ok())
        return success(write.id);
    if (!refusal.isEmpty() && write.error == refusal)
        return ServiceResult::refused(write.error);
    if (write.stale())
        return conflict(QCoreApplication::translate(
            "ServiceResult", "Someone else saved a change here after you opened it. Yours was not saved, "
                             "and theirs is kept: look at what is saved now, then make your change again."));
    if (const QString damage = StorageHealth::damage(); !damage.isEmpty() && write.error == damage)
        return ServiceResult::refused(damage);
    return storage(write.error);
}

} // namespace partydesk
