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

const QStringList& DemoPeople::blockedNames()
{
    // The Gang of Four and their allies, traitors and other notorious figures; the Party's and the
    // state's leaders and founders, past and present; leaders purged for corruption.
    static const QStringList list =
        QStringLiteral(
            "林彪 江青 王洪文 张春桥 姚文元 康生 陈伯达 谢富治 叶群 林立果 毛远新 汪精卫 周佛海 陈公博 "
            "梁鸿志 王克敏 秦桧 严嵩 和珅 魏忠贤 吴三桂 袁世凯 张勋 溥仪 高岗 饶漱石 张国焘 顾顺章 王明 "
            "毛泽东 周恩来 刘少奇 朱德 陈云 邓小平 任弼时 华国锋 胡耀邦 赵紫阳 江泽民 李鹏 朱镕基 胡锦涛 "
            "温家宝 习近平 李克强 李强 乔石 李瑞环 李岚清 尉健行 吴邦国 贾庆林 曾庆红 黄菊 吴官正 李长春 "
            "罗干 张德江 俞正声 刘云山 王岐山 张高丽 栗战书 汪洋 王沪宁 赵乐际 韩正 蔡奇 丁薛祥 李希 "
            "董必武 李先念 杨尚昆 叶剑英 彭真 万里 王震 荣毅仁 宋庆龄 彭德怀 贺龙 陈毅 刘伯承 聂荣臻 "
            "徐向前 罗荣桓 林伯渠 张闻天 王稼祥 李立三 瞿秋白 陈独秀 李大钊 博古 向忠发 蒋介石 蒋经国 "
            "孙中山 孙文 薄熙来 周永康 徐才厚 郭伯雄 令计划 孙政才 陈希同 陈良宇")
            .split(QLatin1Char(' '));
    return list;
}

bool DemoPeople::isBlockedName(const QString& name)
{
    for (const QString& blocked : blockedNames())
        if (name.contains(blocked))
            return true;
    return false;
}

QString DemoPeople::fullName(Sex sex)
{
    const QString& given = sex == Sex::Female ? givenFemale() : givenMale();
    for (;;) {
        QString name = surnames().at(int(below(quint32(surnames().size()))));
        const int length = below(10) < 7 ? 2 : 1;
        for (int i = 0; i < length; ++i)
            name += given.at(int(below(quint32(given.size()))));
        if (!isBlockedName(name))
            return name;
    }
}

