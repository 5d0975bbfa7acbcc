#include "ReportRenderer.h"

#include "CellLayouts.h"
#include "CellText.h"
#include "ColumnFit.h"

#include <array>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QImageReader>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>
#include <QtMath>
#include <unordered_map>
#include <vector>

namespace partydesk {

namespace {

Qt::Alignment alignment(ReportColumn::Kind kind)
{
    switch (kind) {
    case ReportColumn::Kind::Number:
    case ReportColumn::Kind::Money:
        return Qt::AlignRight | Qt::AlignVCenter;
    case ReportColumn::Kind::Date:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

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

// One report laid out: its font size, column widths and row heights.
struct Layout
{
    const TableReport* report = nullptr;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    qreal points = ColumnFit::basePoints;
    std::vector<qreal> columnWidths;
    std::vector<QString> headers; // with their line breaks
    std::vector<qreal> rowHeights;
    qreal headerHeight = 0;
    QSize figureSize; // the figure itself is decoded or made only when its page is drawn
    qreal figureWidth = 0, figureHeight = 0;
    qreal signatureHeight = 0;
};

// A part of a page: a report's heading (when it follows another on the page), some of its rows
// under its header, its figure or its lines to sign.
struct Block
{
    enum Kind
    {
        Heading,
        Rows,
        Figure,
        Signatures
    };
    Kind kind = Rows;
    int layout = 0;
    int first = 0, end = 0; // rows
    qreal y = 0;
};

struct Page
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int titleLayout = 0; // the report whose title and subtitle head the page
    std::vector<Block> blocks;
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
        setBodySize(ColumnFit::basePoints);
        m_title = ReportRenderer::font(15);
        m_title.setBold(true);
        m_heading = ReportRenderer::font(11);
        m_heading.setBold(true);
        m_small = ReportRenderer::font(8);
    }

    // Pass 1: font, widths and heights, for every report.
    bool layOut(const QList<TableReport>& reports, std::vector<Layout>* layouts,
                const ExportProgress& progress, int total, int* done)
    {
        for (const TableReport& report : reports) {
            Layout layout;
            layout.report = &report;
            setBodySize(ColumnFit::basePoints);
            std::vector<ColumnNeed> needs;
            if (!measureColumns(report, QFontMetricsF(m_body, m_device), QFontMetricsF(m_bold, m_device),
                                padding(), &needs, progress, total, *done))
                return false;
            const ColumnFit fit = fitColumns(
                report, needs, padding(), [this](QPageLayout::Orientation o) { return pageRect(o).width(); },
                [this](qreal points) {
                    QFont bold = ReportRenderer::font(points);
                    bold.setBold(true);
                    return QFontMetricsF(bold, m_device);
                });
            layout.orientation = fit.orientation;
            layout.points = fit.points;
            layout.columnWidths = fit.widths;
            layout.headers = fit.headers;
            setBodySize(fit.points);

            const QFontMetricsF fm(m_body, m_device);
            CharWidths chars(fm);
            RowMeasure measure{fm, chars, fm.horizontalAdvance(QStringLiteral("中")), {}};
            measure.measured.resize(layout.columnWidths.size());
            const QFontMetricsF boldMetrics(m_bold, m_device);
            layout.headerHeight = report.columns.isEmpty() ? 0 : rowHeight(boldMetrics, layout, [&](int c) {
                return layout.headers[c];
            });
            const QRectF page = pageRect(layout.orientation);
            const qreal body = page.height() - topHeight(report, page.width()) - footerHeight();
            const qreal available = body - layout.headerHeight;
            layout.rowHeights.reserve(size_t(report.rowCount));
            for (int r = 0; r < report.rowCount; ++r) {
                const bool bold = report.emphasised && report.emphasised(r);
                layout.rowHeights.push_back(std::min(
                    bold ? rowHeight(boldMetrics, layout,
                                     [&](int c) { return text(report.cell(r, c), report.columns[c].kind); })
                         : bodyRowHeight(measure, layout, r),
                    available));
                if (progress && ++*done % 500 == 0 && !progress(*done, total * 2))
                    return false;
            }
            // A figure (chart, photos) takes the page's width, less where that would be too tall.
            layout.figureSize = figureSizeOf(report);
            if (!layout.figureSize.isEmpty()) {
                const QSize size = layout.figureSize;
                layout.figureWidth = page.width();
                layout.figureHeight = page.width() * size.height() / size.width();
                if (layout.figureHeight > body * 0.9) {
                    layout.figureHeight = body * 0.9;
                    layout.figureWidth = layout.figureHeight * size.width() / size.height();
                }
            }
            if (!report.signatures.isEmpty())
                layout.signatureHeight = (report.signatures.size() + 1) / 2 * signatureLineHeight();
            layouts->push_back(std::move(layout));
        }
        return true;
    }

    // Pass 2: which part of which report goes on which page. A report marked sameSheetAsPrevious
    // follows the one before on its page when its heading, header and first rows fit there.
    std::vector<Page> paginate(const std::vector<Layout>& layouts) const
    {
        std::vector<Page> pages;
        qreal y = 0;
        const auto newPage = [&](int index) {
            const Layout& layout = layouts[size_t(index)];
            pages.push_back({layout.orientation, index, {}});
            y = topHeight(*layout.report, pageRect(layout.orientation).width());
        };
        const qreal gap = pt(10);
        for (int i = 0; i < int(layouts.size()); ++i) {
            const Layout& layout = layouts[size_t(i)];
            const TableReport& report = *layout.report;
            const QRectF page = pageRect(layout.orientation);
            const qreal bottom = page.height() - footerHeight();
            bool follow = report.sameSheetAsPrevious && !pages.empty() &&
                          pages.back().orientation == layout.orientation;
            if (follow) {
                qreal need = headingHeight(layouts, pages.back(), i) + layout.headerHeight;
                for (int r = 0; r < std::min(3, report.rowCount); ++r)
                    need += layout.rowHeights[size_t(r)];
                if (report.rowCount == 0) // with the space place() leaves above each
                    need += (layout.figureHeight > 0 ? pt(8) + layout.figureHeight : 0) +
                            (layout.signatureHeight > 0 ? pt(14) + layout.signatureHeight : 0);
                follow = y + gap + need <= bottom;
            }
            if (follow) {
                y += gap;
                pages.back().blocks.push_back({Block::Heading, i, 0, 0, y});
                y += headingHeight(layouts, pages.back(), i);
            } else {
                newPage(i);
            }
            if (!report.columns.isEmpty()) {
                Block rows{Block::Rows, i, 0, 0, y};
                y += layout.headerHeight;
                for (int r = 0; r < report.rowCount; ++r) {
                    const qreal h = layout.rowHeights[size_t(r)];
                    if (y + h > bottom && r > rows.first) {
                        rows.end = r;
                        pages.back().blocks.push_back(rows);
                        newPage(i);
                        rows = {Block::Rows, i, r, r, y};
                        y += layout.headerHeight;
                    }
                    y += h;
                }
                rows.end = report.rowCount;
                // Lines to sign never stand alone on a page: the last rows go over with them.
                const int keep = std::min(3, rows.end - rows.first - 1);
                if (layout.figureHeight <= 0 && layout.signatureHeight > 0 && keep > 0 &&
                    y + pt(14) + layout.signatureHeight > bottom) {
                    rows.end -= keep;
                    pages.back().blocks.push_back(rows);
                    newPage(i);
                    rows = {Block::Rows, i, rows.end, report.rowCount, y};
                    y += layout.headerHeight;
                    for (int r = rows.first; r < rows.end; ++r)
                        y += layout.rowHeights[size_t(r)];
                }
                pages.back().blocks.push_back(rows);
            }
            const auto place = [&](Block::Kind kind, qreal height, qreal space) {
                if (y + space + height > bottom)
                    newPage(i);
                else
                    y += space;
                pages.back().blocks.push_back({kind, i, 0, 0, y});
                y += height;
            };
            if (layout.figureHeight > 0)
                place(Block::Figure, layout.figureHeight, pt(8));
            if (layout.signatureHeight > 0)
                place(Block::Signatures, layout.signatureHeight, pt(14));
        }
        return pages;
    }

    // Pass 3: paint every page.
    bool paint(const std::vector<Layout>& layouts, const std::vector<Page>& pages,
               const ExportProgress& progress, int total, int* done)
    {
        QPainter painter;
        int cellsOf = -1;
        for (size_t p = 0; p < pages.size(); ++p) {
            const Page& page = pages[p];
            m_device->setPageLayout(pageLayout(page.orientation));
            if (p == 0) {
                if (!painter.begin(m_device))
                    return false;
            } else {
                m_device->newPage();
            }
            painter.setPen(QPen(Qt::black, pt(0.5)));
            paintTitle(painter, layouts[size_t(page.titleLayout)]);
            for (const Block& block : page.blocks) {
                const Layout& layout = layouts[size_t(block.layout)];
                switch (block.kind) {
                case Block::Heading:
                    paintHeading(painter, layouts, page, block);
                    break;
                case Block::Rows:
                    // Cell layouts are kept per report: its columns and font size.
                    if (cellsOf != block.layout) {
                        setBodySize(layout.points);
                        m_cells.reset(int(layout.columnWidths.size()));
                        m_headerCells.reset(int(layout.columnWidths.size()));
                        cellsOf = block.layout;
                    }
                    paintRows(painter, layout, block);
                    *done += block.end - block.first;
                    break;
                case Block::Figure:
                    painter.drawImage(QRectF((pageRect(page.orientation).width() - layout.figureWidth) / 2,
                                             block.y, layout.figureWidth, layout.figureHeight),
                                      figureOf(*layout.report));
                    break;
                case Block::Signatures:
                    setBodySize(layout.points);
                    cellsOf = -1;
                    paintSignatures(painter, layout, block);
                    break;
                }
            }
            paintFooter(painter, page, int(p) + 1, int(pages.size()));
            if (progress && !progress(*done, total * 2)) {
                painter.end();
                return false;
            }
        }
        if (painter.isActive())
            painter.end();
        return true;
    }

private:
    qreal pt(qreal points) const { return points * m_device->logicalDpiY() / 72.0; }
    qreal padding() const { return pt(2.5); }

    void setBodySize(qreal points)
    {
        m_body = ReportRenderer::font(points);
        m_bold = m_body;
        m_bold.setBold(true);
    }

    // The subtitle wraps to the page's width: a long one (scope, state, rules) is never cut off.
    qreal wrappedHeight(const QFont& font, const QString& text, qreal width) const
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(font, m_device)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignLeft | Qt::TextWordWrap, text)
            .height();
    }
    qreal topHeight(const TableReport& report, qreal width) const
    {
        return QFontMetricsF(m_title, m_device).height() + wrappedHeight(m_small, report.subtitle, width) +
               pt(10);
    }
    qreal footerHeight() const { return QFontMetricsF(m_small, m_device).height() + pt(6); }
    qreal signatureLineHeight() const { return QFontMetricsF(m_body, m_device).height() * 2.6; }

