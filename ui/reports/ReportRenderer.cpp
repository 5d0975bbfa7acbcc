#include "ReportRenderer.h"

#include "report/AtomicFile.h"

#include <array>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextLayout>
#include <QtMath>
#include <unordered_map>
#include <vector>

namespace partydesk {

namespace {

// yyyy-MM-dd written digit by digit: QDate::toString took a tenth of a 100,000-row export.
QString isoDate(QDate date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate); // empty when invalid
    QString result(10, Qt::Uninitialized);
    QChar* out = result.data();
    const auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            out[i] = QChar(char16_t(u'0' + value % 10));
        out += digits;
    };
    put(year, 4);
    *out++ = u'-';
    put(month, 2);
    *out++ = u'-';
    put(day, 2);
    return result;
}

QString text(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return isoDate(value.toDate());
    return value.toString();
}

// Widths of one-line text without laying it out: the sum of its characters' advances. For the
// characters of a roster (Han, Latin, digits, common punctuation) that is what shaping gives, but not
// where characters combine, join or change direction: advance() returns -1 for those, and the caller
// measures the whole string.
class CharWidths
{
public:
    explicit CharWidths(const QFontMetricsF& metrics) : m_metrics(metrics) { m_ascii.fill(-1); }

    qreal advance(QStringView text)
    {
        qreal total = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x20 && u < 0x7F) {
                qreal& width = m_ascii[u];
                if (width < 0)
                    width = m_metrics.horizontalAdvance(c);
                total += width;
            } else if (simple(u)) {
                auto it = m_other.find(u);
                if (it == m_other.end())
                    it = m_other.insert(u, m_metrics.horizontalAdvance(c));
                total += *it;
            } else {
                return -1;
            }
        }
        return total;
    }

private:
    static bool simple(char16_t u)
    {
        return (u >= 0xA0 && u < 0x300) || (u >= 0x2010 && u <= 0x2027) || (u >= 0x3000 && u <= 0x3029) ||
               (u >= 0x3030 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF5E);
    }

    QFontMetricsF m_metrics;
    std::array<qreal, 0x80> m_ascii;
    QHash<char16_t, qreal> m_other;
};

// Text that QPainter::drawText rewrites before laying it out (line breaks, tabs, length variants) or
// that has spaces, which glyph runs leave out (text copied from the PDF would lose them): such cells
// are drawn by QPainter itself.
bool plainText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x9C || c.isSpace())
            return false;
    }
    return true;
}

