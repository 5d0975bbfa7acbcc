#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <QApplication>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    // catch_discover_tests runs this program right after linking, with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PartyDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PartyDeskTests"));
    return Catch::Session().run(argc, argv);
}
