#include "MonthlyReportTables.h"

#include "meetings/MonthlyReport.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace partydesk {

namespace {

constexpr int photoCell = 480, photoGap = 12, photosPerRow = 2;

// The size of the sheet of `count` photos, two to a row.
QSize photoSheetSize(int count)
{
    const int rows = (count + photosPerRow - 1) / photosPerRow;
    return {photosPerRow * photoCell + (photosPerRow - 1) * photoGap,
            rows * (photoCell * 3 / 4) + (rows - 1) * photoGap};
}

// The meeting's photos side by side, two to a row, as one image for the report.
QImage photoSheet(const QList<MeetingPhoto>& photos)
{
    if (photos.isEmpty())
        return {};
    QImage sheet(photoSheetSize(int(photos.size())), QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    const int height = photoCell * 3 / 4;
    for (int i = 0; i < photos.size(); ++i) {
        QImage image;
        if (!image.loadFromData(photos[i].image, "JPEG"))
            continue;
        const QImage scaled = image.scaled(photoCell, height, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const int x = (i % photosPerRow) * (photoCell + photoGap) + (photoCell - scaled.width()) / 2;
        const int y = (i / photosPerRow) * (height + photoGap) + (height - scaled.height()) / 2;
        painter.drawImage(x, y, scaled);
    }
    return sheet;
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
            const qint64 meeting = report.photosOf.value(i);
            if (const int count = meeting ? int(workspace.meetings().photos(meeting).size()) : 0) {
                // Read and drawn when the page is: the workspace outlives the report.
                MeetingRepository* meetings = &workspace.meetings();
                table.figureSize = photoSheetSize(count);
                table.makeFigure = [meetings, meeting] { return photoSheet(meetings->photos(meeting, true)); };
            }
            tables << table;
        }
    }
    return tables;
}

} // namespace partydesk
