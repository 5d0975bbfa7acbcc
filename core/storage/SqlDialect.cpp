#include "SqlDialect.h"

namespace partydesk {

SqlDialect dialectOf(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

namespace Sql {

QString nowLocal(const QSqlDatabase& db)
{
    return onServer(db) ? QStringLiteral("to_char(localtimestamp, 'YYYY-MM-DD HH24:MI:SS')")
                        : QStringLiteral("datetime('now', 'localtime')");
}

QString datePlusYears(const QSqlDatabase& db, const QString& dateExpression, int years)
{
    if (onServer(db))
        return QStringLiteral("to_char(CAST(%1 AS date) + interval '%2 years', 'YYYY-MM-DD')")
            .arg(dateExpression)
            .arg(years);
    return QStringLiteral("date(%1, '%2%3 years')")
        .arg(dateExpression, years < 0 ? QString() : QStringLiteral("+"))
        .arg(years);
}

QString character(const QSqlDatabase& db, int code)
{
    return onServer(db) ? QStringLiteral("chr(%1)").arg(code) : QStringLiteral("char(%1)").arg(code);
}

} // namespace Sql
} // namespace partydesk
