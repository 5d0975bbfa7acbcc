#include "AuditText.h"

#include "Role.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace partydesk {

namespace {

// The fields that member, organisation and user changes name (MemberSnapshot, ChangeList).
const QHash<QString, const char*>& fieldLabels()
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditFields", "Name")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("AuditFields", "Sex")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("AuditFields", "Ethnicity")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("AuditFields", "ID number")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("AuditFields", "Birth date")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("AuditFields", "Education")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditFields", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("AuditFields", "Address")},
        {QStringLiteral("org_id"), QT_TRANSLATE_NOOP("AuditFields", "Organisation (no.)")},
        {QStringLiteral("grid_id"), QT_TRANSLATE_NOOP("AuditFields", "Grid (no.)")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("AuditFields", "Category")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("AuditFields", "Status")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("AuditFields", "Tags")},
        {QStringLiteral("applied_on"), QT_TRANSLATE_NOOP("AuditFields", "Applied on")},
        {QStringLiteral("activist_on"), QT_TRANSLATE_NOOP("AuditFields", "Activist from")},
        {QStringLiteral("candidate_on"), QT_TRANSLATE_NOOP("AuditFields", "Candidate from")},
        {QStringLiteral("joined_on"), QT_TRANSLATE_NOOP("AuditFields", "Joined on")},
        {QStringLiteral("full_on"), QT_TRANSLATE_NOOP("AuditFields", "Full member from")},
        {QStringLiteral("work_unit"), QT_TRANSLATE_NOOP("AuditFields", "Work unit")},
        {QStringLiteral("service_post"), QT_TRANSLATE_NOOP("AuditFields", "Service post")},
        {QStringLiteral("reported_on"), QT_TRANSLATE_NOOP("AuditFields", "Reported on")},
        {QStringLiteral("floating_place"), QT_TRANSLATE_NOOP("AuditFields", "Floating to/from")},
        {QStringLiteral("floating_since"), QT_TRANSLATE_NOOP("AuditFields", "Floating since")},
        {QStringLiteral("floating_contact"), QT_TRANSLATE_NOOP("AuditFields", "Contact while floating")},
        {QStringLiteral("activity_card_no"), QT_TRANSLATE_NOOP("AuditFields", "Activity card no.")},
        {QStringLiteral("participation"), QT_TRANSLATE_NOOP("AuditFields", "Participation")},
        {QStringLiteral("home_organisation"), QT_TRANSLATE_NOOP("AuditFields", "Home organisation")},
        {QStringLiteral("left_on"), QT_TRANSLATE_NOOP("AuditFields", "Left on")},
        {QStringLiteral("leave_kind"), QT_TRANSLATE_NOOP("AuditFields", "Way of leaving")},
        {QStringLiteral("leave_reason"), QT_TRANSLATE_NOOP("AuditFields", "Reason for leaving")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("AuditFields", "Notes")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("AuditFields", "Organisation above (no.)")},
        {QStringLiteral("org_type"), QT_TRANSLATE_NOOP("AuditFields", "Type")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("AuditFields", "Field")},
        {QStringLiteral("secretary"), QT_TRANSLATE_NOOP("AuditFields", "Secretary")},
        {QStringLiteral("deputy_secretary"), QT_TRANSLATE_NOOP("AuditFields", "Deputy secretary")},
        {QStringLiteral("committee"), QT_TRANSLATE_NOOP("AuditFields", "Committee")},
        {QStringLiteral("founded_on"), QT_TRANSLATE_NOOP("AuditFields", "Founded on")},
        {QStringLiteral("term_start"), QT_TRANSLATE_NOOP("AuditFields", "Term from")},
        {QStringLiteral("term_end"), QT_TRANSLATE_NOOP("AuditFields", "Term until")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditFields", "Role")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditFields", "Active")},
    };
    return labels;
}

template <typename E> bool enumText(const QString& code, QString* text)
{
    E value;
    if (!enumFromCode(code, &value))
        return false;
    *text = enumLabel(value);
    return true;
}

// A stored value as the user reads it: enum codes by their names, the rest as stored.
QString valueText(const QString& field, const QString& value)
{
    QString text;
    if ((field == QLatin1String("sex") && enumText<Sex>(value, &text)) ||
        (field == QLatin1String("education") && enumText<Education>(value, &text)) ||
        (field == QLatin1String("category") && enumText<MemberCategory>(value, &text)) ||
        (field == QLatin1String("status") && enumText<MemberStatus>(value, &text)) ||
        (field == QLatin1String("leave_kind") && enumText<LeaveKind>(value, &text)) ||
        (field == QLatin1String("org_type") && enumText<OrgType>(value, &text)) ||
        (field == QLatin1String("domain") && enumText<OrgDomain>(value, &text)))
        return text;
    if (field == QLatin1String("role"))
        if (const std::optional<Role> role = Roles::fromCode(value))
            return Roles::displayName(*role);
    if (field == QLatin1String("active") && (value == QLatin1String("yes") || value == QLatin1String("no")))
        return value == QLatin1String("yes") ? QCoreApplication::translate("AuditText", "yes")
                                             : QCoreApplication::translate("AuditText", "no");
    return value;
}

