#include "CommandSupport.h"

#include "AppSettings.h"

#include <QCommandLineParser>
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

QString languageOption(const QCommandLineParser& parser, const QCommandLineOption& lang)
{
    return parser.isSet(lang) ? parser.value(lang) : AppSettings::language();
}

} // namespace partydesk
