#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace partydesk {

// Paints the roster's cells as the style does, with each text laid out once and kept: a search
// over a district repaints the whole view on every keystroke, and the style lays out every cell's
// text three times per paint (to size it, to elide it and to draw it).
class RosterCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const QStaticText& laidOut(const QString& text, const QFont& font, int width,
                               Qt::TextElideMode mode) const;

    mutable QHash<QString, QStaticText> m_texts; // by width and text, in m_font
    mutable QFont m_font;
};

} // namespace partydesk