// "member 12 张三" → "党员 12 张三"; what else stands before the changes is kept.
QString subjectText(const QString& subject)
{
    static const QRegularExpression shape(QStringLiteral("^(member|organisation|user) (.*)$"));
    const QRegularExpressionMatch m = shape.match(subject);
    if (!m.hasMatch())
        return subject;
    const QString kind = m.captured(1);
    const QString rest = m.captured(2);
    if (kind == QLatin1String("member"))
        return QCoreApplication::translate("AuditText", "member %1").arg(rest);
    if (kind == QLatin1String("organisation"))
        return QCoreApplication::translate("AuditText", "organisation %1").arg(rest);
    return QCoreApplication::translate("AuditText", "user %1").arg(rest);
}

// "field: before → after" parts; false when the text is not of that shape.
bool changesText(const QString& changes, QString* text)
{
    static const QRegularExpression part(QStringLiteral("^([a-z_]+): (.*) → (.*)$"));
    QStringList out;
    for (const QString& change : changes.split(QStringLiteral("; "))) {
        const QRegularExpressionMatch m = part.match(change);
        if (!m.hasMatch() || !fieldLabels().contains(m.captured(1)))
            return false;
        const QString field = m.captured(1);
        const QString before = valueText(field, m.captured(2));
        const QString after = valueText(field, m.captured(3));
        const QString label = QCoreApplication::translate("AuditFields", fieldLabels().value(field));
        out << (before.isEmpty() ? QCoreApplication::translate("AuditText", "%1: %2").arg(label, after)
                                 : QCoreApplication::translate("AuditText", "%1: %2 → %3").arg(label, before, after));
    }
    *text = out.join(QCoreApplication::translate("AuditText", "; "));
    return true;
}

// What an export or print was of: "roster", "monthly report 2026-10", …
QString outputText(const QString& what)
{
    static const QRegularExpression withPeriod(
        QStringLiteral("^(monthly reports?|star rating|score sheets) (.+)$"));
    if (what == QLatin1String("roster"))
        return QCoreApplication::translate("AuditText", "roster");
    if (what == QLatin1String("member statistics") || what == QLatin1String("statistics tables"))
        return QCoreApplication::translate("AuditText", "member statistics");
    const QRegularExpressionMatch m = withPeriod.match(what);
    if (!m.hasMatch())
        return what;
    const QString kind = m.captured(1);
    if (kind.startsWith(QLatin1String("monthly report")))
        return QCoreApplication::translate("AuditText", "monthly report %1").arg(m.captured(2));
    if (kind == QLatin1String("star rating"))
        return QCoreApplication::translate("AuditText", "star rating %1").arg(m.captured(2));
    return QCoreApplication::translate("AuditText", "score sheets %1").arg(m.captured(2));
}

} // namespace

QString readableAuditDetail(const QString& detail)
{
    // An export or print (OutputPolicy::record).
    static const QRegularExpression output(
        QStringLiteral("^(.+): (\\d+) rows, (masked|full ID numbers)(?: → (.+))?$"));
    if (const QRegularExpressionMatch m = output.match(detail); m.hasMatch()) {
        const QString numbers = m.captured(3) == QLatin1String("masked")
                                    ? QCoreApplication::translate("AuditText", "ID numbers masked")
                                    : QCoreApplication::translate("AuditText", "full ID numbers");
        QString text = QCoreApplication::translate("AuditText", "%1: %2 rows, %3")
                           .arg(outputText(m.captured(1)), m.captured(2), numbers);
        if (!m.captured(4).isEmpty())
            text += QCoreApplication::translate("AuditText", " → %1").arg(m.captured(4));
        return text;
    }
    // A change (AuditLog::recordChange): "subject: field: a → b; …".
    static const QRegularExpression change(QStringLiteral("^((?:member|organisation|user) [^:]*): (.+)$"));
    if (const QRegularExpressionMatch m = change.match(detail); m.hasMatch()) {
        QString changes;
        if (changesText(m.captured(2), &changes))
            return QCoreApplication::translate("AuditText", "%1: %2").arg(subjectText(m.captured(1)), changes);
    }
    static const QRegularExpression subjectOnly(QStringLiteral("^(?:member|organisation|user) [^:]*$"));
    if (subjectOnly.match(detail).hasMatch())
        return subjectText(detail);
    return detail;
}

} // namespace partydesk
