#include "ColumnFit.h"

#include "CellText.h"

#include <algorithm>
#include <numeric>

namespace partydesk {

namespace {

bool opensGroup(QChar c)
{
    return c == u'（' || c == u'(' || c == u'《' || c == u'「' || c == u'【' || c == u'[';
}

QChar closerOf(QChar c)
{
    switch (c.unicode()) {
    case u'（':
        return u'）';
    case u'(':
        return u')';
    case u'《':
        return u'》';
    case u'「':
        return u'」';
    case u'【':
        return u'】';
    default:
        return u']';
    }
}

// Punctuation that may not start a line: it stays with what comes before.
bool closes(QChar c)
{
    static const QString closing = QStringLiteral("）)》」】]，。、：；！？%,.:;!?·");
    return closing.contains(c);
}

// Widest line of `text` (values such as minutes may have several).
qreal wholeWidth(const QString& text, const QFontMetricsF& metrics)
{
    if (!text.contains(u'\n'))
        return metrics.horizontalAdvance(text);
    qreal widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// The narrowest width at which the header takes at most `lines` lines, as drawn.
qreal headerWidth(const QStringList& tokens, const QFontMetricsF& metrics, int lines)
{
    qreal low = 0;
    for (const QString& token : tokens)
        low = std::max(low, metrics.horizontalAdvance(token.trimmed()));
    qreal high = metrics.horizontalAdvance(tokens.join(QString()));
    if (high <= low)
        return high;
    for (int i = 0; i < 14; ++i) {
        const qreal middle = (low + high) / 2;
        (wrapTokens(tokens, metrics, middle).size() <= lines ? high : low) = middle;
    }
    qreal widest = 0;
    for (const QString& line : wrapTokens(tokens, metrics, high))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    // A line exactly as wide as its cell may still wrap when drawn (rounding): a hair more.
    return widest + metrics.horizontalAdvance(QLatin1Char(' ')) / 4;
}

// Floors that do not fit even at the smallest font: long texts give up width first, then short ones,
// each down to its squeeze; only then does every column narrow alike.
std::vector<qreal> squeezed(const std::vector<ColumnNeed>& needs, qreal width,
                            const std::function<qreal(qreal)>& scaled)
{
    std::vector<qreal> widths;
    qreal total = 0;
    for (const ColumnNeed& need : needs) {
        widths.push_back(scaled(need.floor));
        total += widths.back();
    }
    for (const bool longTexts : {true, false}) {
        qreal slack = 0;
        for (size_t c = 0; c < needs.size(); ++c)
            if (needs[c].text && needs[c].longText == longTexts)
                slack += widths[c] - scaled(needs[c].squeeze);
        if (total <= width || slack <= 0)
            continue;
        const qreal give = std::min(1.0, (total - width) / slack);
        for (size_t c = 0; c < needs.size(); ++c)
            if (needs[c].text && needs[c].longText == longTexts) {
                const qreal cut = (widths[c] - scaled(needs[c].squeeze)) * give;
                widths[c] -= cut;
                total -= cut;
            }
    }
    if (total > width)
        for (qreal& w : widths)
            w *= width / total;
    return widths;
}

} // namespace

QStringList headerTokens(const QString& header)
{
    QStringList tokens;
    QString current;
    bool latin = false, glue = false, space = false;
    const auto flush = [&] {
        if (!current.isEmpty())
            tokens << (space && !tokens.isEmpty() ? QLatin1Char(' ') + current : current);
        current.clear();
        latin = glue = space = false;
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header[i];
        if (c.isSpace()) {
            flush();
            space = true;
        } else if (opensGroup(c)) {
            const qsizetype end = header.indexOf(closerOf(c), i + 1);
            const bool keepSpace = space;
            flush();
            space = keepSpace;
            if (end > i && end - i <= 9) { // a short bracketed part stays whole
                current = header.mid(i, end - i + 1);
                i = end;
            } else {
                current = c;
                glue = true;
            }
        } else if (closes(c) || glue || (latin && c.unicode() < 0x80)) {
            current += c;
            glue = false;
        } else {
            const bool keepSpace = space;
            flush();
            space = keepSpace;
            current = c;
            latin = c.unicode() < 0x80;
        }
    }
    flush();
    return tokens;
}

QStringList wrapTokens(const QStringList& tokens, const QFontMetricsF& metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString& token : tokens) {
        const QString candidate = line.isEmpty() ? token.trimmed() : line + token;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = token.trimmed();
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

bool measureColumns(const TableReport& report, const QFontMetricsF& body, const QFontMetricsF& header,
                    qreal padding, std::vector<ColumnNeed>* needs, const ExportProgress& progress, int total,
                    int done)
{
    const int columnCount = int(report.columns.size());
    const qreal em = body.horizontalAdvance(QStringLiteral("中"));
    // Past this a text is long (a theme, minutes, an address): it wraps like a paragraph.
    const qreal longText = 24 * em;
    CharWidths chars(body);
    std::vector<qreal> widest(size_t(columnCount), 0);
    std::vector<QString> widestText(static_cast<size_t>(columnCount));
    for (int r = 0; r < report.rowCount; ++r) {
        for (int c = 0; c < columnCount; ++c) {
            const bool text = report.columns[c].kind == ReportColumn::Kind::Text;
            if (text && widest[size_t(c)] >= longText)
                continue;
            const QString t = partydesk::text(report.cell(r, c), report.columns[c].kind);
            if (t.isEmpty())
                continue;
            qreal width = chars.advance(t);
            if (width < 0)
                width = wholeWidth(t, body);
            if (width > widest[size_t(c)]) {
                widest[size_t(c)] = width;
                widestText[size_t(c)] = t;
            }
        }
        if (progress && r % 2000 == 1999 && !progress(done, total * 2))
            return false;
    }
    needs->assign(size_t(columnCount), {});
    for (int c = 0; c < columnCount; ++c) {
        const ReportColumn& column = report.columns[c];
        // The widest by its characters, measured as a whole as well in case kerning widens it.
        const qreal value = std::max(widest[size_t(c)], wholeWidth(widestText[size_t(c)], body));
        const QStringList tokens = headerTokens(column.header);
        qreal twoLines = headerWidth(tokens, header, 2);
        const qreal threeLines = headerWidth(tokens, header, 3);
        // Wanted on two lines, a header breaks before its bracketed end ("班子建设好" over "（18）"),
        // not inside the words before it, where that is not much wider.
        if (tokens.size() > 1 && opensGroup(tokens.last().trimmed().front())) {
            const QString last = tokens.last().trimmed();
            const QString first = QStringList(tokens.mid(0, tokens.size() - 1)).join(QString()).trimmed();
            const qreal natural = std::max(header.horizontalAdvance(first), header.horizontalAdvance(last)) +
                                  header.horizontalAdvance(QLatin1Char(' ')) / 4;
            if (natural <= 1.5 * twoLines)
                twoLines = std::max(twoLines, natural);
        }
        ColumnNeed& need = (*needs)[size_t(c)];
        need.text = column.kind == ReportColumn::Kind::Text;
        if (!need.text) {
            // Numbers, dates and codes never wrap; the slack covers measured against drawn glyphs.
            const qreal whole = value + 0.6 * em;
            need.want = std::max(whole, twoLines);
            need.floor = need.squeeze = std::max(whole, threeLines);
        } else {
            const qreal whole = value > 0 ? value + 0.3 * em : 0;
            need.want = std::max({std::min(whole, longText), twoLines, 2 * em});
            need.longText = value > 10 * em;
            need.blank = value <= 0;
            need.floor = need.longText ? std::max(std::min(whole, 8 * em), threeLines)
                                       : std::max({whole, threeLines, 2 * em});
            need.squeeze = std::min(need.floor, (need.longText ? 4 : 2) * em);
        }
        need.want += 2 * padding;
        need.floor += 2 * padding;
        need.squeeze += 2 * padding;
        need.oneLine = std::max(need.want, headerWidth(tokens, header, 1) + 2 * padding);
    }
    return true;
}

ColumnFit fitColumns(const TableReport& report, const std::vector<ColumnNeed>& needs, qreal padding,
                     const std::function<qreal(QPageLayout::Orientation)>& pageWidth,
                     const std::function<QFontMetricsF(qreal points)>& headerMetrics)
{
    struct Candidate
    {
        QPageLayout::Orientation orientation;
        qreal points;
        bool whole; // every value and header at its wanted width, else at its floor
    };
    constexpr auto portrait = QPageLayout::Portrait, landscape = QPageLayout::Landscape;
    const std::vector<Candidate> candidates = report.keepPortrait
                                                  ? std::vector<Candidate>{{portrait, 9, true},
                                                                           {portrait, 9, false},
                                                                           {portrait, 8, false},
                                                                           {portrait, 7, false}}
                                                  : std::vector<Candidate>{{portrait, 9, true},
                                                                           {landscape, 9, true},
                                                                           {landscape, 9, false},
                                                                           {landscape, 8, false},
                                                                           {landscape, 7, false}};
    const auto scaled = [&](qreal need, qreal points) {
        return (need - 2 * padding) * points / ColumnFit::basePoints + 2 * padding;
    };
    const auto sum = [&](qreal points, bool whole) {
        qreal total = 0;
        for (const ColumnNeed& need : needs)
            total += scaled(whole ? need.want : need.floor, points);
        return total;
    };
    Candidate chosen = candidates.back();
    for (const Candidate& candidate : candidates)
        if (sum(candidate.points, candidate.whole) <= pageWidth(candidate.orientation)) {
            chosen = candidate;
            break;
        }

    ColumnFit fit;
    fit.orientation = chosen.orientation;
    fit.points = chosen.points;
    const qreal width = pageWidth(chosen.orientation);
    const qreal wanted = sum(chosen.points, true), floors = sum(chosen.points, false);
    // The room left goes to the long texts (and the blank columns left to write in), which would
    // otherwise wrap; where there are none, to every column by what it holds.
    bool anyLong = false;
    qreal longWanted = 0;
    for (const ColumnNeed& need : needs)
        if (need.text && (need.longText || need.blank)) {
            anyLong = true;
            longWanted += scaled(need.want, chosen.points);
        }
    if (floors > width) {
        fit.widths = squeezed(needs, width, [&](qreal need) { return scaled(need, chosen.points); });
    } else {
        for (const ColumnNeed& need : needs) {
            const qreal want = scaled(need.want, chosen.points), floor = scaled(need.floor, chosen.points);
            const qreal share = anyLong ? (need.text && (need.longText || need.blank) ? want / longWanted : 0)
                                        : want / wanted;
            fit.widths.push_back(wanted <= width
                                     ? want + (width - wanted) * share
                                     : floor + (want - floor) * (width - floors) / (wanted - floors));
        }
        // Where the page has room, headers go on one line, the shortest first ("请假" rather than
        // "请" over "假"), taking the room from the columns widened above, none below what it wants.
        if (wanted < width) {
            std::vector<qreal> base;
            for (const ColumnNeed& need : needs)
                base.push_back(scaled(need.want, chosen.points));
            const auto extra = [&](size_t c) {
                return scaled(needs[c].oneLine, chosen.points) - fit.widths[c];
            };
            std::vector<size_t> order(needs.size());
            std::iota(order.begin(), order.end(), size_t(0));
            std::stable_sort(order.begin(), order.end(),
                             [&](size_t a, size_t b) { return extra(a) < extra(b); });
            for (size_t c : order) {
                const qreal more = extra(c);
                if (more <= 0)
                    continue;
                qreal spare = 0;
                for (size_t o = 0; o < needs.size(); ++o)
                    if (o != c)
                        spare += std::max<qreal>(0, fit.widths[o] - base[o]);
                if (spare < more)
                    break;
                for (size_t o = 0; o < needs.size(); ++o)
                    if (o != c)
                        fit.widths[o] -= more * std::max<qreal>(0, fit.widths[o] - base[o]) / spare;
                fit.widths[c] += more;
                base[c] = fit.widths[c];
            }
        }
    }
    const QFontMetricsF metrics = headerMetrics(chosen.points);
    for (size_t c = 0; c < needs.size(); ++c)
        fit.headers.push_back(
            wrapTokens(headerTokens(report.columns[int(c)].header), metrics, fit.widths[c] - 2 * padding)
                .join(QLatin1Char('\n')));
    return fit;
}

} // namespace partydesk