Qt::Alignment alignment(ReportColumn::Kind kind)
{
    switch (kind) {
    case ReportColumn::Kind::Number:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ReportColumn::Kind::Date:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

// Body cells laid out for drawing, by column and text, so that a value repeated down the rows (a
// branch, a status, a sex) is laid out once rather than once a row. Emptied when it holds
// `capacity` texts, so memory stays bounded whatever the row count.
// The glyphs of a page's cells are drawn together by flush(): one text object per font in the PDF
// rather than one per cell, which is what made writing (and compressing) the pages slow.
class CellLayouts
{
public:
    void reset(int columnCount)
    {
        m_columns.clear();
        m_columns.resize(size_t(columnCount));
        m_count = 0;
    }

    // Places `text` in `rect` as QPainter::drawText(rect, alignment | Qt::TextWrapAnywhere, text) does:
    // the same lines at the same places (its steps are repeated here, on a layout that is kept), to be
    // drawn by flush(). Returns false where drawText would clip: the caller calls it instead.
    bool add(QPainter& painter, int column, const QRectF& rect, Qt::Alignment alignment, const QString& text)
    {
        auto& cells = m_columns[size_t(column)];
        auto it = cells.find(text);
        if (it == cells.end()) {
            if (m_count >= capacity) {
                for (auto& other : m_columns)
                    other.clear();
                m_count = 0;
            }
            it = cells.emplace(text, layOut(painter, text, rect.width())).first;
            ++m_count;
        }
        const Cell& cell = it->second;
        if (cell.lineWidth != qMax<qreal>(0, rect.width()))
            return false;
        qreal yoff = 0;
        if (alignment & Qt::AlignVCenter)
            yoff = (rect.height() - cell.height) / 2;
        qreal xoff = 0;
        if (alignment & Qt::AlignRight)
            xoff = rect.width() - cell.width;
        else if (alignment & Qt::AlignHCenter)
            xoff = (rect.width() - cell.width) / 2;
        if (!rect.contains(QRectF(rect.x() + xoff, rect.y() + yoff, cell.width, cell.height)))
            return false;
        for (const Line& line : cell.lines) {
            qreal x = 0;
            if (alignment & Qt::AlignRight)
                x = rect.width() - line.advance;
            else if (alignment & Qt::AlignHCenter)
                x = (rect.width() - line.advance) / 2;
            // QTextLine::draw() rounds its origin to QFixed (1/64, towards zero) before adding the
            // glyphs' offsets; the same here keeps every glyph where drawText puts it.
            const auto fixed = [](qreal v) { return qreal(int(v * 64)) / 64; };
            const QPointF origin(fixed(rect.x() + x), fixed(rect.y() + yoff));
            for (const QGlyphRun& run : line.runs)
                batch(run.rawFont()).add(run, origin);
        }
        return true;
    }

    // Draws the glyphs added since the last call.
    void flush(QPainter& painter)
    {
        for (Batch& batch : m_batches) {
            if (batch.glyphs.isEmpty())
                continue;
            QGlyphRun run;
            run.setRawFont(batch.font);
            run.setGlyphIndexes(batch.glyphs);
            run.setPositions(batch.positions);
            painter.drawGlyphRun(QPointF(), run);
            batch.glyphs.clear();
            batch.positions.clear();
        }
    }

private:
    static constexpr int capacity = 4096;

    struct Line
    {
        qreal advance = 0;
        QList<QGlyphRun> runs; // positions from the top left of the text
    };
    struct Cell
    {
        std::vector<Line> lines;
        qreal lineWidth = 0;
        qreal width = 0;  // of the widest line
        qreal height = 0; // of all lines
    };
    struct Batch
    {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;

        void add(const QGlyphRun& run, QPointF origin)
        {
            glyphs.append(run.glyphIndexes());
            for (QPointF position : run.positions())
                positions.append(position + origin);
        }
    };

    Batch& batch(const QRawFont& font)
    {
        for (Batch& batch : m_batches)
            if (batch.font == font)
                return batch;
        m_batches.push_back({font, {}, {}});
        return m_batches.back();
    }

    // Digits and a few signs, where the font gives each the same glyph and advance whatever its
    // neighbour (checked once, on every pair: fonts kern some, e.g. "X."): dates, ID and phone
    // numbers, row numbers. They are most of a roster's distinct texts, and are put together from
    // their characters' glyphs without shaping.
    struct SimpleGlyph
    {
        quint32 glyph = 0;
        qreal advance = -1; // -1: not checked
    };
    struct SimpleFont
    {
        bool checked = false;
        bool usable = false;
        QRawFont font;
        qreal baseline = 0, height = 0;
        std::array<SimpleGlyph, 0x80> glyphs;
    };

    static SimpleFont checkSimpleFont(QPainter& painter, QStringView characters)
    {
        SimpleFont simple;
        simple.checked = true;
        QString probe;
        for (QChar first : characters)
            for (QChar second : characters)
                probe.append(first).append(second);
        QTextLayout layout(probe, painter.font(), painter.device());
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::NoWrap);
        option.setTextDirection(painter.layoutDirection());
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e9);
        layout.endLayout();
        const QList<QGlyphRun> runs = line.glyphRuns();
        if (runs.size() != 1 || runs[0].glyphIndexes().size() != probe.size())
            return simple;
        const QList<quint32> glyphs = runs[0].glyphIndexes();
        const QList<QPointF> positions = runs[0].positions();
        if (positions[0] != QPointF(0, positions[0].y()))
            return simple;
        for (qsizetype i = 0; i < probe.size(); ++i) {
            const qreal next = i + 1 < probe.size() ? positions[i + 1].x() : line.naturalTextWidth();
            SimpleGlyph& known = simple.glyphs[probe[i].unicode()];
            const SimpleGlyph seen{glyphs[i], next - positions[i].x()};
            if (positions[i].y() != positions[0].y() ||
                (known.advance >= 0 && (known.glyph != seen.glyph || known.advance != seen.advance)))
                return simple;
            known = seen;
        }
        simple.usable = true;
        simple.font = runs[0].rawFont();
        simple.baseline = positions[0].y();
        simple.height =
            line.ascent() + line.descent() + (line.leadingIncluded() ? qMax<qreal>(0, line.leading()) : 0);
        return simple;
    }

    // A one-line cell of simple characters, or false.
    bool simpleCell(const QString& text, Cell* cell) const
    {
        if (!m_simple.usable)
            return false;
        QList<quint32> glyphs(text.size());
        QList<QPointF> positions(text.size());
        qreal x = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t u = text[i].unicode();
            if (u >= 0x80 || m_simple.glyphs[u].advance < 0)
                return false;
            glyphs[i] = m_simple.glyphs[u].glyph;
            positions[i] = QPointF(x, m_simple.baseline);
            x += m_simple.glyphs[u].advance;
        }
        if (x > cell->lineWidth)
            return false; // it wraps
        QGlyphRun run;
        run.setRawFont(m_simple.font);
        run.setGlyphIndexes(glyphs);
        run.setPositions(positions);
        cell->width = x;
        cell->height = m_simple.height;
        cell->lines.push_back({x, {run}});
        return true;
    }

    Cell layOut(QPainter& painter, const QString& text, qreal width)
    {
        Cell cell;
        cell.lineWidth = qMax<qreal>(0, width);
        if (!m_simple.checked) {
            // Masked ID numbers have * and X; dates and phone numbers only digits and -.
            m_simple = checkSimpleFont(painter, u"0123456789-*X");
            if (!m_simple.usable)
                m_simple = checkSimpleFont(painter, u"0123456789-");
        }
        if (simpleCell(text, &cell))
            return cell;
        QTextLayout layout(text, painter.font(), painter.device());
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAnywhere);
        option.setTextDirection(painter.layoutDirection());
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        const qreal leading = QFontMetricsF(painter.font()).leading();
        qreal height = -leading;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(cell.lineWidth);
            // Lines start on whole pixels; a line's height is not rounded (QTextLine::height() is).
            height = qCeil(height + leading);
            line.setPosition(QPointF(0, height));
            height += line.ascent() + line.descent() +
                      (line.leadingIncluded() ? qMax<qreal>(0, line.leading()) : 0);
            cell.width = qMax(cell.width, line.naturalTextWidth());
        }
        layout.endLayout();
        cell.height = height;
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            cell.lines.push_back({line.horizontalAdvance(), line.glyphRuns()});
        }
        return cell;
    }

    std::vector<std::unordered_map<QString, Cell>> m_columns;
    int m_count = 0;
    std::vector<Batch> m_batches;
    SimpleFont m_simple;
};

