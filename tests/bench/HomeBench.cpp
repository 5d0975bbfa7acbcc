#include "HomeBench.h"

#include "BenchSupport.h"
#include "home/Agenda.h"
#include "home/AgendaParts.h"
#include "home/HomeFacts.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <memory>
#include <QElapsedTimer>
#include <QTextStream>
#include <vector>

namespace partydesk::bench {

namespace {

double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

void benchHomePage(const QString& dbPath, int runs)
{
    QTextStream out(stdout);
    const QString connection = QStringLiteral("bench-home");
    {
        Database::Result opened = Database::open(dbPath, connection);
        SystemClock clock;
        auto workspace = std::make_unique<Workspace>(opened.db, clock);
        const QList<Organisation> organisations = workspace->organisations().all();
        qint64 firstCommunity = 0;
        for (const Organisation& org : organisations)
            if (org.type == OrgType::CommunityCommittee || org.type == OrgType::BigCommittee) {
                firstCommunity = org.id;
                break;
            }
        std::vector<double> district, community, facts;
        int lines = 0;
        for (int run = 0; run < runs; ++run)
            for (const qint64 root : {qint64(0), firstCommunity}) {
                QElapsedTimer timer;
                timer.start();
                const QList<AgendaItem> items = buildAgenda(opened.db, {organisations, root, clock.today()});
                const double agendaMs = elapsedMs(timer);
                const HomeFacts figures =
                    readHomeFacts(opened.db, workspace->meetings(), workspace->ratings(), organisations, root,
                                  clock.today());
                (root == 0 ? district : community).push_back(elapsedMs(timer));
                if (root == 0) {
                    facts.push_back(elapsedMs(timer) - agendaMs);
                    lines = 0;
                    for (const AgendaItem& item : items)
                        lines += item.count;
                }
                Q_UNUSED(figures);
            }
        record(QStringLiteral("home_page_district_ms"), median(district));
        record(QStringLiteral("home_page_community_ms"), median(community));
        out << QStringLiteral(
                   "home page (agenda and figures): whole district %1 ms (%2 lines due; the figures "
                   "%3 ms of it), one community %4 ms (medians)")
                   .arg(median(district), 0, 'f', 1)
                   .arg(lines)
                   .arg(median(facts), 0, 'f', 1)
                   .arg(median(community), 0, 'f', 1)
            << Qt::endl;

        // Each part of the district's agenda alone.
        const AgendaScope scope{organisations, 0, clock.today()};
        const agenda::ScopeSql sql(scope);
        using Part = AgendaItem (*)(const QSqlDatabase&, const agenda::ScopeSql&);
        const std::pair<const char*, Part> parts[] = {
            {"theme days", &agenda::themeDaysMissing},  {"meeting gaps", &agenda::meetingGaps},
            {"probation", &agenda::probationDue},       {"development", &agenda::developmentDue},
            {"receipts", &agenda::receiptsWaiting},     {"terms", &agenda::termsEnding},
            {"birthdays", &agenda::politicalBirthdays}, {"medals", &agenda::fiftyYearMedals},
            {"dues arrears", &agenda::duesArrears},     {"rectification", &agenda::rectificationDue},
            {"missing data", &agenda::missingData}};
        QStringList breakdown;
        for (const auto& [name, part] : parts) {
            std::vector<double> times;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                const AgendaItem item = part(opened.db, sql);
                times.push_back(elapsedMs(timer));
                Q_UNUSED(item);
            }
            breakdown << QStringLiteral("%1 %2").arg(QLatin1String(name)).arg(median(times), 0, 'f', 0);
        }
        out << QStringLiteral("  the district's agenda by part (ms, medians): ")
            << breakdown.join(QStringLiteral(", ")) << Qt::endl;
        workspace.reset();
        opened.db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace partydesk::bench
