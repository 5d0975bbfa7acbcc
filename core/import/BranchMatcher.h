#pragma once

#include "domain/Organisation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace partydesk {

// Finds the organisation a roster names in its 所在支部 column. Names are compared without spaces
// or full-width characters; a name that several organisations share (every community has its
// 第一网格党支部) is matched by its path: "东风社区党委/第一网格党支部", or the two run together.
class BranchMatcher
{
public:
    explicit BranchMatcher(const QList<Organisation>& organisations);

    struct Match
    {
        qint64 id = 0;
        bool missing = false; // no organisation has that name: the caller may create it
        QString error;        // translated; empty when found
    };
    Match find(const QString& text) const;

    // The path a user could type to name this organisation without ambiguity.
    QString qualifiedName(qint64 id) const;

private:
    static QString key(const QString& text);

    QHash<qint64, const Organisation*> m_byId;
    QMultiHash<QString, qint64> m_byKey;
    QList<Organisation> m_organisations;
};

} // namespace partydesk
