#include "Migration.h"

#include "repository/AuditLog.h"
#include "repository/MemberRepository.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace partydesk {

QList<Migration> builtInMigrations(SqlDialect dialect)
{
    initMigrationResources();
    QList<Migration> migrations;
    const QDir dir(dialect == SqlDialect::Postgres ? QStringLiteral(":/migrations/postgres")
                                                   : QStringLiteral(":/migrations"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const auto names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = numbered.match(name);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), QString::fromUtf8(file.readAll())});
        if (dialect == SqlDialect::Postgres)
            continue; // the server's first step already has the audit chain and the pinyin keys
        // Version 6 makes the audit log a chain: the entries already there are chained in its step.
        if (migrations.constLast().version == 6)
            migrations.last().afterSql = &AuditLog::chainUnchainedEntries;
        // Version 7 adds pinyin keys to member: the members already there get theirs in its step.
        if (migrations.constLast().version == 7)
            migrations.last().afterSql = &MemberRepository::fillPinyinKeys;
    }
    return migrations;
}

QStringList splitSqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + QLatin1Char('\n');
        if (line.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace partydesk