    // A report that follows another on a page is headed by its caption, and by its subtitle where
    // that differs from the page's.
    QString headingSubtitle(const std::vector<Layout>& layouts, const Page& page, int index) const
    {
        const QString& subtitle = layouts[size_t(index)].report->subtitle;
        return subtitle == layouts[size_t(page.titleLayout)].report->subtitle ? QString() : subtitle;
    }
    qreal headingHeight(const std::vector<Layout>& layouts, const Page& page, int index) const
    {
        const qreal width = pageRect(page.orientation).width();
        return QFontMetricsF(m_heading, m_device).height() +
               wrappedHeight(m_small, headingSubtitle(layouts, page, index), width) + pt(4);
    }

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
            if (t.contains(u'\n') || fm.horizontalAdvance(t) > inner)
                height = std::max(
                    height, fm.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWrapAnywhere, t).height());
        }
        return height + 2 * padding();
    }

    // What the row heights of a report's body need: the texts that had to be measured (a branch's
    // name repeats down its members' rows).
    struct RowMeasure
    {
        const QFontMetricsF& fm;
        CharWidths& chars;
        qreal em;
        std::vector<QHash<QString, qreal>> measured;
    };

    // rowHeight() of a body row in the body font, laying out only the texts that do not fit on
    // one line: most are known to fit from their characters' widths.
    qreal bodyRowHeight(RowMeasure& measure, const Layout& layout, int row) const
    {
        qreal height = measure.fm.height();
        for (size_t c = 0; c < layout.columnWidths.size(); ++c) {
            const QString t = text(layout.report->cell(row, int(c)), layout.report->columns[int(c)].kind);
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
                    t, !t.contains(u'\n') && measure.fm.horizontalAdvance(t) <= inner
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
            const QString t = text(layout.report->cell(row, int(c)), layout.report->columns[int(c)].kind);
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
            const QString& header = layout.headers[c];
            const QRectF inner = cell.adjusted(padding(), padding(), -padding(), -padding());
            if (!header.isEmpty() &&
                (!plainText(header) || !m_headerCells.add(painter, int(c), inner, Qt::AlignCenter, header)))
                painter.drawText(inner, int(Qt::AlignCenter) | Qt::TextWrapAnywhere, header);
        }
        m_headerCells.flush(painter);
    }

    void paintRows(QPainter& painter, const Layout& layout, const Block& block)
    {
        qreal y = block.y;
        paintHeader(painter, layout, y);
        y += layout.headerHeight;
        const TableReport& report = *layout.report;
        for (int r = block.first; r < block.end; ++r) {
            const qreal h = layout.rowHeights[size_t(r)];
            paintBodyRow(painter, layout, r, y, h, report.emphasised && report.emphasised(r));
            y += h;
        }
        m_cells.flush(painter);
    }

    void paintTitle(QPainter& painter, const Layout& layout)
    {
        const TableReport& report = *layout.report;
        const qreal width = pageRect(layout.orientation).width();
        painter.setFont(m_title);
        const qreal titleHeight = QFontMetricsF(m_title, m_device).height();
        painter.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignHCenter | Qt::AlignVCenter, report.title);
        painter.setFont(m_small);
        painter.drawText(
            QRectF(0, titleHeight + pt(4), width, wrappedHeight(m_small, report.subtitle, width)),
            Qt::AlignLeft | Qt::TextWordWrap, report.subtitle);
    }

    void paintHeading(QPainter& painter, const std::vector<Layout>& layouts, const Page& page,
                      const Block& block)
    {
        const TableReport& report = *layouts[size_t(block.layout)].report;
        const qreal width = pageRect(page.orientation).width();
        const qreal height = QFontMetricsF(m_heading, m_device).height();
        painter.setFont(m_heading);
        painter.drawText(QRectF(0, block.y, width, height), Qt::AlignLeft | Qt::AlignVCenter,
                         report.caption.isEmpty() ? report.title : report.caption);
        const QString subtitle = headingSubtitle(layouts, page, block.layout);
        painter.setFont(m_small);
        painter.drawText(QRectF(0, block.y + height, width, wrappedHeight(m_small, subtitle, width)),
                         Qt::AlignLeft | Qt::TextWordWrap, subtitle);
    }

    // Two to a line: "填报人：" and a line to write on.
    void paintSignatures(QPainter& painter, const Layout& layout, const Block& block)
    {
        const QStringList& labels = layout.report->signatures;
        const qreal width = pageRect(layout.orientation).width() / 2;
        const qreal line = signatureLineHeight();
        const QFontMetricsF fm(m_body, m_device);
        painter.setFont(m_body);
        for (int i = 0; i < labels.size(); ++i) {
            const qreal x = (i % 2) * width, y = block.y + (i / 2) * line;
            const QString label = labels[i] + QStringLiteral("：");
            const qreal baseline = y + line - fm.descent() - pt(3);
            painter.drawText(QPointF(x, baseline), label);
            const qreal start = x + fm.horizontalAdvance(label) + pt(2);
            painter.drawLine(QPointF(start, baseline + pt(2)), QPointF(x + width - pt(16), baseline + pt(2)));
        }
    }

    void paintFooter(QPainter& painter, const Page& page, int number, int count)
    {
        const QRectF rect = pageRect(page.orientation);
        painter.setFont(m_small);
        const qreal smallHeight = QFontMetricsF(m_small, m_device).height();
        painter.drawText(
            QRectF(0, rect.height() - smallHeight, rect.width(), smallHeight), Qt::AlignHCenter,
            QCoreApplication::translate("ReportRenderer", "Page %1 of %2").arg(number).arg(count));
    }

    QPagedPaintDevice* m_device;
    QFont m_body, m_bold, m_title, m_heading, m_small;
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
    const std::vector<Page> pages = painter.paginate(layouts);
    m_pageCount = int(pages.size());
    return painter.paint(layouts, pages, progress, total, &done);
}

} // namespace partydesk