// The figure's size without decoding it: a report of 3,000 branches' photos never holds them all.
QSize figureSizeOf(const TableReport& report)
{
    if (report.figurePng.isEmpty())
        return report.makeFigure ? report.figureSize : QSize();
    QBuffer buffer;
    buffer.setData(report.figurePng);
    QImageReader reader(&buffer, "PNG");
    return reader.size();
}

QImage figureOf(const TableReport& report)
{
    if (report.figurePng.isEmpty())
        return report.makeFigure ? report.makeFigure() : QImage();
    return QImage::fromData(report.figurePng, "PNG");
}

// One report laid out: column widths, row heights and the rows on each page.
struct Layout
{
    const TableReport* report = nullptr;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    std::vector<qreal> columnWidths;
    std::vector<qreal> rowHeights;
    qreal headerHeight = 0;
    std::vector<std::pair<int, int>> pages; // first row, end row
    QSize figureSize; // the figure itself is decoded or made only when its page is drawn
    qreal figureHeight = 0;
    bool figureOwnPage = false; // else under the rows of the last page
};

QPageLayout pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

class Painter
{
public:
    Painter(QPagedPaintDevice* device) : m_device(device)
    {
        m_body = ReportRenderer::font(9);
        m_bold = m_body;
        m_bold.setBold(true);
        m_title = ReportRenderer::font(15);
        m_title.setBold(true);
        m_small = ReportRenderer::font(8);
    }

