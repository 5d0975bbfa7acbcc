#include "ImportEnums.h"

#include "ImportText.h"

#include <QRegularExpression>

namespace partydesk::ImportEnums {

namespace {

// Brackets, spaces and the words that only decorate the value ("党员", "中共") removed.
QString bare(const QString& text)
{
    QString t = ImportText::compact(text);
    for (const char16_t* noise :
         {u"(", u")", u"（", u"）", u"[", u"]", u"【", u"】", u"中国共产党", u"中共", u"党员"})
        t.remove(QString::fromUtf16(noise));
    return t;
}

bool containsAny(const QString& text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* word : words)
        if (text.contains(QString::fromUtf16(word)))
            return true;
    return false;
}

// The 56 ethnic groups of China, by their full names.
const QStringList& ethnicGroups()
{
    static const QStringList groups =
        QStringLiteral(
            "汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 "
            "哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 "
            "达斡尔族 "
            "仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 "
            "鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族")
            .split(QLatin1Char(' '));
    return groups;
}

} // namespace

bool sex(const QString& text, Sex* value)
{
    const QString t = bare(text).toLower();
    if (t == u"男" || t == u"男性" || t == u"m" || t == u"male") {
        *value = Sex::Male;
        return true;
    }
    if (t == u"女" || t == u"女性" || t == u"f" || t == u"female") {
        *value = Sex::Female;
        return true;
    }
    return false;
}

bool education(const QString& text, Education* value)
{
    const QString t = bare(text);
    if (t.isEmpty())
        return false;
    if (containsAny(t, {u"博士", u"硕士", u"研究生"}))
        *value = Education::Postgraduate;
    else if (containsAny(t, {u"专科", u"大专", u"高职"}))
        *value = Education::College;
    else if (containsAny(t, {u"本科", u"学士", u"大学"}))
        *value = Education::Bachelor;
    else if (containsAny(t, {u"中专", u"中技", u"技校", u"职高", u"中职", u"中等专业", u"中等职业"}))
        *value = Education::Vocational;
    else if (containsAny(t, {u"高中"}))
        *value = Education::HighSchool;
    else if (containsAny(t, {u"初中", u"小学", u"文盲", u"识字"}))
        *value = Education::MiddleOrBelow;
    else {
        for (Education e : enumValues<Education>())
            if (t == bare(enumLabel(e))) {
                *value = e;
                return true;
            }
        return false;
    }
    return true;
}

bool category(const QString& text, MemberCategory* value)
{
    const QString t = bare(text);
    if (t.contains(u"流出") || t == u"外出") {
        *value = MemberCategory::FloatingOut;
        return true;
    }
    if (t.contains(u"流入")) {
        *value = MemberCategory::FloatingIn;
        return true;
    }
    if (t == u"在职" || t == u"在职报到" || t == u"报到" || t == u"双报到") {
        *value = MemberCategory::InService;
        return true;
    }
    if (t == u"在册" || t == u"本社区" || t == u"正式在册") {
        *value = MemberCategory::Registered;
        return true;
    }
    for (MemberCategory c : enumValues<MemberCategory>())
        if (t == bare(enumLabel(c))) {
            *value = c;
            return true;
        }
    return false;
}

bool status(const QString& text, MemberStatus* value)
{
    const QString raw = ImportText::compact(text);
    const QString t = bare(text);
    if (t == u"正式" || (t.isEmpty() && raw.contains(u"党员"))) { // 中共党员, 党员: 政治面貌 of a full member
        *value = MemberStatus::Full;
        return true;
    }
    if (t == u"预备") {
        *value = MemberStatus::Probationary;
        return true;
    }
    if (t == u"发展对象") {
        *value = MemberStatus::Candidate;
        return true;
    }
    if (t == u"积极分子" || t == u"入党积极分子") {
        *value = MemberStatus::Activist;
        return true;
    }
    if (t == u"申请人" || t == u"入党申请人" || t == u"申请入党") {
        *value = MemberStatus::Applicant;
        return true;
    }
    for (MemberStatus s : enumValues<MemberStatus>())
        if (t == bare(enumLabel(s))) {
            *value = s;
            return true;
        }
    return false;
}

QString ethnicity(const QString& text)
{
    const QString t = ImportText::compact(text);
    if (t.isEmpty())
        return {};
    if (ethnicGroups().contains(t))
        return t;
    if (ethnicGroups().contains(t + QStringLiteral("族")))
        return t + QStringLiteral("族");
    return {};
}

QList<MemberTag> tags(const QString& text, QStringList* unknown)
{
    static const QRegularExpression separators(QStringLiteral("[、,，;；/\\s]+"));
    QList<MemberTag> result;
    for (const QString& word : ImportText::halfWidth(text).split(separators, Qt::SkipEmptyParts)) {
        bool found = false;
        for (MemberTag tag : enumValues<MemberTag>())
            if (word == enumLabel(tag) || word == enumCode(tag)) {
                if (!result.contains(tag))
                    result << tag;
                found = true;
            }
        if (!found)
            unknown->append(word);
    }
    return result;
}

} // namespace partydesk::ImportEnums
