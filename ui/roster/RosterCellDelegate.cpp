#include "RosterCellDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace partydesk {

namespace {
// A few screens of cells; the texts seen most (branches, categories, statuses) stay.
constexpr qsizetype keptTexts = 4000;
} // namespace

const QStaticText& RosterCellDelegate::laidOut(const QString& text, const QFont& font, int width,
                                               Qt::TextElideMode mode) const
{
    if (font != m_font || m_texts.size() > keptTexts) {
        m_texts.clear();
        m_font = font;
    }
    const QString key = QString::number(width) + QLatin1Char('\x1f') + text;
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return *it;
    QStaticText laid(text);
    laid.setTextFormat(Qt::PlainText);
    laid.prepare(QTransform(), font);
    if (laid.size().width() > width && mode != Qt::ElideNone) {
        laid.setText(QFontMetrics(font).elidedText(text, mode, width));
        laid.prepare(QTransform(), font);
    }
    return *m_texts.insert(key, laid);
}

void RosterCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text below as it places it.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QStaticText& laid = laidOut(text, opt.font, rect.width(), opt.textElideMode);

    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                : QPalette::Text));
    painter->setFont(opt.font);
    const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, laid.size().toSize(), rect);
    painter->drawStaticText(at.topLeft(), laid);
    painter->restore();
}

} // namespace partydesk
