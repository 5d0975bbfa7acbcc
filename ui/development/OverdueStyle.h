#pragma once

#include <QBrush>
#include <QColor>
#include <QVariant>

namespace partydesk {

// Overdue items are drawn in one red on the whole development page (the pipeline, the probations and
// a person's items), so that the lists and the detail read alike.
inline QBrush overdueBrush()
{
    return QBrush(QColor(0xc0, 0, 0));
}

// A model's Qt::ForegroundRole: the red when overdue, otherwise the view's own colour.
inline QVariant overdueForeground(bool overdue)
{
    return overdue ? QVariant(overdueBrush()) : QVariant();
}

} // namespace partydesk