    // Pass 1: widths, heights and page breaks, for every report.
    bool layOut(const QList<TableReport>& reports, std::vector<Layout>* layouts,
                const ExportProgress& progress, int total, int* done)
    {
        for (const TableReport& report : reports) {
            Layout layout;
            layout.report = &report;
            const QFontMetricsF fm(m_body, m_device);
            const qreal em = fm.horizontalAdvance(QStringLiteral("中"));
            CharWidths chars(fm);
            // Numbers, dates and codes keep the width of their longest value in any row (an ID number
            // or a five-digit row number never wraps); text columns share what is left, and wrap.
            std::vector<qreal> widest;
            if (!measureFixedColumns(report, fm, chars, &widest, progress, total, *done))
                return false;
            std::vector<qreal> widths;
            std::vector<bool> fixed;
            qreal fixedTotal = 0, textTotal = 0;
            for (int c = 0; c < report.columns.size(); ++c) {
                const ReportColumn& column = report.columns[c];
                const bool isFixed = column.kind != ReportColumn::Kind::Text;
                qreal width = column.width * em;
                if (isFixed) {
                    // The header may wrap onto two or three lines, the values never; the slack
                    // covers the difference between measured and drawn glyphs.
                    width =
                        std::max(std::min(fm.horizontalAdvance(column.header), 4 * em), widest[size_t(c)]);
                    width += 0.6 * em;
                }
                width += 2 * padding();
                widths.push_back(width);
                fixed.push_back(isFixed);
                (isFixed ? fixedTotal : textTotal) += width;
            }
            const QRectF portrait = pageRect(QPageLayout::Portrait);
            layout.orientation =
                fixedTotal + textTotal > portrait.width() ? QPageLayout::Landscape : QPageLayout::Portrait;
            const QRectF page = pageRect(layout.orientation);
            // Text columns give up width above four characters first, in proportion.
            const auto floorOf = [&](size_t c) { return std::min(widths[c], 4 * em + 2 * padding()); };
            qreal floors = 0;
            for (size_t c = 0; c < widths.size(); ++c)
                if (!fixed[c])
                    floors += floorOf(c);
            const qreal room = page.width() - fixedTotal;
            const qreal excess = textTotal - floors;
            const qreal keep = textTotal > room && excess > 0 ? std::max(0.0, room - floors) / excess : 1.0;
            qreal tableWidth = 0;
            for (size_t c = 0; c < widths.size(); ++c) {
                if (!fixed[c])
                    widths[c] = floorOf(c) + (widths[c] - floorOf(c)) * keep;
                tableWidth += widths[c];
            }
            const qreal scale =
                tableWidth > page.width() ? page.width() / tableWidth : 1.0; // too many columns
            for (qreal width : widths)
                layout.columnWidths.push_back(width * scale);
            // A fixed column's values all fit on one line unless the table had to shrink: then they
            // are measured row by row like text.
            RowMeasure measure{fm, chars, em, {}, {}};
            for (size_t c = 0; c < widths.size(); ++c) {
                measure.check.push_back(!fixed[c] || widest[c] > layout.columnWidths[c] - 2 * padding());
                measure.measured.emplace_back();
            }

            layout.headerHeight = rowHeight(fm, layout, [&](int c) { return report.columns[c].header; });
            const qreal available =
                page.height() - topHeight(report, page.width()) - layout.headerHeight - footerHeight();
            const QFontMetricsF boldMetrics(m_bold, m_device);
            int first = 0;
            qreal used = 0;
            layout.rowHeights.reserve(size_t(report.rowCount));
            for (int r = 0; r < report.rowCount; ++r) {
                const bool bold = report.emphasised && report.emphasised(r);
                const qreal h = std::min(
                    bold ? rowHeight(boldMetrics, layout, [&](int c) { return text(report.cell(r, c)); })
                         : bodyRowHeight(measure, layout, r),
                    available);
                layout.rowHeights.push_back(h);
                if (used + h > available && r > first) {
                    layout.pages.emplace_back(first, r);
                    first = r;
                    used = 0;
                }
                used += h;
                if (progress && ++*done % 500 == 0 && !progress(*done, total * 2))
                    return false;
            }
            layout.pages.emplace_back(first, report.rowCount);
            layout.figureSize = figureSizeOf(report);
            if (!layout.figureSize.isEmpty()) {
                const QSize size = layout.figureSize;
                const qreal width = std::min<qreal>(page.width(), size.width());
                layout.figureHeight = std::min(width * size.height() / size.width(), available * 0.9);
                layout.figureOwnPage = used + pt(12) + layout.figureHeight > available;
                if (layout.figureOwnPage)
                    layout.pages.emplace_back(report.rowCount, report.rowCount);
            }
            layouts->push_back(std::move(layout));
        }
        return true;
    }

