#include "ReportRenderer.h"

#include "CellLayouts.h"
#include "CellText.h"
#include "report/AtomicFile.h"
#include "report/FileVerification.h"
#include "storage/StorageErrors.h"

#include <array>
#include <cerrno>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
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
                    bold ? rowHeight(boldMetrics, layout,
                                     [&](int c) { return text(report.cell(r, c), report.columns[c].kind); })
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
                const QString t = text(report.cell(r, c), report.columns[c].kind);
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
            painter.drawImage(QRectF((page.width() - width) / 2, y, width, layout.figureHeight),
                              figureOf(report));
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

namespace {

// QFile that remembers why its first write failed: QPdfWriter does not report write errors, and
// errno is gone by the time the painter ends.
class CheckedFile : public QFile
{
public:
    using QFile::QFile;
    int failure() const { return m_errno; }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        errno = 0;
        const qint64 written = QFile::writeData(data, length);
        if ((written < length || error() != QFileDevice::NoError) && m_errno == 0)
            m_errno = errno != 0 ? errno : EIO;
        return written;
    }

private:
    int m_errno = 0;
};

} // namespace

QString writePdf(const QList<TableReport>& reports, const QString& path, const QString& creator,
                 const ExportProgress& progress)
{
    PendingFile pending(path, containFullIdNumbers(reports) ? FileAccess::OwnerOnly : FileAccess::Usual);
    if (!pending.isValid())
        return pending.creationError();
    CheckedFile file(pending.temporaryPath());
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("ReportRenderer", "\"%1\" was not saved. %2")
            .arg(QDir::toNativeSeparators(path), fileErrorCause(errno != 0 ? errno : EACCES));
    bool completed = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(creator);
        writer.setTitle(reports.isEmpty() ? QString() : reports.first().title);
        completed = ReportRenderer(reports).render(&writer, progress);
    }
    if (!completed)
        return QCoreApplication::translate("ReportRenderer", "Cancelled; no file was written.");
    errno = 0;
    const bool flushed = file.flush();
    const int failure = file.failure() != 0 ? file.failure() : (flushed ? 0 : (errno != 0 ? errno : EIO));
    file.close();
    if (failure != 0 || file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("ReportRenderer", "\"%1\" was not saved. %2")
            .arg(QDir::toNativeSeparators(path), fileErrorCause(failure != 0 ? failure : EIO));
    if (progress)
        progress(1, 1);
    return pending.commit([&path](const QString& written) { return verifyPdf(written, path); });
}

} // namespace partydesk
