#include "BranchMatcher.h"

#include "ImportText.h"

#include <QCoreApplication>
#include <QSet>

namespace partydesk {

BranchMatcher::BranchMatcher(const QList<Organisation>& organisations) : m_organisations(organisations)
{
    for (const Organisation& org : m_organisations)
        m_byId.insert(org.id, &org);
    for (const Organisation& org : m_organisations) {
        // The name alone, then with each ancestor in front: "第一网格党支部", "东风社区党委第一网格党支部" …
        QString path = key(org.name);
        m_byKey.insert(path, org.id);
        QSet<qint64> seen{org.id};
        for (const Organisation* up = m_byId.value(org.parentId); up && !seen.contains(up->id);
             up = m_byId.value(up->parentId)) {
            seen.insert(up->id);
            path = key(up->name) + path;
            m_byKey.insert(path, org.id);
        }
    }
}

QString BranchMatcher::key(const QString& text)
{
    QString k = ImportText::compact(text);
    for (const char16_t* separator : {u"/", u"\\", u">", u"＞", u"》", u"—", u"-", u"|", u"·"})
        k.remove(QString::fromUtf16(separator));
    return k;
}

QString BranchMatcher::qualifiedName(qint64 id) const
{
    const Organisation* org = m_byId.value(id);
    if (!org)
        return {};
    const Organisation* parent = m_byId.value(org->parentId);
    return parent ? parent->name + QLatin1Char('/') + org->name : org->name;
}

BranchMatcher::Match BranchMatcher::find(const QString& text) const
{
    const QString k = key(text);
    const QList<qint64> ids = m_byKey.values(k);
    QList<qint64> distinct;
    for (qint64 id : ids)
        if (!distinct.contains(id))
            distinct << id;
    if (distinct.isEmpty())
        return {
            0, true,
            QCoreApplication::translate("BranchMatcher", "No organisation in this workspace is named \"%1\".")
                .arg(ImportText::halfWidth(text))};
    if (distinct.size() > 1) {
        QStringList examples;
        for (int i = 0; i < distinct.size() && i < 2; ++i)
            examples << qualifiedName(distinct[i]);
        return {0, false,
                QCoreApplication::translate(
                    "BranchMatcher", "%1 organisations are named \"%2\": write the organisation above it "
                                     "too, such as \"%3\".")
                    .arg(distinct.size())
                    .arg(ImportText::halfWidth(text), examples.join(QStringLiteral("\", \"")))};
    }
    const Organisation* org = m_byId.value(distinct.first());
    if (!isBranchLevel(org->type))
        return {0, false,
                QCoreApplication::translate("BranchMatcher",
                                            "\"%1\" is a committee; members belong to one of its branches.")
                    .arg(org->name)};
    return {org->id, false, {}};
}

} // namespace partydesk