    // Pass 2: paint every page.
    bool paint(const std::vector<Layout>& layouts, const ExportProgress& progress, int total, int* done)
    {
        int pageCount = 0;
        for (const Layout& layout : layouts)
            pageCount += int(layout.pages.size());
        QPainter painter;
        int pageNumber = 0;
        for (const Layout& layout : layouts) {
            m_device->setPageLayout(pageLayout(layout.orientation));
            m_cells.reset(int(layout.columnWidths.size()));
            m_headerCells.reset(int(layout.columnWidths.size()));
            for (const auto& [first, end] : layout.pages) {
                if (pageNumber == 0) {
                    if (!painter.begin(m_device))
                        return false;
                } else {
                    m_device->newPage();
                }
                ++pageNumber;
                paintPage(painter, layout, first, end, pageNumber, pageCount);
                *done += end - first;
                if (progress && !progress(*done, total * 2)) {
                    painter.end();
                    return false;
                }
            }
        }
        if (painter.isActive())
            painter.end();
        return true;
    }

private:
    qreal pt(qreal points) const { return points * m_device->logicalDpiY() / 72.0; }
    qreal padding() const { return pt(2.5); }
    // The subtitle wraps to the page's width: a long one (scope, state, rules) is never cut off.
    qreal subtitleHeight(const TableReport& report, qreal width) const
    {
        return QFontMetricsF(m_small, m_device)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, report.subtitle)
            .height();
    }
    qreal topHeight(const TableReport& report, qreal width) const
    {
        return QFontMetricsF(m_title, m_device).height() + subtitleHeight(report, width) + pt(10);
    }
    qreal footerHeight() const { return QFontMetricsF(m_small, m_device).height() + pt(6); }

    QRectF pageRect(QPageLayout::Orientation orientation) const
    {
        const QRect pixels = pageLayout(orientation).paintRectPixels(m_device->logicalDpiX());
        return QRectF(0, 0, pixels.width(), pixels.height());
    }

    template <typename TextOf>
    qreal rowHeight(const QFontMetricsF& fm, const Layout& layout, TextOf textOf) const
    {
        qreal height = fm.height();
        for (size_t c = 0; c < layout.columnWidths.size(); ++c) {
            const QString t = textOf(int(c));
            const qreal inner = layout.columnWidths[c] - 2 * padding();
            if (fm.horizontalAdvance(t) > inner)
                height = std::max(
                    height, fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWrapAnywhere, t).height());
        }
        return height + 2 * padding();
    }

    // The widest value of each fixed-width column (numbers, dates, codes), over every row.
    bool measureFixedColumns(const TableReport& report, const QFontMetricsF& fm, CharWidths& chars,
                             std::vector<qreal>* widest, const ExportProgress& progress, int total,
                             int done) const
    {
        const int columnCount = int(report.columns.size());
        widest->assign(size_t(columnCount), 0);
        std::vector<QString> widestText(static_cast<size_t>(columnCount));
        for (int r = 0; r < report.rowCount; ++r) {
            for (int c = 0; c < columnCount; ++c) {
                if (report.columns[c].kind == ReportColumn::Kind::Text)
                    continue;
                const QString t = text(report.cell(r, c));
                qreal width = chars.advance(t);
                if (width < 0)
                    width = fm.horizontalAdvance(t);
                if (width > (*widest)[size_t(c)]) {
                    (*widest)[size_t(c)] = width;
                    widestText[size_t(c)] = t;
                }
            }
            if (progress && r % 2000 == 1999 && !progress(done, total * 2))
                return false;
        }
        // The widest by its characters, measured as a whole as well in case kerning widens it.
        for (int c = 0; c < columnCount; ++c)
            (*widest)[size_t(c)] =
                std::max((*widest)[size_t(c)], fm.horizontalAdvance(widestText[size_t(c)]));
        return true;
    }

    // What the row heights of a report's body need: which columns can wrap, and the texts that had to
    // be measured (a branch's name repeats down its members' rows).
    struct RowMeasure
    {
        const QFontMetricsF& fm;
        CharWidths& chars;
        qreal em;
        std::vector<bool> check;
        std::vector<QHash<QString, qreal>> measured;
    };

    // rowHeight() of a body row in the body font, laying out only the texts that do not fit on
    // one line: most are known to fit from their characters' widths.
    qreal bodyRowHeight(RowMeasure& measure, const Layout& layout, int row) const
    {
        qreal height = measure.fm.height();
        for (size_t c = 0; c < layout.columnWidths.size(); ++c) {
            if (!measure.check[c])
                continue;
            const QString t = text(layout.report->cell(row, int(c)));
            if (t.isEmpty())
                continue;
            const qreal inner = layout.columnWidths[c] - 2 * padding();
            // Kerning is what could make the shaped text wider than its characters: a quarter em
            // leaves room for it; closer to the edge the text is measured as a whole.
            const qreal estimate = measure.chars.advance(t);
            if (estimate >= 0 && estimate + measure.em / 4 <= inner)
                continue;
            // Measured texts are kept with their height, 0 where they fit after all.
            QHash<QString, qreal>& known = measure.measured[c];
            auto it = known.constFind(t);
            if (it == known.constEnd()) {
                if (known.size() >= 4096)
                    known.clear();
                it = known.insert(
                    t, measure.fm.horizontalAdvance(t) <= inner
                           ? 0
                           : measure.fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWrapAnywhere, t)
                                 .height());
            }
            height = std::max(height, *it);
        }
        return height + 2 * padding();
    }

    void paintBodyRow(QPainter& painter, const Layout& layout, int row, qreal y, qreal height, bool bold)
    {
        painter.setFont(bold ? m_bold : m_body);
        qreal x = 0;
        for (size_t c = 0; c < layout.columnWidths.size(); ++c) {
            const QRectF cell(x, y, layout.columnWidths[c], height);
            painter.drawRect(cell);
            x += layout.columnWidths[c];
            const QString t = text(layout.report->cell(row, int(c)));
            if (t.isEmpty())
                continue;
            const QRectF inner = cell.adjusted(padding(), padding(), -padding(), -padding());
            const Qt::Alignment align = alignment(layout.report->columns[int(c)].kind);
            // Bold rows (totals) are few: only the body font's layouts are kept.
            if (bold || !plainText(t) || !m_cells.add(painter, int(c), inner, align, t))
                painter.drawText(inner, int(align) | Qt::TextWrapAnywhere, t);
        }
    }

    void paintHeader(QPainter& painter, const Layout& layout, qreal y)
    {
        painter.setFont(m_bold);
        qreal x = 0;
        for (size_t c = 0; c < layout.columnWidths.size(); ++c) {
            const QRectF cell(x, y, layout.columnWidths[c], layout.headerHeight);
            painter.fillRect(cell, QColor(0xF2, 0xDC, 0xDB));
            painter.drawRect(cell);
            x += layout.columnWidths[c];
            const QString& header = layout.report->columns[int(c)].header;
            const QRectF inner = cell.adjusted(padding(), padding(), -padding(), -padding());
            if (!header.isEmpty() &&
                (!plainText(header) || !m_headerCells.add(painter, int(c), inner, Qt::AlignCenter, header)))
                painter.drawText(inner, int(Qt::AlignCenter) | Qt::TextWrapAnywhere, header);
        }
        m_headerCells.flush(painter);
    }

    void paintPage(QPainter& painter, const Layout& layout, int first, int end, int pageNumber, int pageCount)
    {
        const TableReport& report = *layout.report;
        const QRectF page = pageRect(layout.orientation);
        painter.setPen(QPen(Qt::black, pt(0.5)));
        qreal y = 0;
        painter.setFont(m_title);
        const qreal titleHeight = QFontMetricsF(m_title, m_device).height();
        painter.drawText(QRectF(0, y, page.width(), titleHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                         report.title);
        y += titleHeight + pt(4);
        painter.setFont(m_small);
        painter.drawText(QRectF(0, y, page.width(), subtitleHeight(report, page.width())),
                         Qt::AlignLeft | Qt::TextWordWrap, report.subtitle);
        y = topHeight(report, page.width());

        const bool figureAlone = layout.figureOwnPage && first == end && first == report.rowCount;
        if (!figureAlone) {
            paintHeader(painter, layout, y);
            y += layout.headerHeight;
        }
        for (int r = first; r < end; ++r) {
            const qreal h = layout.rowHeights[size_t(r)];
            paintBodyRow(painter, layout, r, y, h, report.emphasised && report.emphasised(r));
            y += h;
        }
        m_cells.flush(painter);
        // The chart goes under the rows of the last page, or alone on a page of its own.
        const bool lastPage = first == layout.pages.back().first && end == layout.pages.back().second;
        if (!layout.figureSize.isEmpty() && lastPage) {
            y += pt(12);
            const QSize size = layout.figureSize;
            const qreal width = layout.figureHeight * size.width() / size.height();
            painter.drawImage(QRectF((page.width() - width) / 2, y, width, layout.figureHeight), figureOf(report));
        }
        painter.setFont(m_small);
        const qreal smallHeight = QFontMetricsF(m_small, m_device).height();
        painter.drawText(
            QRectF(0, page.height() - smallHeight, page.width(), smallHeight), Qt::AlignHCenter,
            QCoreApplication::translate("ReportRenderer", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    }

    QPagedPaintDevice* m_device;
    QFont m_body, m_bold, m_title, m_small;
    CellLayouts m_cells, m_headerCells; // the body font's, and the header's (bold) on every page
};

} // namespace

ReportRenderer::ReportRenderer(QList<TableReport> reports) : m_reports(std::move(reports))
{
}

QFont ReportRenderer::font(qreal pointSize)
{
    static const QStringList preferred = {
        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC")};
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString& family : preferred)
        if (installed.contains(family))
            families << family;
    QFont font;
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

bool ReportRenderer::render(QPagedPaintDevice* device, const ExportProgress& progress)
{
    int total = 0;
    for (const TableReport& report : m_reports)
        total += report.rowCount;
    device->setPageLayout(pageLayout(QPageLayout::Portrait));
    Painter painter(device);
    std::vector<Layout> layouts;
    int done = 0;
    if (!painter.layOut(m_reports, &layouts, progress, total, &done))
        return false;
    return painter.paint(layouts, progress, total, &done);
}

QString writePdf(const QList<TableReport>& reports, const QString& path, const QString& creator,
                 const ExportProgress& progress)
{
    PendingFile pending(path);
    if (!pending.isValid())
        return QCoreApplication::translate("ReportRenderer", "\"%1\" cannot be created in that folder.")
            .arg(QDir::toNativeSeparators(path));
    bool completed = false;
    {
        QPdfWriter writer(pending.temporaryPath());
        writer.setResolution(300);
        writer.setCreator(creator);
        writer.setTitle(reports.isEmpty() ? QString() : reports.first().title);
        completed = ReportRenderer(reports).render(&writer, progress);
    }
    if (!completed)
        return QCoreApplication::translate("ReportRenderer", "Cancelled; no file was written.");
    if (progress)
        progress(1, 1);
    return pending.commit();
}

} // namespace partydesk
