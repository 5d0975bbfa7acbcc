#include "domain/Pinyin.h"
#include "models/RosterSearchIndex.h"

#include <catch2/catch.hpp>
#include <QRegularExpression>
#include <vector>

using namespace partydesk;

namespace {

RosterRow person(const QString& name, const QString& idNumber, const QString& phone)
{
    RosterRow row;
    row.name = name;
    row.idNumber = idNumber;
    row.phone = phone;
    const PinyinKeys keys = pinyinKeys(name);
    row.pinyin = keys.full;
    row.initials = keys.initials;
    return row;
}

// What the roster's search means: any field contains the text, case aside; a search of Latin
// letters alone also finds the name's full pinyin or initials containing it.
bool naive(const RosterRow& row, const QString& search)
{
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]+$"));
    if (letters.match(search).hasMatch() && (row.pinyin.contains(search, Qt::CaseInsensitive) ||
                                             row.initials.contains(search, Qt::CaseInsensitive)))
        return true;
    return row.name.contains(search, Qt::CaseInsensitive) ||
           row.idNumber.contains(search, Qt::CaseInsensitive) ||
           row.phone.contains(search, Qt::CaseInsensitive);
}

} // namespace

TEST_CASE("The roster's search index finds what a case-insensitive search of each field finds", "[models]")
{
    std::vector<RosterRow> rows = {
        person(QStringLiteral("张三"), QStringLiteral("43010519760101123X"), QStringLiteral("13569512345")),
        person(QStringLiteral("李四"), QStringLiteral("430105197601011250"), QStringLiteral("0731-84512345")),
        // Longer than a slot: checked one by one.
        person(QStringLiteral("阿卜杜热合曼·买买提"), QStringLiteral("650102198001010011"),
               QStringLiteral("13900000000")),
        person(QStringLiteral("Zhang Wei"), QString(), QStringLiteral("13800000000")),
        // Not Latin-1: not in the byte buffer.
        person(QStringLiteral("王五"), QStringLiteral("110101199001010015"), QStringLiteral("１３８００")),
        person(QStringLiteral("赵"), QString(), QString()),
        person(QStringLiteral("𠀀𠀁"), QString(), QString()), // outside the BMP
    };
    RosterSearchIndex index;
    for (size_t i = 0; i < rows.size(); ++i)
        index.set(int(i), rows[i]);

    const auto check = [&] {
        const QStringList searches = {
            QStringLiteral("张"),    QStringLiteral("x"),      QStringLiteral("3X"),
            QStringLiteral("123x1"), QStringLiteral("0731-"),  QStringLiteral("1"),
            QStringLiteral("13"),    QStringLiteral("买买提"), QStringLiteral("zhang"),
            QStringLiteral("WEI"),   QStringLiteral("１３８"), QStringLiteral("0011"),
            QStringLiteral("X13"),   QStringLiteral("5X"),     QStringLiteral("𠀁"),
            QStringLiteral("没有"),  QStringLiteral("zs"),     QStringLiteral("ZhangSan"),
            QStringLiteral("mai"),   QStringLiteral("abdrhmmmt"), QStringLiteral("ls1")};
        for (const QString& search : searches) {
            CAPTURE(search.toStdString());
            std::vector<char> hits(rows.size(), 0);
            index.match(search, &hits);
            for (size_t i = 0; i < rows.size(); ++i) {
                CAPTURE(i);
                CHECK(bool(hits[i]) == naive(rows[i], search));
                CHECK(index.matches(int(i), search) == naive(rows[i], search));
            }
        }
    };
    check();
    // Replaced rows: a short name grows past its slot and back, a number changes.
    rows[0].name = QStringLiteral("张三丰·长长的名字");
    rows[2].name = QStringLiteral("张");
    rows[1].phone = QStringLiteral("13569512345");
    for (int i : {0, 1, 2})
        index.set(i, rows[size_t(i)]);
    check();
    rows.push_back(person(QStringLiteral("新人"), QStringLiteral("43010519760101999X"), QString()));
    index.set(int(rows.size()) - 1, rows.back());
    check();
}

TEST_CASE("Typing pinyin initials or full pinyin finds the Chinese name", "[models][pinyin]")
{
    // What a clerk types for 张伟 on a keyboard without switching the input method.
    RosterSearchIndex index;
    const std::vector<RosterRow> rows = {
        person(QStringLiteral("张伟"), QString(), QString()),
        person(QStringLiteral("王小红"), QString(), QString()),
        person(QStringLiteral("李"), QString(), QString()),
        person(QStringLiteral("欧阳娜娜"), QString(), QString()),
    };
    for (size_t i = 0; i < rows.size(); ++i)
        index.set(int(i), rows[i]);
    const auto found = [&](const QString& search) {
        std::vector<char> hits(rows.size(), 0);
        index.match(search, &hits);
        QStringList names;
        for (size_t i = 0; i < rows.size(); ++i) {
            CHECK(bool(hits[i]) == index.matches(int(i), search));
            if (hits[i])
                names << rows[i].name;
        }
        return names.join(QLatin1Char(','));
    };
    CHECK(found(QStringLiteral("zw")) == QStringLiteral("张伟"));
    CHECK(found(QStringLiteral("zhangwei")) == QStringLiteral("张伟"));
    CHECK(found(QStringLiteral("ZhangW")) == QStringLiteral("张伟"));
    CHECK(found(QStringLiteral("wxh")) == QStringLiteral("王小红"));
    CHECK(found(QStringLiteral("xiaohong")) == QStringLiteral("王小红"));
    CHECK(found(QStringLiteral("oynn")) == QStringLiteral("欧阳娜娜"));
    CHECK(found(QStringLiteral("li")) == QStringLiteral("李"));
    CHECK(found(QStringLiteral("zw1")).isEmpty()); // not pinyin, and in no field
}

