#include "MonthlyReportTables.h"

#include "meetings/MonthlyReport.h"
#include "Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace partydesk {

namespace {

// The meeting's photos side by side, two to a row, as one PNG for the report.
QByteArray photoSheet(const QList<MeetingPhoto>& photos)
{
    if (photos.isEmpty())
        return {};
    const int cell = 480, gap = 12, perRow = 2;
    const int rows = int((photos.size() + perRow - 1) / perRow);
    QImage sheet(perRow * cell + (perRow - 1) * gap, rows * (cell * 3 / 4) + (rows - 1) * gap,
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < photos.size(); ++i) {
        QImage image;
        if (!image.loadFromData(photos[i].image, "JPEG"))
            continue;
        const QImage scaled = image.scaled(cell, cell * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const int x = (i % perRow) * (cell + gap) + (cell - scaled.width()) / 2;
        const int y = (i / perRow) * (cell * 3 / 4 + gap) + (cell * 3 / 4 - scaled.height()) / 2;
        painter.drawImage(x, y, scaled);
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    sheet.save(&buffer, "PNG");
    return png;
}

} // namespace

QList<TableReport> monthlyReportTables(Workspace& workspace, qint64 orgId, QDate month)
{
    QList<TableReport> tables;
    const QList<Organisation> organisations = workspace.organisations().all();
    const QList<MonthlyBranchReport> reports = monthlyReports(workspace.meetings(), organisations, orgId, month);
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
            if (const qint64 meeting = report.photosOf.value(i))
                table.figurePng = photoSheet(workspace.meetings().photos(meeting, true));
            tables << table;
        }
    }
    return tables;
}

} // namespace partydesk
