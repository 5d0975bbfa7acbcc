#include "InServiceLetter.h"

#include <memory>
#include <QCoreApplication>
#include <QMap>

namespace partydesk {

QList<TableReport> feedbackLetters(const QList<InServiceMemberRow>& rows,
                                   const QHash<qint64, QString>& committeeOf, int year, QDate issuedOn,
                                   const QString& onlyUnit)
{
    // One letter per (community, unit): a street's selection holds several communities.
    QMap<QPair<QString, QString>, QList<InServiceMemberRow>> letters;
    for (const InServiceMemberRow& r : rows) {
        const QString unit = r.workUnit.trimmed();
        if (unit.isEmpty() || !r.reportedOn.isValid() || r.reportedOn.year() > year)
            continue;
        if (!onlyUnit.trimmed().isEmpty() && unit != onlyUnit.trimmed())
            continue;
        letters[{unit, committeeOf.value(r.orgId)}].append(r);
    }
    QList<TableReport> reports;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        const QString unit = it.key().first;
        const QString community = it.key().second;
        auto members = std::make_shared<QList<InServiceMemberRow>>(it.value());
        int services = 0;
        qint64 hours = 0;
        for (const InServiceMemberRow& r : *members) {
            services += r.services;
            hours += r.hoursTenths;
        }
        TableReport report;
        report.title =
            QCoreApplication::translate("InServiceLetter",
                                        "Feedback on in-service Party members serving in the community, %1")
                .arg(year);
        report.subtitle =
            QCoreApplication::translate(
                "InServiceLetter",
                "To the Party organisation of %1:\nThe Party members of your unit below reported to "
                "%2 and served the community in %3 as follows (as of %4). Thank you for your support.")
                .arg(unit, community)
                .arg(year)
                .arg(issuedOn.toString(Qt::ISODate));
        report.sheetName = unit.left(31);
        report.keepPortrait = true;
        report.columns = {
            {QCoreApplication::translate("InServiceLetter", "No."), ReportColumn::Kind::Number, 3},
            {QCoreApplication::translate("InServiceLetter", "Name"), ReportColumn::Kind::Text, 5},
            {QCoreApplication::translate("InServiceLetter", "Reported on"), ReportColumn::Kind::Date, 7},
            {QCoreApplication::translate("InServiceLetter", "Service posts"), ReportColumn::Kind::Text, 10},
            {QCoreApplication::translate("InServiceLetter", "Services"), ReportColumn::Kind::Number, 4},
            {QCoreApplication::translate("InServiceLetter", "Hours"), ReportColumn::Kind::Number, 4}};
        // The members and the totals row; the community signs and stamps under them.
        report.rowCount = int(members->size()) + 1;
        report.signatures = {QCoreApplication::translate("InServiceLetter", "%1 (stamp)").arg(community),
                             QCoreApplication::translate("InServiceLetter", "Date")};
        const QString total = QCoreApplication::translate("InServiceLetter", "Total");
        const int n = int(members->size());
        report.cell = [members, n, services, hours, total](int row, int column) -> QVariant {
            if (row == n)
                return column == 1   ? QVariant(total)
                       : column == 4 ? QVariant(services)
                       : column == 5 ? QVariant(hoursText(hours))
                                     : QVariant();
            const InServiceMemberRow& m = members->at(row);
            switch (column) {
            case 0:
                return row + 1;
            case 1:
                return m.name;
            case 2:
                return m.reportedOn;
            case 3:
                return m.posts;
            case 4:
                return m.services;
            case 5:
                return hoursText(m.hoursTenths);
            default:
                return {};
            }
        };
        report.emphasised = [n](int row) { return row == n; };
        reports << report;
    }
    return reports;
}

} // namespace partydesk
