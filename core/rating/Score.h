#pragma once

#include <optional>
#include <QString>
#include <QtGlobal>

namespace partydesk {

struct TableCell;

// Points of the star rating in exact hundredths. Stars are decided on hundredths, so sums, caps and
// thresholds are integer arithmetic: 89.99 never becomes 90, and a total is shown as it decides.
class Score
{
public:
    constexpr Score() = default;
    static constexpr Score fromHundredths(qint64 hundredths) { return Score(hundredths); }
    static constexpr Score whole(int points) { return Score(qint64(points) * 100); }
    // A value read from storage or a template file, which hold at most two decimals.
    static Score fromStored(double value);

    constexpr qint64 hundredths() const { return m_hundredths; }
    double toDouble() const { return double(m_hundredths) / 100.0; }
    // Always two decimals: "89.99", "80.00", "-2.01". Totals, subtotals and changes use this.
    QString toString() const;
    // As few decimals as needed: "3", "2.5", "0.25". Single task scores and maximums use this.
    QString toCompactString() const;

    constexpr Score operator+(Score other) const { return Score(m_hundredths + other.m_hundredths); }
    constexpr Score operator-(Score other) const { return Score(m_hundredths - other.m_hundredths); }
    constexpr Score operator-() const { return Score(-m_hundredths); }
    Score& operator+=(Score other)
    {
        m_hundredths += other.m_hundredths;
        return *this;
    }
    constexpr bool operator==(Score other) const { return m_hundredths == other.m_hundredths; }
    constexpr bool operator!=(Score other) const { return m_hundredths != other.m_hundredths; }
    constexpr bool operator<(Score other) const { return m_hundredths < other.m_hundredths; }
    constexpr bool operator<=(Score other) const { return m_hundredths <= other.m_hundredths; }
    constexpr bool operator>(Score other) const { return m_hundredths > other.m_hundredths; }
    constexpr bool operator>=(Score other) const { return m_hundredths >= other.m_hundredths; }

private:
    constexpr explicit Score(qint64 hundredths) : m_hundredths(hundredths) {}
    qint64 m_hundredths = 0;
};

// What a typed or read value means: no value (empty cell), a score, or an error in the user's
// language saying what is wrong with it.
struct ScoreInput
{
    std::optional<Score> value;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The one reader of scores, for the form, the score-sheet import and the template file alike:
// a finite number, not below zero, with at most two decimals. Full-width digits and the Chinese
// full stop from an input method count as ASCII. "inf", "nan", "1e2", "89.996" are refused.
ScoreInput parseScore(const QString& text);
// A spreadsheet cell: a number (or date) cell by its value, any other by its text, read by the same
// rule.
ScoreInput parseScoreCell(const TableCell& cell);

// The marks a veto cell accepts (是/否, √/×, 有/无, 1/0, Y/N, yes/no, true/false; empty is no):
// true or false, or nothing when the mark is not one of them.
std::optional<bool> parseVetoMark(const QString& text);
// The accepted marks, for messages and the sheet's instructions.
QString vetoMarksText();

} // namespace partydesk
