#include "CommandSupport.h"

#include "AppSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace partydesk {

void printError(const QString& message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void printLine(const QString& message)
{
    QTextStream(stdout) << message << Qt::endl;
}

void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

Database::Result openExistingWorkspace(const QString& path, const QString& connectionName)
{
    if (!QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("ExportCommand", "The workspace \"%1\" does not exist.")
                       .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    Database::Result opened = Database::open(path, connectionName);
    if (!opened.ok)
        printError(opened.error);
    return opened;
}

} // namespace partydesk
