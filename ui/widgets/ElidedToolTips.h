#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QModelIndex;
class QPoint;

namespace partydesk {

// The full text of a cell or a header section that is drawn cut short ("长沙和平物业服务…") as its
// tooltip. A model's own tooltip stands; when it does not repeat the cut text, the text comes first.
// One filter on the application serves every list, table and tree of the program, in dialogs too;
// nothing to remember per view.
class ElidedToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs the filter on the application once; later calls do nothing.
    static void installEverywhere();

    // Whether the view draws the cell's text cut short at its present size.
    static bool isCut(const QAbstractItemView* view, const QModelIndex& index);
    // Whether the header draws the section's title cut short.
    static bool isCut(const QHeaderView* header, int logicalIndex);

    // The tooltip the filter shows for a help event at `pos` (viewport coordinates); empty when the
    // text is shown whole or the model's own tooltip says it all.
    static QString cellToolTip(const QAbstractItemView* view, const QPoint& pos);
    static QString sectionToolTip(const QHeaderView* header, const QPoint& pos);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace partydesk
