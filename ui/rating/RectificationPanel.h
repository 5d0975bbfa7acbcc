#pragma once

#include "rating/Rectification.h"

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace partydesk {

class Workspace;

// 整改晋位: the rectification list of one branch for the year, with last year's list beside it.
class RectificationPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RectificationPanel(Workspace& workspace, QWidget* parent = nullptr);
    // `lastYearSessionId` 0 when there was no rating last year.
    void setBranch(qint64 sessionId, qint64 lastYearSessionId, qint64 orgId, bool lagging);

public slots:
    void addItem();
    void editItem(int row);
    void deleteItem();

private:
    void reload();

    Workspace& m_workspace;
    qint64 m_sessionId = 0;
    qint64 m_lastYearSessionId = 0;
    qint64 m_orgId = 0;
    QList<Rectification> m_items;
    QTableWidget* m_table = nullptr;
    QLabel* m_lastYear = nullptr;
};

} // namespace partydesk
