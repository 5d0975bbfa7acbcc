#include "ElidedToolTips.h"

#include "ViewItemOption.h"
#include "WrappingHeader.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTextDocument>
#include <QToolTip>

namespace partydesk {

namespace {

// Long texts wrap in the tooltip instead of running across the screen.
QString tipText(const QString& text)
{
    constexpr int LongText = 40;
    if (text.size() <= LongText || Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p>%1</p>")
        .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

void ElidedToolTips::installEverywhere()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || app->findChild<ElidedToolTips*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new ElidedToolTips(app));
}

bool ElidedToolTips::isCut(const QAbstractItemView* view, const QModelIndex& index)
{
    if (!index.isValid() || index.data(Qt::DisplayRole).toString().isEmpty())
        return false;
    QAbstractItemDelegate* delegate = view->itemDelegateForIndex(index);
    if (!delegate)
        return false;
    QStyleOptionViewItem option = viewItemOption(view);
    option.rect = view->visualRect(index);
    // A table draws its grid line inside the cell's right and bottom edge.
    if (auto* table = qobject_cast<const QTableView*>(view); table && table->showGrid())
        option.rect.adjust(0, 0, -1, -1);
    if (option.rect.isEmpty())
        return false;
    const bool wraps = option.features & QStyleOptionViewItem::WrapText;
    option.features &= ~QStyleOptionViewItem::WrapText;
    if (delegate->sizeHint(option, index).width() <= option.rect.width())
        return false;
    if (!wraps)
        return true;
    // Wrapped onto more lines than the row has room for.
    option.features |= QStyleOptionViewItem::WrapText;
    return delegate->sizeHint(option, index).height() > option.rect.height();
}

bool ElidedToolTips::isCut(const QHeaderView* header, int logicalIndex)
{
    if (logicalIndex < 0 || !header->model() || header->isSectionHidden(logicalIndex))
        return false;
    if (auto* wrapping = qobject_cast<const WrappingHeader*>(header))
        return wrapping->isTitleCut(logicalIndex);
    const QString text = header->model()->headerData(logicalIndex, header->orientation()).toString();
    if (text.isEmpty())
        return false;
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
    const int room =
        header->orientation() == Qt::Horizontal ? header->sectionSize(logicalIndex) : header->width();
    return widest + margins > room;
}

QString ElidedToolTips::cellToolTip(const QAbstractItemView* view, const QPoint& pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid() || !isCut(view, index))
        return {};
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString own = index.data(Qt::ToolTipRole).toString();
    if (own.isEmpty())
        return tipText(text);
    if (own.contains(text))
        return {};
    // The model explains the cell ("Scoring: …") but does not repeat it: the text comes first.
    if (Qt::mightBeRichText(own))
        return QStringLiteral("<p><b>%1</b></p>%2").arg(text.toHtmlEscaped(), own);
    return tipText(text + QLatin1Char('\n') + own);
}

QString ElidedToolTips::sectionToolTip(const QHeaderView* header, const QPoint& pos)
{
    const int section = header->logicalIndexAt(pos);
    if (section < 0 || !header->model())
        return {};
    if (!header->model()->headerData(section, header->orientation(), Qt::ToolTipRole).toString().isEmpty() ||
        !isCut(header, section))
        return {};
    return tipText(header->model()->headerData(section, header->orientation()).toString());
}

bool ElidedToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto* viewport = static_cast<QWidget*>(watched);
    auto* view = qobject_cast<QAbstractItemView*>(viewport->parentWidget());
    if (!view || view->viewport() != viewport)
        return false;
    const auto* help = static_cast<QHelpEvent*>(event);
    QString tip;
    QRect area;
    if (auto* header = qobject_cast<QHeaderView*>(view)) {
        tip = sectionToolTip(header, help->pos());
        const int section = header->logicalIndexAt(help->pos());
        if (header->orientation() == Qt::Horizontal)
            area = QRect(header->sectionViewportPosition(section), 0, header->sectionSize(section),
                         viewport->height());
        else
            area = QRect(0, header->sectionViewportPosition(section), viewport->width(),
                         header->sectionSize(section));
    } else {
        tip = cellToolTip(view, help->pos());
        area = view->visualRect(view->indexAt(help->pos()));
    }
    if (tip.isEmpty())
        return false; // the view shows the model's tooltip, if any
    QToolTip::showText(help->globalPos(), tip, viewport, area);
    return true;
}

} // namespace partydesk
