#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace partydesk {

struct PrescribedAction
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

// One meeting of organisational life: a theme Party day, a branch meeting, a lecture, ...
struct Meeting
{
    qint64 id = 0;
    qint64 orgId = 0;
    MeetingKind kind = MeetingKind::ThemeDay;
    QDate heldOn;
    QString theme;
    QString place;
    QString host;
    QString materials;
    QString minutes;
    qint64 planId = 0;
    bool done = false;       // planned until completed
    QList<qint64> actionIds; // prescribed actions done (theme days)
};

struct AttendanceRecord
{
    qint64 memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QString reason; // why on leave; for a floating member where or how they took part
};

// The month's plan from which every branch's theme day is created.
struct MonthlyPlan
{
    qint64 id = 0;
    QDate month; // the first of the month
    QString theme;
    int day = 15;
    QString place;
    QString materials;
    QList<qint64> actionIds;
};

struct MeetingPhoto
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString caption;
    QByteArray image;     // JPEG
    QByteArray thumbnail; // JPEG
};

} // namespace partydesk
