#include "RosterFields.h"

#include "ImportText.h"
#include "report/RosterExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace partydesk::RosterFields {

namespace {

struct FieldInfo
{
    RosterField field;
    const char* code;
    const char* label;
    const char16_t* synonyms; // separated by '|', compared after normalisedHeader
};

const QList<FieldInfo>& infos()
{
    static const QList<FieldInfo> list = {
        {RosterField::Ignore, "ignore", QT_TRANSLATE_NOOP("RosterFields", "(do not import)"),
         u"序号|编号|年龄|党龄|周岁|问题"},
        {RosterField::Name, "name", QT_TRANSLATE_NOOP("RosterFields", "Name"), u"姓名|党员姓名|名字"},
        {RosterField::Sex, "sex", QT_TRANSLATE_NOOP("RosterFields", "Sex"), u"性别"},
        {RosterField::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("RosterFields", "Ethnicity"), u"民族"},
        {RosterField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("RosterFields", "Birth date"),
         u"出生年月|出生日期|出生年月日|出生时间|生日"},
        {RosterField::IdNumber, "id_number", QT_TRANSLATE_NOOP("RosterFields", "ID number"),
         u"身份证号|身份证号码|公民身份号码|公民身份证号码|身份证|身份证件号码|证件号码"},
        {RosterField::Education, "education", QT_TRANSLATE_NOOP("RosterFields", "Education"),
         u"学历|文化程度|最高学历|全日制学历"},
        {RosterField::AppliedOn, "applied_on", QT_TRANSLATE_NOOP("RosterFields", "Applied to join"),
         u"申请入党时间|申请入党日期|递交入党申请书时间|递交申请书时间|入党申请时间"},
        {RosterField::ActivistOn, "activist_on", QT_TRANSLATE_NOOP("RosterFields", "Activist since"),
         u"确定积极分子时间|确定积极分子日期|确定为积极分子时间|确定为积极分子日期|确定入党积极分子时间|"
         u"积极分子时间"},
        {RosterField::CandidateOn, "candidate_on", QT_TRANSLATE_NOOP("RosterFields", "Candidate since"),
         u"确定发展对象时间|确定发展对象日期|确定为发展对象时间|确定为发展对象日期|发展对象时间"},
        {RosterField::JoinedOn, "joined_on", QT_TRANSLATE_NOOP("RosterFields", "Joined the Party"),
         u"入党时间|入党日期|入党年月"},
        {RosterField::FullOn, "full_on", QT_TRANSLATE_NOOP("RosterFields", "Full member since"),
         u"转正时间|转正日期|转正年月"},
        {RosterField::Branch, "branch", QT_TRANSLATE_NOOP("RosterFields", "Branch"),
         u"所在支部|所在党支部|党支部|支部名称|支部|所属支部|所属党支部|所在党组织|所属党组织|党组织名称"},
        {RosterField::Category, "category", QT_TRANSLATE_NOOP("RosterFields", "Category"),
         u"人员类别|党员类别|类别|党员类型|人员类型"},
        {RosterField::Status, "status", QT_TRANSLATE_NOOP("RosterFields", "Membership"),
         u"党员身份|政治面貌|党员状态|身份"},
        {RosterField::Phone, "phone", QT_TRANSLATE_NOOP("RosterFields", "Phone"),
         u"联系电话|手机|手机号码|手机号|电话|联系方式|电话号码"},
        {RosterField::Address, "address", QT_TRANSLATE_NOOP("RosterFields", "Home address"),
         u"家庭住址|现居住地址|住址|居住地址|现住址|家庭地址|现居住地"},
        {RosterField::WorkUnit, "work_unit", QT_TRANSLATE_NOOP("RosterFields", "Work unit"),
         u"工作单位|单位|工作单位及职务|现工作单位"},
        {RosterField::UnitOrPlace, "unit_or_place",
         QT_TRANSLATE_NOOP("RosterFields", "Work unit or whereabouts (by category)"), u"单位/去向"},
        {RosterField::FloatingPlace, "floating_place",
         QT_TRANSLATE_NOOP("RosterFields", "Floating to (place)"),
         u"流出地点|流向地|外出地点|流出去向|流动去向"},
        {RosterField::FloatingSince, "floating_since", QT_TRANSLATE_NOOP("RosterFields", "Floating since"),
         u"流出时间|流入时间|外出时间|流动时间|流动日期|流出日期|流入日期"},
        {RosterField::HomeOrganisation, "home_organisation",
         QT_TRANSLATE_NOOP("RosterFields", "Organisation holding the membership"),
         u"组织关系所在党组织|组织关系所在单位|原党组织|流出党组织"},
        {RosterField::ReportedOn, "reported_on", QT_TRANSLATE_NOOP("RosterFields", "Reported here on"),
         u"报到时间|报到日期"},
        {RosterField::SinceByCategory, "since_by_category",
         QT_TRANSLATE_NOOP("RosterFields", "Reported or floating since (by category)"), u"报到/流动日期"},
        {RosterField::Tags, "tags", QT_TRANSLATE_NOOP("RosterFields", "Tags"), u"标签"},
        {RosterField::Notes, "notes", QT_TRANSLATE_NOOP("RosterFields", "Notes"), u"备注|说明"},
    };
    return list;
}

const QHash<QString, RosterField>& synonyms()
{
    static const QHash<QString, RosterField> map = [] {
        QHash<QString, RosterField> m;
        for (const FieldInfo& info : infos())
            for (const QString& word : QString::fromUtf16(info.synonyms).split(QLatin1Char('|')))
                m.insert(word, info.field);
        return m;
    }();
    return map;
}

// PartyDesk's own roster export, in the language it was written in: its round trip must work.
RosterField fieldOfExportColumn(RosterColumn column)
{
    switch (column) {
    case RosterColumn::Number:
    case RosterColumn::Age:
    case RosterColumn::PartyAge:
        return RosterField::Ignore;
    case RosterColumn::Name:
        return RosterField::Name;
    case RosterColumn::Sex:
        return RosterField::Sex;
    case RosterColumn::Ethnicity:
        return RosterField::Ethnicity;
    case RosterColumn::BirthDate:
        return RosterField::BirthDate;
    case RosterColumn::IdNumber:
        return RosterField::IdNumber;
    case RosterColumn::Education:
        return RosterField::Education;
    case RosterColumn::Organisation:
        return RosterField::Branch;
    case RosterColumn::Category:
        return RosterField::Category;
    case RosterColumn::Status:
        return RosterField::Status;
    case RosterColumn::AppliedOn:
        return RosterField::AppliedOn;
    case RosterColumn::ActivistOn:
        return RosterField::ActivistOn;
    case RosterColumn::CandidateOn:
        return RosterField::CandidateOn;
    case RosterColumn::JoinedOn:
        return RosterField::JoinedOn;
    case RosterColumn::FullOn:
        return RosterField::FullOn;
    case RosterColumn::Phone:
        return RosterField::Phone;
    case RosterColumn::UnitOrPlace:
        return RosterField::UnitOrPlace;
    case RosterColumn::Since:
        return RosterField::SinceByCategory;
    case RosterColumn::Address:
        return RosterField::Address;
    case RosterColumn::Tags:
        return RosterField::Tags;
    }
    return RosterField::Unknown;
}

} // namespace

