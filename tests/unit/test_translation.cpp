#include "domain/Enums.h"
#include "domain/IdNumber.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QTranslator>

using namespace partydesk;

static void initTranslations()
{
    Q_INIT_RESOURCE(partydesk_translations);
}

TEST_CASE("The embedded zh_CN translation turns messages and labels into Chinese", "[i18n]")
{
    initTranslations();
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/partydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString message = IdNumber::check(QStringLiteral("11010519491231")).error;
    const QString category = enumLabel(MemberCategory::FloatingOut);
    QCoreApplication::removeTranslator(&translator);

    CHECK(message.contains(QStringLiteral("身份证号")));
    CHECK(message.contains(QStringLiteral("14")));
    CHECK(category == QStringLiteral("流动党员（流出）"));
}
