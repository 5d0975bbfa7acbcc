#pragma once

#include <QString>

class QCommandLineOption;
class QCommandLineParser;
class QApplication;
class QCoreApplication;

namespace partydesk {

// What every command shares: messages to the terminal, the language option, the headless platform.
void printError(const QString& message);
void printLine(const QString& message);
QString languageOption(const QCommandLineParser& parser, const QCommandLineOption& lang);
// Commands that draw (screenshots, PDF) must work without a display: CI, scripts, a server.
void useOffscreenWithoutDisplay();

int runDemo(QCoreApplication& app);
int runScreenshot(QApplication& app);
int runExport(QApplication& app);
int runScoring(QApplication& app);
int runReport(QApplication& app);
int runWindow(QApplication& app);

} // namespace partydesk