QList<RosterField> mappable()
{
    QList<RosterField> fields;
    for (const FieldInfo& info : infos())
        fields << info.field;
    return fields;
}

QString code(RosterField field)
{
    for (const FieldInfo& info : infos())
        if (info.field == field)
            return QString::fromLatin1(info.code);
    return {};
}

bool fromCode(const QString& code, RosterField* field)
{
    for (const FieldInfo& info : infos())
        if (code.trimmed() == QLatin1String(info.code)) {
            *field = info.field;
            return true;
        }
    return false;
}

QString label(RosterField field)
{
    for (const FieldInfo& info : infos())
        if (info.field == field)
            return QCoreApplication::translate("RosterFields", info.label);
    return QCoreApplication::translate("RosterFields", "(unknown column)");
}

QString normalisedHeader(const QString& header)
{
    QString h = ImportText::compact(header);
    h.remove(QLatin1Char('*'));
    h.remove(QChar(0x203b)); // ※
    return h;
}

RosterField fromHeader(const QString& header)
{
    const QString h = normalisedHeader(header);
    if (h.isEmpty())
        return RosterField::Unknown;
    if (const auto it = synonyms().constFind(h); it != synonyms().constEnd())
        return *it;
    for (RosterColumn column : allRosterColumns())
        if (normalisedHeader(rosterColumnHeader(column)) == h ||
            normalisedHeader(rosterColumnSourceHeader(column)) == h)
            return fieldOfExportColumn(column);
    // "入党时间(年月)", "身份证号码（18位）": the words before the bracket name the field.
    static const QRegularExpression bracket(QStringLiteral("[(（\\[【].*$"));
    QString stem = h;
    stem.remove(bracket);
    if (stem != h)
        if (const auto it = synonyms().constFind(stem); it != synonyms().constEnd())
            return *it;
    return RosterField::Unknown;
}

} // namespace partydesk::RosterFields
