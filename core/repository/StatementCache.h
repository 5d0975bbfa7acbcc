#pragma once

#include <memory>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace partydesk {

// Statements prepared once per connection and reused: an import writes 100,000 members, and
// preparing each statement again for every row cost more than the writes themselves.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db) : m_db(std::move(db)) {}

    // The statement for `sql`, with no values bound and no result pending; prepared on first use
    // (a failed prepare is tried again next time; exec() then reports the error).
    QSqlQuery& get(const QString& sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            auto query = std::make_unique<QSqlQuery>(m_db);
            if (!query->prepare(sql))
                return *(m_failed = std::move(query));
            it = m_queries.insert(sql, std::shared_ptr<QSqlQuery>(std::move(query)));
        }
        QSqlQuery& query = **it;
        query.finish();
        return query;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    std::unique_ptr<QSqlQuery> m_failed;
};

} // namespace partydesk
