#include "CommandSupport.h"

#include "AppSettings.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

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
    Database::Result opened = Database::openExisting(path, connectionName);
    if (!opened.ok)
        printError(opened.error);
    return opened;
}

namespace {

// A password typed at the terminal without showing it; empty when stdin is not a terminal.
QString readPasswordFromTerminal(const QString& prompt)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(prompt);
    return {};
#else
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream(stderr) << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    QTextStream(stderr) << QStringLiteral("\n");
    return read ? QString::fromLocal8Bit(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
#endif
}

} // namespace

CommandWorkspace::CommandWorkspace(const QString& path, const QString& connectionName)
{
    Database::Result opened = openExistingWorkspace(path, connectionName);
    if (!opened.ok)
        return;
    auto workspace = std::make_unique<Workspace>(opened.db, m_clock);
    if (signInForCommand(*workspace))
        m_workspace = std::move(workspace);
}

CommandWorkspace::~CommandWorkspace() = default;

bool signInForCommand(Workspace& workspace)
{
    if (!workspace.session().signInRequired())
        return true;
    const QString user = qEnvironmentVariable("PARTYDESK_USER").trimmed();
    if (user.isEmpty()) {
        printError(QCoreApplication::translate(
            "Cli", "This workspace asks for sign-in: set PARTYDESK_USER to your user name (and "
                   "PARTYDESK_PASSWORD, or type the password when asked)."));
        return false;
    }
    QString password = qEnvironmentVariable("PARTYDESK_PASSWORD");
    if (!qEnvironmentVariableIsSet("PARTYDESK_PASSWORD"))
        password = readPasswordFromTerminal(QCoreApplication::translate("Cli", "Password for %1: ").arg(user));
    const SignInResult signedIn = workspace.security().signIn(user, password);
    if (!signedIn.ok)
        printError(signedIn.message);
    return signedIn.ok;
}

} // namespace partydesk
