#include "CommandSupport.h"
#include "help/ManualPdf.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace partydesk {

// partydesk manual --out FILE.pdf: the user manual of 帮助 → 使用手册, for printing.
int runManual(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ManualCommand", "Writes the user manual (the pages of Help → User manual) as a PDF for printing."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("manual"),
                                 QCoreApplication::translate("ManualCommand", "The manual."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("ManualCommand", "The PDF file to write."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    parser.process(app);

    const QString path = parser.value(out);
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        printError(QCoreApplication::translate("ManualCommand", "Use: partydesk manual --out FILE.pdf"));
        return 2;
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        printError(QCoreApplication::translate("ManualCommand", "Name an output in a folder that exists."));
        return 1;
    }
    const QString error = writeManualPdf(path);
    if (!error.isEmpty()) {
        printError(error);
        return 1;
    }
    printLine(
        QCoreApplication::translate("ManualCommand", "Written: %1").arg(QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace partydesk
