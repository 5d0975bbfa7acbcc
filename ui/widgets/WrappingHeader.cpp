#include "WrappingHeader.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QStyle>
#include <QStyleOption>
#include <QTableView>
#include <QTreeView>

namespace partydesk {

namespace {

constexpr int TallEnough = 100000;

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view))
        return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view))
        return tree->header();
    return nullptr;
}

} // namespace

WrappingHeader::WrappingHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent)
{
    // The style draws the title with these flags: wrapped, never elided on one line.
    setDefaultAlignment(Qt::Alignment::fromInt(int(defaultAlignment()) | Qt::TextWordWrap));
    setTextElideMode(Qt::ElideNone);
    connect(this, &QHeaderView::sectionResized, this, &WrappingHeader::updateLines);
    connect(this, &QHeaderView::sectionCountChanged, this, &WrappingHeader::updateLines);
}

void WrappingHeader::setModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    QHeaderView::setModel(model);
    if (model)
        m_modelConnections = {
            connect(model, &QAbstractItemModel::headerDataChanged, this, &WrappingHeader::updateLines),
            connect(model, &QAbstractItemModel::modelReset, this, &WrappingHeader::updateLines),
            connect(model, &QAbstractItemModel::layoutChanged, this, &WrappingHeader::updateLines)};
    updateLines();
}

WrappingHeader* WrappingHeader::install(QAbstractItemView* view)
{
    QHeaderView* old = headerOf(view);
    if (!old)
        return nullptr;
    if (auto* already = qobject_cast<WrappingHeader*>(old))
        return already;
    auto* header = new WrappingHeader(view);
    header->setSectionsClickable(old->sectionsClickable());
    header->setHighlightSections(old->highlightSections());
    header->setSectionsMovable(old->sectionsMovable());
    header->setSortIndicatorShown(old->isSortIndicatorShown());
    header->setSortIndicator(old->sortIndicatorSection(), old->sortIndicatorOrder());
    header->setDefaultAlignment(Qt::Alignment::fromInt(int(old->defaultAlignment()) | Qt::TextWordWrap));
    header->setMinimumSectionSize(old->minimumSectionSize());
    header->setObjectName(old->objectName());
    QList<int> hidden;
    for (int i = 0; i < old->count(); ++i)
        if (old->isSectionHidden(i))
            hidden << i;
    const bool shown = !old->isHidden();
    // The views delete the header they replace.
    if (auto* table = qobject_cast<QTableView*>(view))
        table->setHorizontalHeader(header);
    else
        static_cast<QTreeView*>(view)->setHeader(header);
    for (int i : hidden)
        header->setSectionHidden(i, true);
    header->setVisible(shown);
    return header;
}

QString WrappingHeader::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

int WrappingHeader::textMargins(int logicalIndex) const
{
    int margins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        margins += style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) +
                   style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return margins;
}

int WrappingHeader::oneLineWidth(int logicalIndex) const
{
    const QString text = title(logicalIndex);
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fontMetrics().horizontalAdvance(line));
    return widest + textMargins(logicalIndex) + 2;
}

int WrappingHeader::linesAt(int logicalIndex, int width) const
{
    const QString text = title(logicalIndex);
    if (text.isEmpty())
        return 1;
    if (width < 0)
        width = sectionSize(logicalIndex);
    const int textWidth = width - textMargins(logicalIndex);
    if (textWidth <= 0)
        return TallEnough;
    const QRect needed = fontMetrics().boundingRect(QRect(0, 0, textWidth, TallEnough),
                                                    Qt::TextWordWrap | Qt::AlignLeft, text);
    // A word wider than the column is not broken: it is cut.
    if (needed.width() > textWidth)
        return TallEnough;
    return std::max(1, (needed.height() + fontMetrics().leading()) / fontMetrics().lineSpacing());
}

int WrappingHeader::narrowestWidth(int logicalIndex) const
{
    int high = oneLineWidth(logicalIndex);
    int low = textMargins(logicalIndex) + fontMetrics().horizontalAdvance(QChar(0x4E2D));
    if (low >= high)
        return high;
    // The fewest pixels for MaxLines lines: lines only grow as the width shrinks.
    while (low < high) {
        const int middle = (low + high) / 2;
        if (linesAt(logicalIndex, middle) <= MaxLines)
            high = middle;
        else
            low = middle + 1;
    }
    return high;
}

bool WrappingHeader::isTitleCut(int logicalIndex) const
{
    return linesAt(logicalIndex) > std::max(1, std::min(m_lines, MaxLines));
}

int WrappingHeader::linesNeeded() const
{
    int lines = 1;
    // A section of no width is on its way to being hidden.
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i) && sectionSize(i) > 0)
            lines = std::max(lines, std::min(linesAt(i), MaxLines));
    return lines;
}

QSize WrappingHeader::sizeHint() const
{
    QSize hint = QHeaderView::sizeHint();
    if (m_lines > 1) {
        // Qt sizes the header for titles of one line (or of the lines a title breaks itself).
        QStyleOptionHeader option;
        initStyleOption(&option);
        option.text = QString(QChar(0x4E2D));
        const int oneLine =
            style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this).height();
        hint.setHeight(std::max(hint.height(), oneLine + (m_lines - 1) * fontMetrics().lineSpacing()));
    }
    return hint;
}

void WrappingHeader::updateLines()
{
    const int lines = linesNeeded();
    if (lines == m_lines)
        return;
    m_lines = lines;
    updateGeometry();
    // The table or tree lays its header and viewport out again on this signal.
    emit geometriesChanged();
    viewport()->update();
}

} // namespace partydesk
