#pragma once

// How wide each column of a printed table is, in which orientation and at which font size: whole
// values first, so "初中及以下" or "流动党员（流出）" is never broken while a smaller font or a
// landscape page would hold it.

#include "report/TableReport.h"

#include <functional>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <vector>

namespace partydesk {

// A header split into lines at places where Chinese may break, never inside a run of Latin letters
// or digits, nor inside a short bracketed part such as "（18分）" or "(%)".
QStringList headerTokens(const QString& header);
// The tokens packed greedily into lines of at most `width`; a token wider than `width` gets a
// line of its own (the painter then breaks it).
QStringList wrapTokens(const QStringList& tokens, const QFontMetricsF& metrics, qreal width);

// What a column needs, measured in the report's base font (ColumnFit::basePoints).
struct ColumnNeed
{
    qreal want = 0;  // its values whole and the header on at most two lines
    qreal floor = 0; // the least before a short value or a header word would break
    // Where even the floors do not fit: a text column gives up width down to this, long texts
    // (`longText`) first, and breaks; numbers, dates and codes keep their floor.
    qreal squeeze = 0;
    bool text = false;
    bool longText = false;
    bool blank = false; // a text column with no value: room to write in
    qreal oneLine = 0;  // `want` with the header on one line
};

struct ColumnFit
{
    static constexpr qreal basePoints = 9;

    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    qreal points = basePoints;    // the body font's size
    std::vector<qreal> widths;    // filling the page's width
    std::vector<QString> headers; // with line breaks
};

// The needs of every column over every row (a roster's 100,000 included). Returns false when
// `progress` cancelled.
bool measureColumns(const TableReport& report, const QFontMetricsF& body, const QFontMetricsF& header,
                    qreal padding, std::vector<ColumnNeed>* needs, const ExportProgress& progress, int total,
                    int done);

// The orientation and font size for `needs`: portrait at the base size where values fit whole,
// landscape next (unless the report keeps portrait), then 8 and 7 points; only then are long texts
// and finally everything narrowed. What is left over widens the long texts and the blank columns
// (else every column): a table fills the page's width. `pageWidth(orientation)` in device pixels;
// `headerMetrics(points)` the bold header font at that size.
ColumnFit fitColumns(const TableReport& report, const std::vector<ColumnNeed>& needs, qreal padding,
                     const std::function<qreal(QPageLayout::Orientation)>& pageWidth,
                     const std::function<QFontMetricsF(qreal points)>& headerMetrics);

} // namespace partydesk
