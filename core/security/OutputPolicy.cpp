#include "OutputPolicy.h"

#include "repository/AuditLog.h"
#include "Session.h"

namespace partydesk::OutputPolicy {

QString refusal(const Session& session, Kind kind, bool fullIdNumbers)
{
    const QString plain =
        session.refusal(kind == Kind::Print ? Permission::PrintMasked : Permission::ExportMasked);
    if (!plain.isEmpty() || !fullIdNumbers)
        return plain;
    return session.refusal(Permission::ShowFullIdNumbers);
}

bool record(AuditLog& audit, Kind kind, bool fullIdNumbers, const QString& what, qint64 rows,
            const QString& target)
{
    const bool print = kind == Kind::Print;
    const QString action = fullIdNumbers ? (print ? QStringLiteral("print_full_id_numbers")
                                                  : QStringLiteral("export_full_id_numbers"))
                                         : (print ? QStringLiteral("print") : QStringLiteral("export"));
    const QString masking = fullIdNumbers ? QStringLiteral("full ID numbers") : QStringLiteral("masked");
    QString detail = rows >= 0 ? QStringLiteral("%1: %2 rows, %3").arg(what).arg(rows).arg(masking)
                               : QStringLiteral("%1, %2").arg(what, masking);
    if (!target.isEmpty())
        detail += QStringLiteral(" → ") + target;
    return audit.record(action, detail);
}

} // namespace partydesk::OutputPolicy
