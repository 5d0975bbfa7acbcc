#pragma once

#include "demo/DemoData.h"
#include "rating/Score.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QFile>
#include <QTemporaryDir>

// Failed checks print QStrings as text.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<partydesk::Score>
{
    static std::string convert(const partydesk::Score& value) { return value.toString().toStdString(); }
};
} // namespace Catch

namespace partydesk::test {

// A workspace in a fresh temporary file, with "today" fixed at the demo data's day.
class TempWorkspace
{
public:
    explicit TempWorkspace(bool withDemo = false, QDate today = QDate(2026, 11, 15));
    ~TempWorkspace();

    // The workspace's file, or its server URL when the tests run on a server (TestServer).
    QString path() const
    {
        return m_serverUrl.isEmpty() ? m_dir.filePath(QStringLiteral("workspace.sqlite")) : m_serverUrl;
    }
    // A folder of the test's own for files it writes (beside the workspace file, when there is one).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QSqlDatabase db() const { return m_db; }
    Workspace& workspace() { return *m_workspace; }
    FixedClock& clock() { return m_clock; }
    // The id of the first organisation of `type`, or 0.
    qint64 firstOrganisation(OrgType type);

private:
    QString copyDemoToServer(const DemoOptions& options);

    QTemporaryDir m_dir;
    QString m_serverUrl;
    QString m_connection;
    QSqlDatabase m_db;
    FixedClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

QString uniqueConnectionName();

// The partydesk program run as a user runs it (offscreen), with its exit code and output.
struct Run
{
    int exitCode = -1;
    QString output;
};
Run runPartydesk(const QStringList& arguments);

// A woman who has been a full Party member since 1973 (born 1949-12-31, a valid ID number), on the
// roster of `branch`: saved, she joins the roster on the clock's day.
Member longStandingMember(qint64 branch);

// Clears every star rating of the demo data and starts `year` with the default template, as a
// community's first year of rating would.
void startRatingYearAfresh(TempWorkspace& temp, int year);

// Copies the workspace to `path` and overwrites 8 KiB at three places within, as a failing disk would.
void writeDamagedCopy(const QSqlDatabase& db, const QString& path);

} // namespace partydesk::test
