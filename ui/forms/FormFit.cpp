#include "FormFit.h"

#include <algorithm>
#include <QDialog>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace partydesk {

namespace {

QSize pretendScreen;

// Sizes its window to the content when it first shows, then grows it with the content.
class ContentSizer : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* window = static_cast<QWidget*>(watched);
        if (event->type() == QEvent::Show && !event->spontaneous())
            sizeToContent(window, window->testAttribute(Qt::WA_Resized));
        else if (event->type() == QEvent::LayoutRequest && window->isVisible())
            sizeToContent(window, true);
        return false;
    }
};

// The window frame's size: known once the window is decorated, estimated before.
QSize frameSize(const QWidget* window)
{
    const QSize frame = window->frameGeometry().size() - window->size();
    if (!frame.isNull() || window->windowFlags().testFlag(Qt::FramelessWindowHint))
        return frame;
    const int border = 2 * window->style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    return {border, formTitleBarHeight(window) + border};
}

void addLayout(const QLayout* layout, QList<QWidget*>& out);

void addWidget(QWidget* widget, QList<QWidget*>& out)
{
    if (auto* area = qobject_cast<QScrollArea*>(widget)) {
        if (area->widget())
            addWidget(area->widget(), out);
        return;
    }
    if (widget->focusPolicy() & Qt::TabFocus)
        out << widget;
    if (widget->layout())
        addLayout(widget->layout(), out);
}

void addItem(const QLayoutItem* item, QList<QWidget*>& out)
{
    if (!item)
        return;
    if (const QLayout* layout = const_cast<QLayoutItem*>(item)->layout())
        addLayout(layout, out);
    else if (QWidget* widget = const_cast<QLayoutItem*>(item)->widget())
        addWidget(widget, out);
}

void addLayout(const QLayout* layout, QList<QWidget*>& out)
{
    if (const auto* form = qobject_cast<const QFormLayout*>(layout)) {
        for (int row = 0; row < form->rowCount(); ++row)
            for (QFormLayout::ItemRole role :
                 {QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole})
                addItem(form->itemAt(row, role), out);
        return;
    }
    if (const auto* grid = qobject_cast<const QGridLayout*>(layout)) {
        // Down each column, then the next column.
        QList<std::pair<std::pair<int, int>, int>> cells;
        for (int i = 0; i < grid->count(); ++i) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            cells.append({{column, row}, i});
        }
        std::stable_sort(cells.begin(), cells.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& cell : std::as_const(cells))
            addItem(grid->itemAt(cell.second), out);
        return;
    }
    for (int i = 0; i < layout->count(); ++i)
        addItem(layout->itemAt(i), out);
}

// The content's hints as they are now. QScrollArea::setWidget asked for them once, which left the
// sizes of its inner layouts cached; rows hidden since only invalidate the layout right above them.
void refreshLayout(QWidget* content)
{
    if (content->layout())
        content->layout()->activate();
}

} // namespace

