#include "AppSetup.h"
#include "CommandSupport.h"
#include "mainwindow/MainWindow.h"
#include "security/SessionStart.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "widgets/ElidedToolTips.h"
#include "Workspace.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>

namespace partydesk {

int runWindow(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Community Party-Building Desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The workspace file, or a shared workspace on a server: "
                                           "postgresql://user@host/database (default: a file in your "
                                           "application-data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("Cli", "zh_CN or en."),
                                  QStringLiteral("language"));
    parser.addOptions({db, lang});
    // Translations and the font are set by the dispatcher (Commands.cpp), before the help is built.
    parser.process(app);

    const QString path = parser.isSet(db) ? parser.value(db) : Database::defaultPath();
    bool newWorkspace = !QFileInfo(path).exists() || QFileInfo(path).size() == 0;
    Database::Result opened = Database::open(path, QStringLiteral("workspace"), builtInMigrations(),
                                             Database::IntegrityCheck::InBackground);
    if (!opened.ok) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Cli", "Cannot open the workspace"),
                              opened.error);
        return 1;
    }
    if (!opened.backupPath.isEmpty())
        printLine(QCoreApplication::translate("Cli", "Before upgrading, a copy was saved as %1")
                      .arg(QDir::toNativeSeparators(opened.backupPath)));
    if (onServer(opened.db))
        newWorkspace = opened.created;
    SystemClock clock;
    Workspace workspace(opened.db, clock);
    // Sign-in before anything is shown; a new workspace asks for its first admin (issue 12).
    if (!startSession(workspace, newWorkspace))
        return 0;
    // Any list, table or tree shows text it cuts short in full as a tooltip.
    ElidedToolTips::installEverywhere();
    MainWindow window(workspace, path);
    std::unique_ptr<QThread> check;
    if (opened.integrityCheckDeferred) {
        // The window opens at once; nothing is written until the file has passed its check.
        workspace.writeGate().startChecking();
        check.reset(
            checkIntegrityInBackground(opened.db.databaseName(), &window, [&](const QString& problem) {
                if (problem.isEmpty()) {
                    workspace.writeGate().checkPassed();
                    Database::recordIntegrityPassed(opened.db);
                    return;
                }
                workspace.writeGate().checkFailed(problem);
                QMessageBox::critical(
                    &window, QCoreApplication::translate("Cli", "The workspace file is damaged"), problem);
                window.close();
            }));
    }
    window.show();
    window.startOfDayBackup();
    const int code = app.exec();
    if (check)
        check->wait();
    return code;
}

} // namespace partydesk
