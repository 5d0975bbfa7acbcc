#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace partydesk {

class WrappingHeader;

// Columns as wide as what they hold, in the room the view has: numbers and dates narrow and whole,
// text taking the room left over (up to twice its width, the rest to the last column). When the
// room is short the widest text gives way first, down to about six characters and a title wrapped
// onto two lines; what is then cut shows in its tooltip (ElidedToolTips). Every column stays in
// view: no sideways scrolling unless even that is too wide. A column the page sets to a width
// (keepWidth) or the user drags keeps it.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        int wanted = 0; // everything shown, the title on one line
        int least = 0;  // the narrowest it may become
        bool text = false;
    };
    // The widths for `columns` in `available` pixels: the arithmetic alone, for the tests.
    static QList<int> widths(const QList<Column>& columns, int available);
    // Whether a column's values are numbers, dates or short counts rather than text ("12", "2025-03-01",
    // "3 人", "—").
    static bool looksNumeric(const QString& value);

    // Fits the columns of a table or tree view from now on, giving it a header whose titles wrap;
    // returns the fitter already there when called twice.
    static ColumnFitter* attach(QAbstractItemView* view);
    // Keeps the column at the width the page gives it, as if the user had dragged it there.
    void keepWidth(int logicalIndex, int width);

    void fitNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ColumnFitter(QAbstractItemView* view, WrappingHeader* header);
    void schedule();
    void watchModel();
    QList<int> sampleRows() const;
    Column measure(int logicalIndex, const QList<int>& rows) const;
    void sectionResized(int logicalIndex, int oldSize, int newSize);

    QAbstractItemView* m_view;
    WrappingHeader* m_header;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QHash<int, int> m_kept; // logical index → width set by the page or the user
    bool m_applying = false;
    bool m_dragging = false; // a mouse button is down on the header
    bool m_scheduled = false;
};

} // namespace partydesk
