#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace partydesk {

struct Organisation
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top of the tree
    QString name;
    OrgType type = OrgType::Branch;
    OrgDomain domain = OrgDomain::Community;
    QString secretary;
    QString deputySecretary;
    QString committee; // committee members, separated by 、
    QDate foundedOn;
    QDate termStart;
    QDate termEnd;
    QString address;
    qint64 gridId = 0;
    int sortOrder = 0;
};

// A grid (网格) of a community, with its grid head and the "five heads".
struct Grid
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString code;
    QString name;
    QString buildings;
    QString gridHead;     // 网格长
    QString streetHead;   // 街长
    QString laneHead;     // 巷长
    QString buildingHead; // 楼栋长
    QString unitHead;     // 单元长
};

// A co-building unit (共建单位) seated in a community's big committee.
struct CoBuildingUnit
{
    qint64 id = 0;
    qint64 committeeId = 0;
    QString name;
    QString kind;
    QString contactPerson;
    QString phone;
    QDate joinedOn;
    QDate leftOn;
};

} // namespace partydesk
