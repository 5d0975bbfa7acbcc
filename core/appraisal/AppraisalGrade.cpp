#include "AppraisalGrade.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace partydesk {

template <> const QList<EnumInfo<AppraisalGrade>>& enumInfos<AppraisalGrade>()
{
    static const QList<EnumInfo<AppraisalGrade>> infos = {
        {AppraisalGrade::Excellent, "excellent", QT_TRANSLATE_NOOP("Enum", "Excellent")},
        {AppraisalGrade::Qualified, "qualified", QT_TRANSLATE_NOOP("Enum", "Qualified")},
        {AppraisalGrade::BasicallyQualified, "basically_qualified",
         QT_TRANSLATE_NOOP("Enum", "Basically qualified")},
        {AppraisalGrade::Unqualified, "unqualified", QT_TRANSLATE_NOOP("Enum", "Unqualified")},
    };
    return infos;
}

int AppraisalCap::maxExcellent(int rated) const
{
    if (!valid() || rated <= 0)
        return 0;
    return int((qint64(numerator) * rated) / denominator);
}

bool AppraisalCap::allows(int excellent, int rated) const
{
    return valid() && qint64(excellent) * denominator <= qint64(numerator) * rated;
}

QString AppraisalCap::text() const
{
    return QStringLiteral("%1/%2").arg(numerator).arg(denominator);
}

std::optional<AppraisalCap> AppraisalCap::parse(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const AppraisalCap cap{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!cap.valid())
        return std::nullopt;
    return cap;
}

} // namespace partydesk