FormScrollArea::FormScrollArea(QWidget* content, QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formBody"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(content);
    content->setAutoFillBackground(false);
    content->installEventFilter(this);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize FormScrollArea::sizeHint() const
{
    refreshLayout(widget());
    const int frame = 2 * frameWidth();
    QSize hint = widget()->sizeHint();
    if (widget()->hasHeightForWidth())
        hint.setHeight(widget()->heightForWidth(hint.width()));
    return hint + QSize(frame, frame);
}

QSize FormScrollArea::minimumSizeHint() const
{
    refreshLayout(widget());
    // Wide enough that nothing is cut sideways with the vertical scroll bar showing; as low as a
    // few lines, scrolling, where the screen is smaller than the form.
    const int frame = 2 * frameWidth();
    const QSize content = widget()->minimumSizeHint();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {content.width() + frame + scrollBar,
            std::min(content.height(), 6 * fontMetrics().height()) + frame};
}

bool FormScrollArea::hasHeightForWidth() const
{
    return widget()->hasHeightForWidth();
}

int FormScrollArea::heightForWidth(int width) const
{
    refreshLayout(widget());
    const int frame = 2 * frameWidth();
    return widget()->heightForWidth(width - frame) + frame;
}

bool FormScrollArea::eventFilter(QObject* watched, QEvent* event)
{
    // The content changed its size (a message shows under a field): so does the form's body.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

void setFormLayout(QDialog* dialog, QLayout* body, QWidget* buttons)
{
    auto* content = new QWidget;
    body->setContentsMargins(0, 0, 0, 0);
    content->setLayout(body);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new FormScrollArea(content), 1);
    layout->addWidget(buttons);
    // A short form still has fields where a unit's or a person's whole name fits (about 30
    // characters across), not the 16 or so of a line edit's own width.
    dialog->setMinimumWidth(dialog->fontMetrics().horizontalAdvance(QString(30, QChar(0x4E00))));
    keepSizedToContent(dialog);
    setTabOrderDownColumns(dialog);
}

void keepSizedToContent(QWidget* window)
{
    window->installEventFilter(new ContentSizer(window));
}

// Brings every layout of `window` up to date now, the deepest first, so that a message shown a
// moment ago counts in the sizes of the boxes around it (Qt would do it over several passes of the
// event loop, one level at a time).
static void settleLayouts(QWidget* window)
{
    QList<std::pair<int, QWidget*>> byDepth;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->layout() || widget->isWindow())
            continue;
        int depth = 0;
        for (const QWidget* w = widget; w != window; w = w->parentWidget())
            ++depth;
        byDepth.append({depth, widget});
    }
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [depth, widget] : std::as_const(byDepth)) {
        widget->layout()->activate();
        if (auto* area = qobject_cast<FormScrollArea*>(
                widget->parentWidget() ? widget->parentWidget()->parentWidget() : nullptr);
            area && area->widget() == widget)
            area->updateGeometry();
    }
}

void sizeToContent(QWidget* window, bool growOnly)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    settleLayouts(window);
    layout->activate();
    const QRect area = formScreenArea(window);
    const QSize frame = frameSize(window);
    const int maxWidth = std::max(area.width() - frame.width(), 100);
    const int maxHeight = std::max(area.height() - frame.height(), 100);
    const QSize minimum = layout->totalMinimumSize();
    const QSize hint = layout->totalSizeHint();

    const auto heightFor = [&](int width) {
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : hint.height();
    };
    const int width =
        std::min(std::max(growOnly ? window->width() : hint.width(), minimum.width()), maxWidth);
    int height = std::max(heightFor(width), minimum.height());
    if (growOnly)
        height = std::max(height, window->height());
    height = std::min(height, maxHeight);
    if (width == window->width() && height == window->height())
        return;
    window->resize(width, height);
    if (window->isVisible()) {
        // Grown past the edge of the screen: back inside it.
        const QRect outer = window->frameGeometry();
        const int left = std::max(area.left(), std::min(outer.left(), area.right() - outer.width() + 1));
        const int top = std::max(area.top(), std::min(outer.top(), area.bottom() - outer.height() + 1));
        if (left != outer.left() || top != outer.top())
            window->move(left, top);
    }
}

int formTitleBarHeight(const QWidget* window)
{
    return std::max(window->style()->pixelMetric(QStyle::PM_TitleBarHeight),
                    window->fontMetrics().height() + 12);
}

QRect formScreenArea(const QWidget* window)
{
    if (pretendScreen.isValid())
        return QRect(QPoint(0, 0), pretendScreen);
    const QScreen* screen = window->screen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
}

void setFormScreenSize(QSize size)
{
    pretendScreen = size;
}

QList<QWidget*> fieldsDownColumns(const QWidget* window)
{
    QList<QWidget*> fields;
    if (window->layout())
        addLayout(window->layout(), fields);
    return fields;
}

QList<QWidget*> setTabOrderDownColumns(QWidget* window)
{
    const QList<QWidget*> fields = fieldsDownColumns(window);
    setTabOrderChain(fields);
    return fields;
}

void setTabOrderChain(const QList<QWidget*>& chain)
{
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

} // namespace partydesk
