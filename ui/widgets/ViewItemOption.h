#pragma once

#include <QAbstractItemView>
#include <QStyleOptionViewItem>

namespace partydesk {

// The options a view draws its items with (font, wrapping, icon size), as its delegate gets them:
// QAbstractItemView::initViewItemOption is protected, so through a pointer to that member.
inline QStyleOptionViewItem viewItemOption(const QAbstractItemView* view)
{
    struct Access : QAbstractItemView
    {
        static void init(const QAbstractItemView* view, QStyleOptionViewItem* option)
        {
            (view->*(&Access::initViewItemOption))(option);
        }
    };
    QStyleOptionViewItem option;
    Access::init(view, &option);
    return option;
}

} // namespace partydesk
