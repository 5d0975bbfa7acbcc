#pragma once

#include "domain/Clock.h"
#include "storage/Database.h"

#include <memory>

#include <QString>

class QCommandLineOption;
class QCommandLineParser;
class QApplication;
class QCoreApplication;

namespace partydesk {

// What every command shares: messages to the terminal and the headless platform.
void printError(const QString& message);
void printLine(const QString& message);
// Commands that draw (screenshots, PDF) must work without a display: CI, scripts, a server.
void useOffscreenWithoutDisplay();

// Opens a workspace that must already exist; prints why not and returns a failed result otherwise.
Database::Result openExistingWorkspace(const QString& path, const QString& connectionName);

class Workspace;

// The workspace a command works on, opened the one way every command opens it: it must already
// exist (Database::openExisting), and one that asks for sign-in is signed in (signInForCommand).
// When either fails it has printed why and is false.
class CommandWorkspace
{
public:
    CommandWorkspace(const QString& path, const QString& connectionName);
    ~CommandWorkspace();
    explicit operator bool() const { return m_workspace != nullptr; }
    Workspace& operator*() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    const Clock& clock() const { return m_clock; }

private:
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

// A workspace that asks for sign-in: the command signs in as PARTYDESK_USER with the password in
// PARTYDESK_PASSWORD or, when that is not set, typed at the terminal (not echoed). Prints why not
// and returns false when it fails. A workspace without sign-in needs neither.
bool signInForCommand(Workspace& workspace);

int runCheck(QCoreApplication& app);
int runDemo(QCoreApplication& app);
int runScreenshot(QApplication& app);
int runExport(QApplication& app);
int runImport(QCoreApplication& app);
int runScoring(QApplication& app);
int runReport(QApplication& app);
int runManual(QApplication& app);
int runWindow(QApplication& app);
int runBackup(QCoreApplication& app);
int runRestore(QCoreApplication& app);
int runPackage(QCoreApplication& app);
int runUpload(QCoreApplication& app);

} // namespace partydesk
