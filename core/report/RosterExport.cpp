#include "RosterExport.h"

#include "domain/DerivedFacts.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>

namespace partydesk {

namespace {

struct ColumnInfo
{
    RosterColumn column;
    const char* code;
    const char* header;
    ReportColumn::Kind kind;
    double width;
};

const QList<ColumnInfo>& columnInfos()
{
    using K = ReportColumn::Kind;
    static const QList<ColumnInfo> infos = {
        {RosterColumn::Number, "number", QT_TRANSLATE_NOOP("RosterExport", "No."), K::Number, 3},
        {RosterColumn::Name, "name", QT_TRANSLATE_NOOP("RosterExport", "Name"), K::Text, 5},
        {RosterColumn::Sex, "sex", QT_TRANSLATE_NOOP("RosterExport", "Sex"), K::Text, 2.5},
        {RosterColumn::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("RosterExport", "Ethnicity"), K::Text, 3.5},
        {RosterColumn::BirthDate, "birth_date", QT_TRANSLATE_NOOP("RosterExport", "Birth date"), K::Date, 6},
        {RosterColumn::Age, "age", QT_TRANSLATE_NOOP("RosterExport", "Age"), K::Number, 2.5},
        {RosterColumn::IdNumber, "id_number", QT_TRANSLATE_NOOP("RosterExport", "ID number"), K::Code, 11},
        {RosterColumn::Education, "education", QT_TRANSLATE_NOOP("RosterExport", "Education"), K::Text, 5},
        {RosterColumn::Organisation, "organisation", QT_TRANSLATE_NOOP("RosterExport", "Organisation"),
         K::Text, 12},
        {RosterColumn::Category, "category", QT_TRANSLATE_NOOP("RosterExport", "Category"), K::Text, 7},
        {RosterColumn::Status, "status", QT_TRANSLATE_NOOP("RosterExport", "Status"), K::Text, 5},
        {RosterColumn::AppliedOn, "applied_on", QT_TRANSLATE_NOOP("RosterExport", "Applied"), K::Date, 6},
        {RosterColumn::ActivistOn, "activist_on", QT_TRANSLATE_NOOP("RosterExport", "Activist since"),
         K::Date, 6},
        {RosterColumn::CandidateOn, "candidate_on", QT_TRANSLATE_NOOP("RosterExport", "Candidate since"),
         K::Date, 6},
        {RosterColumn::JoinedOn, "joined_on", QT_TRANSLATE_NOOP("RosterExport", "Joined"), K::Date, 6},
        {RosterColumn::FullOn, "full_on", QT_TRANSLATE_NOOP("RosterExport", "Full member since"), K::Date, 6},
        {RosterColumn::PartyAge, "party_age", QT_TRANSLATE_NOOP("RosterExport", "Party age"), K::Number, 2.5},
        {RosterColumn::Phone, "phone", QT_TRANSLATE_NOOP("RosterExport", "Phone"), K::Code, 7},
        {RosterColumn::UnitOrPlace, "unit", QT_TRANSLATE_NOOP("RosterExport", "Unit or whereabouts"), K::Text,
         10},
        {RosterColumn::Since, "since", QT_TRANSLATE_NOOP("RosterExport", "Reported or floating since"),
         K::Date, 6},
        {RosterColumn::Address, "address", QT_TRANSLATE_NOOP("RosterExport", "Home address"), K::Text, 12},
        {RosterColumn::Tags, "tags", QT_TRANSLATE_NOOP("RosterExport", "Tags"), K::Text, 7},
    };
    return infos;
}

const ColumnInfo& infoOf(RosterColumn column)
{
    for (const ColumnInfo& info : columnInfos())
        if (info.column == column)
            return info;
    return columnInfos().first();
}

QString tagText(const RosterRow& row)
{
    QStringList labels;
    for (MemberTag tag : enumValues<MemberTag>())
        if (row.hasTag(tag))
            labels << enumLabel(tag);
    return labels.join(QStringLiteral("、"));
}

QVariant dateOrEmpty(QDate date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

} // namespace

QList<RosterColumn> allRosterColumns()
{
    QList<RosterColumn> columns;
    for (const ColumnInfo& info : columnInfos())
        columns << info.column;
    return columns;
}

QList<RosterColumn> defaultRosterColumns(bool fullIdNumbers)
{
    QList<RosterColumn> columns{RosterColumn::Number,    RosterColumn::Name,         RosterColumn::Sex,
                                RosterColumn::Ethnicity, RosterColumn::BirthDate,    RosterColumn::IdNumber,
                                RosterColumn::Education, RosterColumn::Organisation, RosterColumn::Category,
                                RosterColumn::Status,    RosterColumn::JoinedOn,     RosterColumn::FullOn,
                                RosterColumn::Phone,     RosterColumn::UnitOrPlace};
    if (!fullIdNumbers)
        columns.removeOne(RosterColumn::BirthDate);
    return columns;
}

QString rosterColumnCode(RosterColumn column)
{
    return QString::fromLatin1(infoOf(column).code);
}

bool rosterColumnFromCode(const QString& code, RosterColumn* column)
{
    for (const ColumnInfo& info : columnInfos())
        if (code == QLatin1String(info.code)) {
            *column = info.column;
            return true;
        }
    return false;
}

QString rosterColumnSourceHeader(RosterColumn column)
{
    return QString::fromLatin1(infoOf(column).header);
}

QString rosterColumnHeader(RosterColumn column)
{
    return QCoreApplication::translate("RosterExport", infoOf(column).header);
}

TableReport rosterReport(const std::vector<const RosterRow*>& rows, const QHash<qint64, QString>& orgNames,
                         const RosterExportOptions& options)
{
    return rosterReport(int(rows.size()), [&rows](int r) { return rows[size_t(r)]; }, orgNames, options);
}

TableReport rosterReport(int rowCount, const std::function<const RosterRow*(int)>& rowAt,
                         const QHash<qint64, QString>& orgNames, const RosterExportOptions& options)
{
    TableReport report;
    report.title = QCoreApplication::translate("RosterExport", "Party member roster");
    report.subtitle = QCoreApplication::translate("RosterExport", "%1    %2 people    exported %3")
                          .arg(options.organisationName)
                          .arg(rowCount)
                          .arg(options.today.toString(Qt::ISODate));
    report.sheetName = QCoreApplication::translate("RosterExport", "Roster");
    for (RosterColumn column : options.columns) {
        const ColumnInfo& info = infoOf(column);
        report.columns.append({rosterColumnHeader(column), info.kind, info.width});
    }
    report.rowCount = rowCount;
    const QList<RosterColumn> columns = options.columns;
    const bool fullIds = options.fullIdNumbers;
    const bool fullPhones = options.fullPhoneNumbers;
    report.containsFullIdNumbers = (fullIds && columns.contains(RosterColumn::IdNumber)) ||
                                   (fullPhones && columns.contains(RosterColumn::Phone));
    const QDate today = options.today;
    report.cell = [rowAt, &orgNames, columns, fullIds, fullPhones, today](int r, int c) -> QVariant {
        const RosterRow* read = rowAt(r);
        if (!read)
            return {};
        const RosterRow& row = *read;
        switch (columns[c]) {
        case RosterColumn::Number:
            return r + 1;
        case RosterColumn::Name:
            return row.name;
        case RosterColumn::Sex:
            return enumLabel(row.sex);
        case RosterColumn::Ethnicity:
            return row.ethnicity;
        case RosterColumn::BirthDate:
            return dateOrEmpty(row.birthDate);
        case RosterColumn::Age:
            return row.birthDate.isValid() ? QVariant(ageOn(row.birthDate, today)) : QVariant();
        case RosterColumn::IdNumber:
            return fullIds ? row.idNumber : IdNumber::masked(row.idNumber);
        case RosterColumn::Education:
            return enumLabel(row.education);
        case RosterColumn::Organisation:
            return orgNames.value(row.orgId);
        case RosterColumn::Category:
            return enumLabel(row.category);
        case RosterColumn::Status:
            return row.leftOn.isValid() ? QCoreApplication::translate("RosterExport", "Left %1")
                                              .arg(row.leftOn.toString(Qt::ISODate))
                                        : enumLabel(row.status);
        case RosterColumn::AppliedOn:
            return dateOrEmpty(row.appliedOn);
        case RosterColumn::ActivistOn:
            return dateOrEmpty(row.activistOn);
        case RosterColumn::CandidateOn:
            return dateOrEmpty(row.candidateOn);
        case RosterColumn::JoinedOn:
            return dateOrEmpty(row.joinedOn);
        case RosterColumn::FullOn:
            return dateOrEmpty(row.fullOn);
        case RosterColumn::PartyAge:
            return row.status == MemberStatus::Full && row.fullOn.isValid()
                       ? QVariant(ageOn(row.fullOn, today))
                       : QVariant();
        case RosterColumn::Phone:
            return fullPhones ? row.phone : IdNumber::maskedPhone(row.phone);
        case RosterColumn::UnitOrPlace:
            return row.unitOrPlace;
        case RosterColumn::Since:
            return dateOrEmpty(row.since);
        case RosterColumn::Address:
            return row.address;
        case RosterColumn::Tags:
            return tagText(row);
        }
        return {};
    };
    return report;
}

} // namespace partydesk
