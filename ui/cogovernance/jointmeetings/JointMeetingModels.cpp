#include "JointMeetingModels.h"

#include <QBrush>
#include <QColor>

namespace partydesk {

namespace {

QVariant header(const QStringList& names, int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= names.size())
        return {};
    return names[section];
}

QString dayText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

void JointMeetingListModel::setRows(const QList<JointMeetingRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QVariant JointMeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JointMeetingRow& r = m_rows[index.row()];
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == OpenColumn && r.overdue > 0)
        return QBrush(QColor(0xc0, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole && index.column() == OpenColumn && r.overdue > 0)
        return tr("%n decision(s) past their due date", nullptr, r.overdue);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return dayText(r.heldOn);
    case ChairColumn:
        return r.chairUnit;
    case UnitsColumn:
        return r.units;
    case OpenColumn:
        return r.open;
    case DoneColumn:
        return r.done;
    case TopicsColumn:
        return r.topics;
    }
    return {};
}

QVariant JointMeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Date"), tr("Chair unit"), tr("Units"), tr("Open"), tr("Done"), tr("Topics")}, section,
                  orientation, role);
}

void JointDecisionModel::setRows(const QList<JointDecisionRow>& rows, QDate today)
{
    beginResetModel();
    m_rows = rows;
    m_today = today;
    endResetModel();
}

QVariant JointDecisionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JointDecisionRow& r = m_rows[index.row()];
    const bool overdue = r.decision.overdue(m_today);
    if (role == Qt::UserRole)
        return r.decision.id;
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(QColor(0xc0, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole && overdue)
        return tr("Overdue: due on %1 and still open").arg(dayText(r.decision.dueOn));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MeetingColumn:
        return dayText(r.meetingOn);
    case TextColumn:
        return r.decision.text;
    case UnitColumn:
        return r.unitName;
    case DueColumn:
        return dayText(r.decision.dueOn);
    case StatusColumn:
        return overdue ? tr("Overdue") : decisionStatusName(r.decision.status);
    case FollowUpColumn:
        return r.decision.followUp;
    }
    return {};
}

QVariant JointDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Meeting"), tr("Decision"), tr("Responsible unit"), tr("Due date"), tr("Status"),
                   tr("Follow-up")},
                  section, orientation, role);
}

void RotaModel::setMonths(const QList<RotaMonth>& months, int year)
{
    beginResetModel();
    m_months = months;
    m_year = year;
    endResetModel();
}

QVariant RotaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_months.size())
        return {};
    const RotaMonth& m = m_months[index.row()];
    if (role == Qt::UserRole)
        return m.month;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MonthColumn:
        return QStringLiteral("%1-%2").arg(m_year).arg(m.month, 2, 10, QLatin1Char('0'));
    case UnitColumn:
        return m.unitId > 0 ? m.unitName : tr("(none)");
    case ActivitiesColumn:
        return m.unitId > 0 ? QVariant(m.activitiesAsChair) : QVariant();
    }
    return {};
}

QVariant RotaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Month"), tr("Chair unit"), tr("Activities as chair")}, section, orientation, role);
}

void UnitActivityModel::setRows(const QList<UnitActivityRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QVariant UnitActivityModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const UnitActivityRow& r = m_rows[index.row()];
    if (role == Qt::UserRole)
        return r.activity.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return dayText(r.activity.heldOn);
    case UnitColumn:
        return r.unitName;
    case TitleColumn:
        return r.activity.title;
    case ChairColumn:
        return r.activity.asChair ? tr("As chair") : QString();
    case ParticipantsColumn:
        return r.activity.participants >= 0 ? QVariant(r.activity.participants) : QVariant();
    }
    return {};
}

QVariant UnitActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return header({tr("Date"), tr("Unit"), tr("Activity"), tr("As chair"), tr("Participants")}, section,
                  orientation, role);
}

} // namespace partydesk
