#pragma once

#include "dues/DuesRate.h"

#include <array>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace partydesk {

// 服务群众专项经费: a project the fund pays for, approved at a meeting with its budget.
struct FundProject
{
    qint64 id = 0;
    QString category; // 帮困救助, 环境整治, 文体活动 …
    QDate approvedOn;
    Fen approved = 0;
};

// One spending record, with its receipt, against a project.
struct FundSpending
{
    qint64 projectId = 0;
    QDate spentOn;
    Fen amount = 0;
};

// A year of the fund, exact to the fen.
struct FundYear
{
    Fen budget = 0;
    Fen approved = 0; // projects approved in the year
    Fen spent = 0;
    Fen balance = 0;     // budget − spent
    Fen uncommitted = 0; // budget − approved
    QMap<QString, Fen> spentByCategory;
    std::array<Fen, 12> spentInMonth{};
    std::array<Fen, 12> unspentAtMonthEnd{}; // budget − spent up to the month's end
    QList<qint64> overspentProjects;         // spent more than approved (all years), in project order
};

// Sums over several committees for the home page and the rating evidence.
struct FundYearFacts
{
    Fen budget = 0;
    Fen approved = 0;
    Fen spent = 0;
    Fen balance = 0;
    std::array<Fen, 12> unspentAtMonthEnd{};
};

// The execution rate (spent / budget) as a percentage with one decimal, exact from fen (rounded
// half up): "37.5%"; "—" without a budget.
QString executionRateText(Fen spent, Fen budget);

// The year's use of the fund: projects approved in `year` and spending dated in it (spending of
// other years and against unknown projects is not counted; a category of its own is not made up).
FundYear fundYear(Fen budget, const QList<FundProject>& projects, const QList<FundSpending>& spending,
                  int year);

} // namespace partydesk
