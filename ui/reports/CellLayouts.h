#pragma once

// The PDF renderer's body cells: laid out once per distinct text, drawn a page at a time.

#include <array>
#include <QGlyphRun>
#include <QList>
#include <QPainter>
#include <QRawFont>
#include <QString>
#include <QTextLayout>
#include <QtMath>
#include <unordered_map>
#include <vector>

namespace partydesk {

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
        m_simple = SimpleFont{}; // checked again in the painter's font, which may have changed
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

} // namespace partydesk
