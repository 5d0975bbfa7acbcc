#pragma once

#include <functional>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace partydesk {

// Builds a realistic, deterministic demo workspace into an empty database.
struct DemoOptions
{
    enum class Scale
    {
        Community,
        District
    };
    Scale scale = Scale::Community;
    // Dates are generated relative to this day, so the same options give the same file.
    QDate today = QDate(2026, 11, 15);
    quint32 seed = 20261115;
};

struct DemoSummary
{
    int organisations = 0;
    int branches = 0;
    int members = 0;
    int grids = 0;
};

// `progress(done, total)` returning false cancels (the transaction is rolled back).
// Returns an empty string on success, else the reason it failed.
QString buildDemo(QSqlDatabase db, const DemoOptions& options, DemoSummary* summary = nullptr,
                  const std::function<bool(int, int)>& progress = {});

} // namespace partydesk
