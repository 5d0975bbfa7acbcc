#include "PackageLinkPlan.h"

#include "PackageLinks.h"
#include "PackageRatings.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>

namespace partydesk::PackageImport {

QString planLinks(const QSqlDatabase& db, const PackageRows::Identities& names,
                  const QHash<QString, QSet<QString>>& sentUids, const YearPackage::Contents& contents,
                  Plan* plan)
{
    const QString unreadable =
        QCoreApplication::translate("PackageImport", "The package's contents cannot be read.");
    // This workspace's ids of the records of `table` the package carries.
    QHash<QString, QList<qint64>> localIdsByTable;
    auto localIds = [&](const QString& table) {
        if (const auto found = localIdsByTable.constFind(table); found != localIdsByTable.cend())
            return *found;
        const QSet<QString> sent = sentUids.value(table);
        QList<qint64>& ids = localIdsByTable[table];
        const QHash<qint64, QString> named = names.value(table);
        for (auto it = named.cbegin(); it != named.cend(); ++it)
            if (sent.contains(it.value()))
                ids << it.key();
        return ids;
    };
    for (const PackageRows::LinkTable& table : PackageRows::linkTables()) {
        // Ratings this workspace does not take (another template, …) are neither compared nor counted.
        if (PackageRatings::isRatingTable(table.name) && !plan->ratings.imports())
            continue;
        auto inScope = [&](const QJsonObject& values) {
            for (const QString& column : table.scope)
                if (!sentUids.value(table.referenced(column)).contains(values.value(column).toString()))
                    return false;
            return true;
        };
        // Read by the scope's reference that picks the smallest share of its table (a community's
        // organisations of a district's, rather than the one rating session they all share): a
        // district's attendance or scores are never read whole.
        QString filter;
        QList<qint64> ids;
        qsizetype idsOf = 1;
        for (const QString& column : table.scope) {
            const QString referenced = table.referenced(column);
            const QList<qint64> local = localIds(referenced);
            const qsizetype all = std::max<qsizetype>(1, names.value(referenced).size());
            if (filter.isEmpty() || local.size() * idsOf < ids.size() * all) {
                filter = column;
                ids = local;
                idsOf = all;
            }
        }
        QString failed;
        QHash<QString, PackageRows::LinkRow> here;
        for (const PackageRows::LinkRow& row :
             PackageRows::linkRowsWith(db, table, names, filter, ids, &failed))
            if (inScope(row.values))
                here.insert(row.key, row);
        if (!failed.isEmpty())
            return failed;

        Counts& counts = plan->counts(table.name);
        QList<LinkRecord>& records = plan->links[table.name];
        QSet<QString> sentKeys;
        for (const QJsonValue& value : contents.records.value(table.key).toArray()) {
            LinkRecord record;
            record.values = value.toObject();
            for (const auto& reference : table.references)
                if (record.values.value(reference.first).toString().isEmpty())
                    return unreadable;
            // A row of a record the package does not carry, or the same row twice: not a package we made.
            record.key = PackageRows::keyOf(table, record.values);
            if (!inScope(record.values) || sentKeys.contains(record.key))
                return unreadable;
            sentKeys.insert(record.key);
            const auto local = here.constFind(record.key);
            if (local == here.cend()) {
                ++counts.added;
            } else {
                record.here = local->ids;
                for (const QString& column : table.valueColumns(record.values))
                    if (local->values.contains(column) &&
                        local->values.value(column) != record.values.value(column))
                        record.changedColumns << column;
                record.state = record.changedColumns.isEmpty() ? State::Same : State::Changed;
                ++(record.state == State::Same ? counts.same : counts.changed);
            }
            records.append(record);
        }
        for (const PackageRows::LinkRow& row : std::as_const(here))
            if (!sentKeys.contains(row.key)) {
                LinkRecord left;
                left.key = row.key;
                left.values = row.values;
                left.here = row.ids;
                plan->leftLinks[table.name].append(left);
                ++counts.left;
            }
    }
    return {};
}

} // namespace partydesk::PackageImport
