#include "AppraisalReport.h"

#include <memory>
#include <QCoreApplication>

namespace partydesk {

namespace {

// n of total as a percentage with one decimal, rounded half up, in integers.
QString percent(int n, int total)
{
    if (total <= 0)
        return QStringLiteral("0.0");
    const qint64 tenths = (qint64(n) * 1000 + total / 2) / total;
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

enum Column
{
    Number,
    Name,
    SexColumn,
    StatusColumn,
    SelfGrade,
    MutualFirst,
    MassesFirst = MutualFirst + appraisalGradeCount,
    Result = MassesFirst + appraisalGradeCount,
    Handling,
    ColumnCount
};

QVariant gradeCell(const std::optional<AppraisalGrade>& grade)
{
    return grade ? QVariant(enumLabel(*grade)) : QVariant();
}

QVariant votesCell(const AppraisalVotes& votes, int grade)
{
    return votes.kept ? QVariant(votes.counts[grade]) : QVariant();
}

} // namespace

QString appraisalCountLine(const GradeCounts& counts, int rated)
{
    QStringList parts;
    for (int i = 0; i < appraisalGradeCount; ++i)
        parts << QCoreApplication::translate("AppraisalReport", "%1 %2 (%3 %)")
                     .arg(enumLabel(gradeAt(i)))
                     .arg(counts[i])
                     .arg(percent(counts[i], rated));
    return parts.join(QCoreApplication::translate("AppraisalReport", ", "));
}

TableReport appraisalResultTable(const AppraisalSession& session, const QList<AppraisalRow>& rows,
                                 const QString& branchName)
{
    TableReport report;
    report.title =
        QCoreApplication::translate("AppraisalReport", "Democratic appraisal of members: results (%1)")
            .arg(session.year);
    const QString held = session.heldOn.isValid() ? session.heldOn.toString(Qt::ISODate) : QString();
    const QString state = session.finished() ? QCoreApplication::translate("AppraisalReport", "finished %1")
                                                   .arg(session.finishedOn.toString(Qt::ISODate))
                                             : QCoreApplication::translate("AppraisalReport", "not finished");
    report.subtitle = QCoreApplication::translate("AppraisalReport", "%1 · held on %2 · %3 rated · %4 · %5")
                          .arg(branchName, held)
                          .arg(rows.size())
                          .arg(state, appraisalCountLine(gradeCounts(rows), int(rows.size())));
    report.sheetName = QCoreApplication::translate("AppraisalReport", "Appraisal %1").arg(session.year);
    report.columns = {
        {QCoreApplication::translate("AppraisalReport", "No."), ReportColumn::Kind::Number, 3},
        {QCoreApplication::translate("AppraisalReport", "Name"), ReportColumn::Kind::Text, 5},
        {QCoreApplication::translate("AppraisalReport", "Sex"), ReportColumn::Kind::Text, 2.5},
        {QCoreApplication::translate("AppraisalReport", "Status"), ReportColumn::Kind::Text, 5},
        {QCoreApplication::translate("AppraisalReport", "Self appraisal"), ReportColumn::Kind::Text, 5}};
    for (int i = 0; i < appraisalGradeCount; ++i)
        report.columns.append(
            {QCoreApplication::translate("AppraisalReport", "Mutual (%1)").arg(enumLabel(gradeAt(i))),
             ReportColumn::Kind::Number, 4});
    for (int i = 0; i < appraisalGradeCount; ++i)
        report.columns.append(
            {QCoreApplication::translate("AppraisalReport", "Masses (%1)").arg(enumLabel(gradeAt(i))),
             ReportColumn::Kind::Number, 4});
    report.columns.append(
        {QCoreApplication::translate("AppraisalReport", "Result"), ReportColumn::Kind::Text, 5});
    report.columns.append(
        {QCoreApplication::translate("AppraisalReport", "Handling"), ReportColumn::Kind::Text, 12});
    report.rowCount = int(rows.size());
    // The branch's results go to the committee above stamped and signed.
    report.signatures = {QCoreApplication::translate("AppraisalReport", "Branch (seal)"),
                         QCoreApplication::translate("AppraisalReport", "Branch secretary"),
                         QCoreApplication::translate("AppraisalReport", "Filled in by"),
                         QCoreApplication::translate("AppraisalReport", "Date")};
    const auto data = std::make_shared<const QList<AppraisalRow>>(rows);
    report.cell = [data](int row, int column) -> QVariant {
        const AppraisalRow& r = data->at(row);
        if (column >= MutualFirst && column < MassesFirst)
            return votesCell(r.entry.mutual, column - MutualFirst);
        if (column >= MassesFirst && column < Result)
            return votesCell(r.entry.masses, column - MassesFirst);
        switch (column) {
        case Number:
            return row + 1;
        case Name:
            return r.name;
        case SexColumn:
            return enumLabel(r.sex);
        case StatusColumn:
            return enumLabel(r.status);
        case SelfGrade:
            return gradeCell(r.entry.selfGrade);
        case Result:
            return gradeCell(r.entry.grade);
        case Handling:
            return r.entry.grade == AppraisalGrade::Unqualified ? r.entry.handling : r.entry.note;
        default:
            return {};
        }
    };
    return report;
}

} // namespace partydesk
