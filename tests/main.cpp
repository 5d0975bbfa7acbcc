#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    // catch_discover_tests runs this program right after linking, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data folders of the tests stay apart from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartyDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyDeskTests"));
    return Catch::Session().run(argc, argv);
}
