#include "TestSupport.h"

#include "storage/StorageHealth.h"
#include "storage/WorkspaceCopy.h"
#include "TestServer.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <stdexcept>

namespace partydesk::test {

QString uniqueConnectionName()
{
    static int counter = 0;
    return QStringLiteral("test-%1").arg(++counter);
}

void writeDamagedCopy(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(path);
    if (!vacuum.exec())
        throw std::runtime_error("VACUUM INTO failed");
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        throw std::runtime_error("cannot open the copy");
    // Three places, so that a table's pages are hit whatever the schema's layout; the schema's own
    // pages at the start of the file stay whole.
    const qint64 size = file.size();
    for (const qint64 at : {size / 3, size / 2, size * 2 / 3}) {
        file.seek(at);
        file.write(QByteArray(8192, '\x5a'));
    }
}

TempWorkspace::TempWorkspace(bool withDemo, QDate today)
    : m_connection(uniqueConnectionName()), m_clock(today)
{
    // A test before may have made SQLite meet a damaged file on purpose.
    StorageHealth::reset();
    if (TestServer::active())
        m_serverUrl = TestServer::createWorkspace();
    Database::Result opened = Database::open(path(), m_connection);
    if (!opened.ok)
        throw std::runtime_error(opened.error.toStdString());
    m_db = opened.db;
    if (withDemo) {
        DemoOptions options;
        options.today = today;
        const QString error = m_serverUrl.isEmpty() ? buildDemo(m_db, options) : copyDemoToServer(options);
        if (!error.isEmpty())
            throw std::runtime_error(error.toStdString());
    }
    m_workspace = std::make_unique<Workspace>(m_db, m_clock);
}

// The demo is made in a file and copied to the server, as a real community's file would be.
QString TempWorkspace::copyDemoToServer(const DemoOptions& options)
{
    const QString connection = uniqueConnectionName();
    QString error;
    {
        Database::Result file = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), connection);
        if (!file.ok)
            return file.error;
        error = buildDemo(file.db, options);
        if (error.isEmpty())
            error = WorkspaceCopy::copy(file.db, m_db);
        file.db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

TempWorkspace::~TempWorkspace()
{
    m_workspace.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_serverUrl.isEmpty())
        TestServer::dropWorkspace(m_serverUrl);
}

void startRatingYearAfresh(TempWorkspace& temp, int year)
{
    QSqlQuery q(temp.db());
    for (const char* table :
         {"rectification", "rating_item_score", "rating_score", "rating_session_org", "rating_session",
          "rating_item", "rating_task", "rating_aspect", "rating_template"})
        REQUIRE(q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))));
    // As a new file's would: a server's ids otherwise go on from where the demo's ended.
    if (TestServer::active())
        for (const char* table : {"rating_template", "rating_aspect", "rating_task", "rating_item", "rating_session",
                                  "rectification"})
            REQUIRE(q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), 1, false)")
                               .arg(QLatin1String(table))));
    REQUIRE(temp.workspace().ratingService().startYear(year).ok());
}

Member longStandingMember(qint64 branch)
{
    Member m;
    m.name = QStringLiteral("周新来");
    m.sex = Sex::Female;
    m.ethnicity = QStringLiteral("汉族");
    m.idNumber = QStringLiteral("11010519491231002X");
    m.birthDate = QDate(1949, 12, 31);
    m.orgId = branch;
    m.category = MemberCategory::Registered;
    m.status = MemberStatus::Full;
    m.appliedOn = QDate(1970, 3, 1);
    m.activistOn = QDate(1970, 9, 1);
    m.candidateOn = QDate(1971, 9, 1);
    m.joinedOn = QDate(1972, 7, 1);
    m.fullOn = QDate(1973, 7, 1);
    return m;
}

qint64 TempWorkspace::firstOrganisation(OrgType type)
{
    for (const Organisation& org : m_workspace->organisations().all())
        if (org.type == type)
            return org.id;
    return 0;
}

Run runPartydesk(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARTYDESK_BINARY), arguments);
    process.waitForFinished(600000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace partydesk::test
