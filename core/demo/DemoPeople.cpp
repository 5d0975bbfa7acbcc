#include "DemoPeople.h"

#include "domain/DerivedFacts.h"
#include "domain/IdNumber.h"

namespace partydesk {

namespace {

const QStringList& surnames()
{
    static const QStringList list = QStringLiteral("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 "
                                                   "罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 "
                                                   "于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 "
                                                   "陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹")
                                        .split(QLatin1Char(' '));
    return list;
}

const QString& givenMale()
{
    static const QString chars = QStringLiteral(
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子"
        "杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮"
        "政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛");
    return chars;
}

const QString& givenFemale()
{
    static const QString chars = QStringLiteral(
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉"
        "琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨"
        "瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽");
    return chars;
}

const QStringList& placesAway()
{
    static const QStringList list = {
        QStringLiteral("广东省深圳市南山区"),   QStringLiteral("浙江省杭州市西湖区"),
        QStringLiteral("上海市浦东新区"),       QStringLiteral("广东省广州市天河区"),
        QStringLiteral("江苏省苏州市工业园区"), QStringLiteral("北京市海淀区"),
        QStringLiteral("湖北省武汉市洪山区")};
    return list;
}

const QStringList& workUnits()
{
    static const QStringList list = {QStringLiteral("长沙市芙蓉区教育局"), QStringLiteral("湖南省人民医院"),
                                     QStringLiteral("国网长沙供电公司"),   QStringLiteral("长沙市税务局"),
                                     QStringLiteral("芙蓉区人民法院"),     QStringLiteral("长沙银行芙蓉支行"),
                                     QStringLiteral("湖南师范大学"),       QStringLiteral("长沙市第一中学")};
    return list;
}

const QStringList& homeOrganisations()
{
    static const QStringList list = {
        QStringLiteral("湖南省邵阳市双清区龙须塘社区党委"), QStringLiteral("湖南省衡阳市珠晖区东风村党支部"),
        QStringLiteral("湖南省常德市武陵区丹阳社区党总支"),
        QStringLiteral("湖南省岳阳市岳阳楼区金鹗社区党委"), QStringLiteral("江西省萍乡市安源区后埠社区党委")};
    return list;
}

const QStringList& servicePosts()
{
    static const QStringList list = {QStringLiteral("政策宣讲岗"), QStringLiteral("环境整治岗"),
                                     QStringLiteral("文明劝导岗"), QStringLiteral("关爱帮扶岗"),
                                     QStringLiteral("矛盾调解岗"), QStringLiteral("平安巡逻岗")};
    return list;
}

const QStringList& minorities()
{
    static const QStringList list = {QStringLiteral("土家族"), QStringLiteral("苗族"), QStringLiteral("回族"),
                                     QStringLiteral("侗族"),   QStringLiteral("瑶族"), QStringLiteral("满族"),
                                     QStringLiteral("壮族")};
    return list;
}

const QStringList& regionCodes()
{
    // Districts of Changsha, Hunan (the seeds' province).
    static const QStringList list = {QStringLiteral("430102"), QStringLiteral("430103"),
                                     QStringLiteral("430104"), QStringLiteral("430105"),
                                     QStringLiteral("430111"), QStringLiteral("430121")};
    return list;
}

const QString& numerals()
{
    static const QString chars = QStringLiteral("一二三四五六七八九十");
    return chars;
}

QString chineseNumber(int n)
{
    if (n <= 10)
        return numerals().mid(n - 1, 1);
    if (n < 20)
        return QStringLiteral("十") + numerals().mid(n - 11, 1);
    const QString tens = numerals().mid(n / 10 - 1, 1) + QStringLiteral("十");
    return n % 10 == 0 ? tens : tens + numerals().mid(n % 10 - 1, 1);
}

} // namespace

quint32 DemoPeople::next()
{
    // xorshift64*: small, fast and the same on every platform.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return quint32((m_state * 2685821657736338717ULL) >> 32);
}

QDate DemoPeople::dateBetween(QDate from, QDate to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(qint64(next() % quint32(span + 1)));
}

QString DemoPeople::fullName()
{
    const bool female = next() % 2;
    const QString& given = female ? givenFemale() : givenMale();
    QString name = surnames().at(int(below(quint32(surnames().size()))));
    const int length = below(10) < 7 ? 2 : 1;
    for (int i = 0; i < length; ++i)
        name += given.at(int(below(quint32(given.size()))));
    return name;
}

QString DemoPeople::committeeNames(int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << fullName();
    return names.join(QStringLiteral("、"));
}

QString DemoPeople::mobile()
{
    static const char* prefixes[] = {"138", "139", "135", "137", "150", "151",
                                     "158", "186", "187", "189", "199"};
    QString number = QString::fromLatin1(prefixes[below(11)]);
    for (int i = 0; i < 8; ++i)
        number += QChar(u'0' + char16_t(below(10)));
    return number;
}

QString DemoPeople::idNumberFor(QDate birth, Sex sex)
{
    // Two people never share a number: draw again on a collision (rare even at district scale).
    for (;;) {
        QString id = regionCodes().at(int(below(quint32(regionCodes().size())))) +
                     birth.toString(QStringLiteral("yyyyMMdd"));
        const int sequence = int(below(100)) * 10 + int(below(5)) * 2 + (sex == Sex::Male ? 1 : 0);
        id += QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        id += IdNumber::checkCharacter(id);
        if (!m_usedIdNumbers.contains(id)) {
            m_usedIdNumbers.insert(id);
            return id;
        }
    }
}

// The steps towards membership: each follows the one before by a plausible interval; the
// status is the last step reached by today. A few probationers are left overdue on purpose.
void DemoPeople::careerDates(DemoPerson& p)
{
    const QDate earliest = p.birthDate.addYears(18).addDays(30);
    const QDate latestApply = m_today.addDays(-30);
    p.appliedOn = dateBetween(earliest, std::min(latestApply, earliest.addYears(35)));
    if (below(100) < 12) // recent applicants and activists for the pipeline
        p.appliedOn = dateBetween(std::max(earliest, m_today.addYears(-3)), latestApply);
    p.activistOn = p.appliedOn.addDays(60 + below(120));
    p.candidateOn = p.activistOn.addDays(370 + below(200));
    p.joinedOn = p.candidateOn.addDays(90 + below(200));
    p.fullOn = p.joinedOn.addYears(1);

    p.status = MemberStatus::Full;
    if (p.fullOn > m_today || (below(200) == 0 && p.joinedOn < m_today.addYears(-1))) {
        p.status = MemberStatus::Probationary;
        p.fullOn = {};
    }
    if (p.joinedOn > m_today) {
        p.status = MemberStatus::Candidate;
        p.joinedOn = {};
    }
    if (p.candidateOn > m_today) {
        p.status = MemberStatus::Activist;
        p.candidateOn = {};
    }
    if (p.activistOn > m_today) {
        p.status = MemberStatus::Applicant;
        p.activistOn = {};
    }
}

DemoPerson DemoPeople::person(bool nonPublicFirm, const QString& firm, const QString& community)
{
    DemoPerson p;
    p.sex = below(100) < 58 ? Sex::Male : Sex::Female;
    const QString& given = p.sex == Sex::Female ? givenFemale() : givenMale();
    p.name = surnames().at(int(below(quint32(surnames().size()))));
    const int length = below(10) < 7 ? 2 : 1;
    for (int i = 0; i < length; ++i)
        p.name += given.at(int(below(quint32(given.size()))));

    // Community rosters lean old; firm branches are young.
    const int minAge = nonPublicFirm ? 22 : 21;
    const int maxAge = nonPublicFirm ? 55 : 92;
    p.birthDate = dateBetween(m_today.addYears(-maxAge), m_today.addYears(-minAge));
    p.idNumber = idNumberFor(p.birthDate, p.sex);
    p.ethnicity =
        below(100) < 6 ? minorities().at(int(below(quint32(minorities().size())))) : QStringLiteral("汉族");
    const Education educations[] = {Education::Postgraduate, Education::Bachelor,   Education::College,
                                    Education::Vocational,   Education::HighSchool, Education::MiddleOrBelow};
    p.education = nonPublicFirm ? educations[below(3)] : educations[below(6)];
    p.phone = mobile();
    p.address = QStringLiteral("%1%2栋%3单元%4号")
                    .arg(community)
                    .arg(1 + below(48))
                    .arg(1 + below(4))
                    .arg(101 + below(18) * 100 + below(4));
    careerDates(p);
    p.onRosterSince = p.joinedOn.isValid() ? p.joinedOn : p.appliedOn;

    const quint32 roll = below(100);
    const bool partyMember = p.status == MemberStatus::Full || p.status == MemberStatus::Probationary;
    if (!nonPublicFirm && partyMember && roll < 14) {
        p.category = MemberCategory::InService;
        p.workUnit = workUnits().at(int(below(quint32(workUnits().size()))));
        p.reportedOn = dateBetween(std::max(p.joinedOn, m_today.addYears(-6)), m_today.addDays(-7));
        p.servicePost = servicePosts().at(int(below(quint32(servicePosts().size()))));
        p.onRosterSince = p.reportedOn;
    } else if (partyMember && roll < 22) {
        p.category = MemberCategory::FloatingOut;
        p.floatingPlace = placesAway().at(int(below(quint32(placesAway().size()))));
        p.floatingSince = dateBetween(std::max(p.joinedOn, m_today.addYears(-8)), m_today.addDays(-14));
        p.floatingContact = mobile();
        p.activityCardNo = QStringLiteral("LD%1%2").arg(p.floatingSince.year()).arg(10000 + below(90000));
        p.participation =
            below(2) ? QStringLiteral("线上参加支部学习") : QStringLiteral("在流入地党组织参加活动");
    } else if (partyMember && roll < 29) {
        p.category = MemberCategory::FloatingIn;
        p.homeOrganisation = homeOrganisations().at(int(below(quint32(homeOrganisations().size()))));
        p.floatingSince = dateBetween(std::max(p.joinedOn, m_today.addYears(-8)), m_today.addDays(-14));
        p.floatingContact = p.phone;
        p.onRosterSince = p.floatingSince;
    }
    if (nonPublicFirm && p.category == MemberCategory::Registered)
        p.address = firm;

    const int age = ageOn(p.birthDate, m_today);
    if (age >= 60 && below(10) < 9)
        p.tags << MemberTag::Retired;
    if (age < 60 && below(100) < 3)
        p.tags << MemberTag::Unemployed;
    if (below(100) < 4)
        p.tags << MemberTag::Hardship;
    if (p.fullOn.isValid() && ageOn(p.fullOn, m_today) >= 40)
        p.tags << MemberTag::LongStanding;
    if (below(100) < 2)
        p.tags << MemberTag::Disabled;
    if (p.ethnicity != QStringLiteral("汉族"))
        p.tags << MemberTag::Minority;
    return p;
}

QString DemoPeople::gridName(int number)
{
    return QStringLiteral("第%1网格").arg(chineseNumber(number));
}

QString DemoPeople::streetName(int number)
{
    static const QStringList names = {
        QStringLiteral("东风"), QStringLiteral("朝阳"),   QStringLiteral("五一"),   QStringLiteral("解放"),
        QStringLiteral("人民"), QStringLiteral("韭菜园"), QStringLiteral("荷花园"), QStringLiteral("马王堆"),
        QStringLiteral("湘湖"), QStringLiteral("东湖")};
    return names.at((number - 1) % names.size());
}

QString DemoPeople::communityName(int number)
{
    static const QStringList first = {QStringLiteral("和平"), QStringLiteral("幸福"), QStringLiteral("光明"),
                                      QStringLiteral("建设"), QStringLiteral("新民"), QStringLiteral("育才"),
                                      QStringLiteral("永安"), QStringLiteral("清水"), QStringLiteral("春华"),
                                      QStringLiteral("金桥")};
    return first.at(number % first.size()) + QStringLiteral("%1社区").arg(chineseNumber(number / 100));
}

QList<QPair<QString, QString>> DemoPeople::coBuildingUnits()
{
    return {{QStringLiteral("芙蓉区教育局"), QStringLiteral("机关事业单位")},
            {QStringLiteral("湖南省人民医院"), QStringLiteral("机关事业单位")},
            {QStringLiteral("国网长沙供电公司"), QStringLiteral("国有企业")},
            {QStringLiteral("和平派出所"), QStringLiteral("机关事业单位")},
            {QStringLiteral("湖南星辰信息科技有限公司"), QStringLiteral("非公企业")}};
}

} // namespace partydesk
