#pragma once

#include <QString>

namespace partydesk {

class AuditLog;
class Session;

// Exports and prints: who may make them, and the audit entry each one leaves (what, how many rows,
// masked or full ID numbers, where). Pages and commands ask before writing and record after.
namespace OutputPolicy {

enum class Kind
{
    Export,
    Print
};

// Why the signed-in user may not make this output, or an empty string.
QString refusal(const Session& session, Kind kind, bool fullIdNumbers);
// Actions: "export"/"print", or "export_full_id_numbers"/"print_full_id_numbers" with full IDs.
// `rows` < 0: not a count of rows (a workbook of score sheets).
bool record(AuditLog& audit, Kind kind, bool fullIdNumbers, const QString& what, qint64 rows,
            const QString& target = {});

} // namespace OutputPolicy

} // namespace partydesk