QString DemoPeople::fullName()
{
    return fullName(next() % 2 ? Sex::Female : Sex::Male);
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

// Most people are full members; the branches develop a few new ones, firms more than the
// residential grids.
MemberStatus DemoPeople::drawStatus(bool nonPublicFirm)
{
    const quint32 roll = below(100) / (nonPublicFirm ? 2 : 1);
    return roll < 3    ? MemberStatus::Applicant
           : roll < 6  ? MemberStatus::Activist
           : roll < 8  ? MemberStatus::Candidate
           : roll < 12 ? MemberStatus::Probationary
                       : MemberStatus::Full;
}

// The steps towards membership, worked back from the last one reached, each before the next by a
// plausible interval; the birth date fits: 18 or older at application, people in the development
// pipeline and new members 45 at most. Nothing lies after today.
void DemoPeople::careerDates(DemoPerson& p, bool nonPublicFirm)
{
    const QDate today = m_today;
    const auto stepsBack = [&](QDate from, MemberStatus reached) {
        if (reached >= MemberStatus::Probationary)
            p.candidateOn = from = from.addDays(-90 - qint64(below(200)));
        if (reached >= MemberStatus::Candidate)
            p.activistOn = from = from.addDays(-370 - qint64(below(200))); // observed a year at least
        if (reached >= MemberStatus::Activist)
            p.appliedOn = from.addDays(-60 - qint64(below(120)));
    };
    const int minAge = nonPublicFirm ? 22 : 19;
    if (p.status == MemberStatus::Full) {
        // Community rosters lean old; firm branches are young.
        const int maxAge = nonPublicFirm ? 55 : 92;
        p.birthDate = dateBetween(today.addYears(-maxAge - 1).addDays(1), today.addYears(-24));
        // Joined between about 21 and 35 mostly, some later; full a year after joining.
        const QDate earliest = p.birthDate.addYears(18).addDays(30 + 1040);
        const QDate latest =
            std::min(today.addYears(-1).addDays(-1), p.birthDate.addYears(below(5) == 0 ? 45 : 35));
        p.joinedOn = dateBetween(earliest, std::max(earliest, latest));
        p.fullOn = yearsCompleted(p.joinedOn, 1);
        stepsBack(p.joinedOn, MemberStatus::Full);
        return;
    }
    switch (p.status) {
    case MemberStatus::Applicant:
        p.appliedOn = dateBetween(today.addDays(-150), today.addDays(-30));
        break;
    case MemberStatus::Activist:
        p.activistOn = dateBetween(today.addDays(-360), today.addDays(-14));
        stepsBack(p.activistOn, MemberStatus::Activist);
        break;
    case MemberStatus::Candidate:
        p.candidateOn = dateBetween(today.addDays(-250), today.addDays(-7));
        stepsBack(p.candidateOn, MemberStatus::Candidate);
        break;
    default:
        // Admitted within the year; now and then one whose conversion is overdue (the branch
        // has not met on it yet), never more than a year late.
        p.joinedOn = below(15) == 0
                         ? dateBetween(today.addYears(-2).addDays(30), today.addYears(-1).addDays(-14))
                         : dateBetween(today.addDays(-360), today.addDays(-7));
        stepsBack(p.joinedOn, MemberStatus::Probationary);
        break;
    }
    const int maxAge = below(4) == 0 ? 45 : 35;
    const QDate latestBirth = std::min(today.addYears(-minAge), p.appliedOn.addYears(-18).addDays(-30));
    p.birthDate = dateBetween(std::min(today.addYears(-maxAge - 1).addDays(1), latestBirth), latestBirth);
}

DemoPerson DemoPeople::person(bool nonPublicFirm, const QString& firm, const QString& community)
{
    DemoPerson p;
    p.sex = below(100) < 58 ? Sex::Male : Sex::Female;
    p.name = fullName(p.sex);
    p.status = drawStatus(nonPublicFirm);
    careerDates(p, nonPublicFirm);
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
    p.onRosterSince = p.joinedOn.isValid() ? p.joinedOn : p.appliedOn;

    // In-service members work: of working age, reported here after joining. Floating members
    // are away for work or family, at any age.
    const int age = ageOn(p.birthDate, m_today);
    const bool pastRetirement = age >= retirementAge(p.sex);
    const quint32 roll = below(100);
    const bool partyMember = p.status == MemberStatus::Full || p.status == MemberStatus::Probationary;
    if (!nonPublicFirm && partyMember && roll < 14 && age >= 22 && age <= 58 && !pastRetirement) {
        p.category = MemberCategory::InService;
        p.workUnit = workUnits().at(int(below(quint32(workUnits().size()))));
        p.reportedOn = dateBetween(std::max(p.joinedOn, m_today.addYears(-6)), m_today.addDays(-7));
        p.servicePost = servicePosts().at(int(below(quint32(servicePosts().size()))));
        p.onRosterSince = p.reportedOn;
    } else if (partyMember && roll >= 14 && roll < 22) {
        p.category = MemberCategory::FloatingOut;
        p.floatingPlace = placesAway().at(int(below(quint32(placesAway().size()))));
        p.floatingSince = dateBetween(std::max(p.joinedOn, m_today.addYears(-8)), m_today.addDays(-14));
        p.floatingContact = mobile();
        p.activityCardNo = QStringLiteral("LD%1%2").arg(p.floatingSince.year()).arg(10000 + below(90000));
        p.participation =
            below(2) ? QStringLiteral("线上参加支部学习") : QStringLiteral("在流入地党组织参加活动");
    } else if (partyMember && roll >= 22 && roll < 29) {
        p.category = MemberCategory::FloatingIn;
        p.homeOrganisation = homeOrganisations().at(int(below(quint32(homeOrganisations().size()))));
        p.floatingSince = dateBetween(std::max(p.joinedOn, m_today.addYears(-8)), m_today.addDays(-14));
        p.floatingContact = p.phone;
        p.onRosterSince = p.floatingSince;
    }
    if (nonPublicFirm && p.category == MemberCategory::Registered)
        p.address = firm;

    // Firm branches hold the firm's staff: nobody there is retired or unemployed.
    const bool working = nonPublicFirm || p.category == MemberCategory::InService;
    if (pastRetirement && !working && below(10) < 9)
        p.tags << MemberTag::Retired;
    if (!pastRetirement && !working && below(100) < 4)
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
