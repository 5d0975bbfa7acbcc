#pragma once

#include <QDate>
#include <QString>

namespace partydesk {

// One item of a lagging branch's rectification list (整改晋位).
struct Rectification
{
    enum class Status
    {
        Open,
        InProgress,
        Done
    };
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 orgId = 0;
    QString problem;
    QString measure;
    QString responsible;
    QDate dueOn;
    Status status = Status::Open;
    QDate doneOn;
};

QString rectificationStatusCode(Rectification::Status status);
Rectification::Status rectificationStatusFromCode(const QString& code);
QString rectificationStatusLabel(Rectification::Status status);

} // namespace partydesk
