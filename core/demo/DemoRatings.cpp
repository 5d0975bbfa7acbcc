#include "DemoRatings.h"

#include "DemoPeople.h"
#include "domain/Enums.h"
#include "rating/RatingRepository.h"
#include "repository/OrganisationRepository.h"

#include <cmath>

namespace partydesk {

namespace {

// A sheet where each task scores about `quality` of its maximum, in halves; the branch's own
// scores run a little higher than the committee's.
ScoreSheet plausibleSheet(const RatingTemplate& t, qint64 orgId, double quality, DemoPeople& random)
{
    ScoreSheet sheet;
    sheet.orgId = orgId;
    for (const RatingAspect& aspect : t.aspects)
        for (const RatingTask& task : aspect.tasks) {
            const double noise = (double(random.below(21)) - 10.0) / 100.0; // ±10 %
            const qint64 maxHalves = task.maxPoints.hundredths() / 50;
            const qint64 halves =
                std::clamp(qint64(std::llround(double(maxHalves) * std::clamp(quality + noise, 0.0, 1.0))),
                           qint64(0), maxHalves);
            const Score assessed = Score::fromHundredths(halves * 50);
            const Score self =
                std::min(task.maxPoints, assessed + Score::fromHundredths(random.below(3) == 0 ? 50 : 0));
            sheet.tasks.insert(task.id, {self, assessed, {}});
        }
    return sheet;
}

const RatingItem* firstItem(const RatingTemplate& t, RatingItem::Kind kind)
{
    for (const RatingItem& item : t.items)
        if (item.kind == kind)
            return &item;
    return nullptr;
}

} // namespace

QString buildDemoRatings(QSqlDatabase db, QDate today, quint32 seed)
{
    OrganisationRepository organisations(db);
    RatingRepository ratings(db);
    QList<qint64> branches;
    for (const Organisation& org : organisations.all())
        if (isBranchLevel(org.type) && org.type != OrgType::PartyGroup)
            branches << org.id;
    if (branches.size() < 4)
        return {};

    DemoPeople random(seed + 7, today);
    const int firstYear = today.year() - 2;
    for (int year = firstYear; year <= firstYear + 1; ++year) {
        if (year > firstYear) {
            const WriteResult copied = ratings.copyTemplate(year - 1, year);
            if (!copied.ok())
                return copied.error;
        }
        const WriteResult session = ratings.ensureSession(year, QDate(year, 12, 20));
        if (!session.ok())
            return session.error;
        if (const WriteResult set = ratings.setSessionOrganisations(session.id, branches); !set.ok())
            return set.error;
        const RatingTemplate t = *ratings.templateForYear(year);

        QList<ScoreSheet> sheets;
        for (int i = 0; i < branches.size(); ++i) {
            // Most branches do well; the fourth lags; everyone improves a little the second year.
            double quality = 0.78 + 0.03 * double(i % 5) + (year > firstYear ? 0.03 : 0.0);
            if (i == 3)
                quality = year > firstYear ? 0.5 : 0.55;
            sheets << plausibleSheet(t, branches[i], quality, random);
        }
        // The second and third branches tie: the same sheet.
        sheets[2].tasks = sheets[1].tasks;
        if (const RatingItem* bonus = firstItem(t, RatingItem::Kind::Bonus))
            sheets[0].items.insert(bonus->id,
                                   {Score::whole(2), false, QStringLiteral("获区级先进基层党组织表彰")});
        if (const RatingItem* deduction = firstItem(t, RatingItem::Kind::Deduction);
            deduction && year > firstYear)
            sheets[4].items.insert(deduction->id, {Score::whole(2), false, QStringLiteral("换届超期两个月")});
        if (const RatingItem* veto = firstItem(t, RatingItem::Kind::Veto); veto && year > firstYear)
            sheets[5].items.insert(veto->id, {Score(), true, QStringLiteral("支委成员受到党内严重警告处分")});
        if (const WriteResult saved = ratings.saveSheets(session.id, sheets); !saved.ok())
            return saved.error;
        ratings.setFinished(session.id, std::min(QDate(year + 1, 1, 15), today));

        // The lagging branch's rectification list; the first year's is finished.
        const bool done = year == firstYear;
        const QList<QPair<QString, QString>> items = {
            {QStringLiteral("“三会一课”开展不经常，党小组会记录缺失"),
             QStringLiteral("制定年度组织生活计划，每月由支委检查落实")},
            {QStringLiteral("党员教育培训覆盖面不足"),
             QStringLiteral("利用线上平台补学，年底前参训率达到90%")},
            {QStringLiteral("群众满意度测评偏低"),
             QStringLiteral("每季度走访网格住户，建立诉求台账并限时回应")}};
        for (int i = 0; i < items.size(); ++i) {
            Rectification r;
            r.sessionId = session.id;
            r.orgId = branches[3];
            r.problem = items[i].first;
            r.measure = items[i].second;
            r.responsible = i == 0 ? QStringLiteral("支部书记") : QStringLiteral("组织委员");
            r.dueOn = QDate(year + 1, 3 + 3 * i, 30);
            r.status = done ? Rectification::Status::Done
                            : (i == 0 ? Rectification::Status::InProgress : Rectification::Status::Open);
            if (done)
                r.doneOn = QDate(year + 1, 2 + 3 * i, 20);
            if (const WriteResult saved = ratings.saveRectification(r); !saved.ok())
                return saved.error;
        }
    }
    return {};
}

} // namespace partydesk
