#include "MonthlyReportTables.h"

#include "meetings/MonthlyReport.h"
#include "reports/ReportRenderer.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

namespace partydesk {

namespace {

// The photos' grid: three equal 4:3 cells to a row, each photo filling its cell (cut to the cell's
// shape from its middle) with a thin border and its caption below. The figure is drawn at the
// page's full width (180 mm), so a pixel here is about 0.12 mm.
constexpr int columns = 3, cellWidth = 480, cellHeight = 360, captionHeight = 40, gap = 16;

QSize photoGridSize(int count)
{
    const int rows = (std::min(count, monthlyReportPhotos) + columns - 1) / columns;
    return {columns * cellWidth + (columns - 1) * gap,
            rows * (cellHeight + captionHeight) + (rows - 1) * gap};
}

QImage photoGrid(const QList<MeetingPhoto>& photos)
{
    if (photos.isEmpty())
        return {};
    const int count = int(std::min<qsizetype>(photos.size(), monthlyReportPhotos));
    QImage grid(photoGridSize(count), QImage::Format_RGB32);
    grid.fill(Qt::white);
    QPainter painter(&grid);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QFont font = ReportRenderer::font(8);
    font.setPixelSize(24); // 8 points at the figure's scale
    painter.setFont(font);
    const QFontMetrics metrics(font);
    for (int i = 0; i < count; ++i) {
        const QRect cell((i % columns) * (cellWidth + gap),
                         (i / columns) * (cellHeight + captionHeight + gap), cellWidth, cellHeight);
        QImage image;
        if (image.loadFromData(photos[i].image, "JPEG")) {
            const QImage scaled =
                image.scaled(cell.size(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
            painter.drawImage(cell.topLeft(), scaled,
                              QRect((scaled.width() - cell.width()) / 2,
                                    (scaled.height() - cell.height()) / 2, cell.width(), cell.height()));
        }
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 2));
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
        painter.setPen(Qt::black);
        const QRect below(cell.left(), cell.bottom() + 1, cell.width(), captionHeight);
        painter.drawText(below, Qt::AlignHCenter | Qt::AlignVCenter,
                         metrics.elidedText(photos[i].caption, Qt::ElideRight, cell.width()));
    }
    return grid;
}

} // namespace

QList<TableReport> monthlyReportTables(Workspace& workspace, qint64 orgId, QDate month)
{
    QList<TableReport> tables;
    const QList<Organisation> organisations = workspace.organisations().all();
    const QList<MonthlyBranchReport> reports =
        monthlyReports(workspace.meetings(), organisations, orgId, month);
    if (reports.size() > 1) {
        QString scope = QCoreApplication::translate("MonthlyReport", "All organisations");
        for (const Organisation& org : organisations)
            if (org.id == orgId)
                scope = org.name;
        tables << monthlySummary(reports, scope, month);
    }
    for (const MonthlyBranchReport& report : reports) {
        for (int i = 0; i < report.tables.size(); ++i) {
            TableReport table = report.tables[i];
            const qint64 meeting = report.photosOf.value(i);
            if (const int count = report.photoCounts.value(i); meeting && count > 0) {
                // Read and drawn when the page is: the workspace outlives the report.
                MeetingRepository* meetings = &workspace.meetings();
                table.figureSize = photoGridSize(count);
                table.makeFigure = [meetings, meeting] { return photoGrid(meetings->photos(meeting, true)); };
            }
            tables << table;
        }
    }
    return tables;
}

} // namespace partydesk
