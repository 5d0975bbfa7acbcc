#include "models/RosterSearchIndex.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace partydesk;

namespace {

RosterRow person(const QString& name, const QString& idNumber, const QString& phone)
{
    RosterRow row;
    row.name = name;
    row.idNumber = idNumber;
    row.phone = phone;
    return row;
}

// What the roster's search has always meant: any field contains the text, case aside.
bool naive(const RosterRow& row, const QString& search)
{
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
            QStringLiteral("没有")};
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
