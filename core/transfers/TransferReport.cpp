#include "TransferReport.h"

#include <QCoreApplication>
#include <QStringList>

namespace partydesk {

TableReport transferReport(const QList<Transfer>& transfers, const QHash<qint64, QString>& orgNames,
                           const QString& organisation, const QString& filter, QDate today)
{
    TableReport report;
    report.title = QCoreApplication::translate("TransferReport", "Transfers of membership");
    QStringList subtitle;
    if (!organisation.isEmpty())
        subtitle << organisation;
    if (!filter.isEmpty())
        subtitle << filter;
    subtitle << QCoreApplication::translate("TransferReport", "as of %1").arg(today.toString(Qt::ISODate));
    report.subtitle = subtitle.join(QStringLiteral(" · "));
    report.sheetName = QCoreApplication::translate("TransferReport", "Transfers");
    report.columns = {
        {QCoreApplication::translate("TransferReport", "Date"), ReportColumn::Kind::Date, 6},
        {QCoreApplication::translate("TransferReport", "Name"), ReportColumn::Kind::Text, 5},
        {QCoreApplication::translate("TransferReport", "Direction"), ReportColumn::Kind::Text, 6},
        {QCoreApplication::translate("TransferReport", "From"), ReportColumn::Kind::Text, 14},
        {QCoreApplication::translate("TransferReport", "To"), ReportColumn::Kind::Text, 14},
        {QCoreApplication::translate("TransferReport", "Letter no."), ReportColumn::Kind::Code, 8},
        {QCoreApplication::translate("TransferReport", "Receipt"), ReportColumn::Kind::Text, 7}};
    report.rowCount = int(transfers.size());
    report.cell = [transfers, orgNames](int row, int column) -> QVariant {
        const Transfer& t = transfers.at(row);
        switch (column) {
        case 0:
            return t.date;
        case 1:
            return t.memberName;
        case 2:
            return transferDirectionLabel(t.direction);
        case 3:
            return t.direction == TransferDirection::In ? t.counterpart : orgNames.value(t.fromOrgId);
        case 4:
            return t.direction == TransferDirection::Out ? t.counterpart : orgNames.value(t.toOrgId);
        case 5:
            return t.letterNo;
        case 6:
            if (t.direction != TransferDirection::Out)
                return QVariant();
            return t.receiptOn.isValid() ? t.receiptOn.toString(Qt::ISODate)
                                         : QCoreApplication::translate("TransferReport", "No receipt");
        default:
            return QVariant();
        }
    };
    return report;
}

} // namespace partydesk
