#include "ColumnFitter.h"

#include "ViewItemOption.h"
#include "WrappingHeader.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QFontMetrics>
#include <QTableView>

namespace partydesk {

namespace {

// Rows measured in a long list.
constexpr int SampledRows = 400;

} // namespace

QList<int> ColumnFitter::widths(const QList<Column>& columns, int available)
{
    QList<int> out;
    qint64 wanted = 0, least = 0;
    int widest = 0;
    for (const Column& c : columns) {
        out << c.wanted;
        wanted += c.wanted;
        least += c.least;
        widest = std::max(widest, c.wanted);
    }
    if (columns.isEmpty())
        return out;
    if (wanted <= available) {
        // Room to spare: the text columns share it as their content is wide, each growing to twice
        // its width at most (a column of names half a page wide reads badly).
        qint64 extra = available - wanted;
        for (int round = 0; round < columns.size() && extra > 0; ++round) {
            qint64 growing = 0;
            for (int i = 0; i < columns.size(); ++i)
                if (columns[i].text && out[i] < 2 * columns[i].wanted)
                    growing += columns[i].wanted;
            if (growing == 0)
                break;
            qint64 given = 0;
            for (int i = 0; i < columns.size(); ++i)
                if (columns[i].text && out[i] < 2 * columns[i].wanted) {
                    const qint64 share =
                        std::min(std::max<qint64>(1, extra * columns[i].wanted / growing), extra - given);
                    const int grown = int(std::min<qint64>(out[i] + share, 2 * columns[i].wanted));
                    given += grown - out[i];
                    out[i] = grown;
                    if (given >= extra)
                        break;
                }
            extra -= given;
        }
        // Whatever is left goes to the last column, as in any table, rather than a blank edge.
        out.last() += int(extra);
        return out;
    }
    if (least >= available) {
        for (int i = 0; i < columns.size(); ++i)
            out[i] = columns[i].least;
        return out;
    }
    // Too little room: the widest columns come down to a common width, each no lower than its least.
    const auto total = [&](int level) {
        qint64 sum = 0;
        for (const Column& c : columns)
            sum += std::max(c.least, std::min(c.wanted, level));
        return sum;
    };
    int low = 0, high = widest;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (total(middle) <= available)
            low = middle;
        else
            high = middle - 1;
    }
    qint64 left = available - total(low);
    for (int i = 0; i < columns.size(); ++i) {
        const Column& c = columns[i];
        out[i] = std::max(c.least, std::min(c.wanted, low));
        // The pixels short of the next level go one each to the columns at the level.
        if (left > 0 && c.wanted > low && c.least <= low) {
            out[i] += 1;
            --left;
        }
    }
    return out;
}

bool ColumnFitter::looksNumeric(const QString& value)
{
    int digits = 0, letters = 0;
    for (const QChar ch : value) {
        if (ch.isDigit())
            ++digits;
        else if (ch.isLetter())
            ++letters;
    }
    const QString trimmed = value.trimmed();
    if (trimmed == QStringLiteral("—") || trimmed == QStringLiteral("-"))
        return true;
    // A unit or two beside a number: "3 人", "2025年3月", "12.5 元".
    return digits > 0 && letters <= 2;
}

ColumnFitter* ColumnFitter::attach(QAbstractItemView* view)
{
    if (auto* fitter = view->findChild<ColumnFitter*>(QString(), Qt::FindDirectChildrenOnly))
        return fitter;
    WrappingHeader* header = WrappingHeader::install(view);
    if (!header)
        return nullptr;
    return new ColumnFitter(view, header);
}

ColumnFitter::ColumnFitter(QAbstractItemView* view, WrappingHeader* header)
    : QObject(view), m_view(view), m_header(header)
{
    m_header->setStretchLastSection(false);
    // The style's minimum (about four characters) would widen a column of ranks past its share.
    m_header->setMinimumSectionSize(m_header->fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_header->viewport()->installEventFilter(this);
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this] {
        watchModel();
        schedule();
    });
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnFitter::sectionResized);
    watchModel();
    schedule();
}

void ColumnFitter::keepWidth(int logicalIndex, int width)
{
    m_kept.insert(logicalIndex, width);
    schedule();
}

void ColumnFitter::sectionResized(int logicalIndex, int oldSize, int newSize)
{
    // Only a drag of the column's edge is the user's choice; the view resizes sections for its own
    // reasons too (hiding, showing, new models).
    if (!m_dragging || m_applying || oldSize <= 0 || newSize <= 0 || m_header->isSectionHidden(logicalIndex))
        return;
    m_kept.insert(logicalIndex, newSize);
}

void ColumnFitter::watchModel()
{
    QAbstractItemModel* model = m_view->model();
    if (model == m_model)
        return;
    for (const QMetaObject::Connection& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    if (!model)
        return;
    const auto later = [this] { schedule(); };
    m_modelConnections = {connect(model, &QAbstractItemModel::modelReset, this, later),
                          connect(model, &QAbstractItemModel::layoutChanged, this, later),
                          connect(model, &QAbstractItemModel::rowsInserted, this, later),
                          connect(model, &QAbstractItemModel::rowsRemoved, this, later),
                          connect(model, &QAbstractItemModel::columnsInserted, this, later),
                          connect(model, &QAbstractItemModel::columnsRemoved, this, later),
                          connect(model, &QAbstractItemModel::dataChanged, this, later),
                          connect(model, &QAbstractItemModel::headerDataChanged, this, later)};
}

void ColumnFitter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &ColumnFitter::fitNow, Qt::QueuedConnection);
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_view->viewport() && event->type() == QEvent::Resize) ||
        (watched == m_view && event->type() == QEvent::Show))
        fitNow();
    if (watched == m_header->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_dragging = false;
    }
    return QObject::eventFilter(watched, event);
}

QList<int> ColumnFitter::sampleRows() const
{
    const QModelIndex root = m_view->rootIndex();
    const int rows = m_model->rowCount(root);
    QList<int> sample;
    if (rows <= SampledRows) {
        for (int row = 0; row < rows; ++row)
            sample << row;
        return sample;
    }
    // A long list: its first rows and rows spread evenly over the rest (a category that is rare
    // near the top still counts), never all hundred thousand.
    for (int row = 0; row < SampledRows / 4; ++row)
        sample << row;
    const int spread = SampledRows - int(sample.size());
    for (int k = 1; k <= spread; ++k)
        sample << int(qint64(rows - 1) * k / spread);
    return sample;
}

ColumnFitter::Column ColumnFitter::measure(int logicalIndex, const QList<int>& rows) const
{
    const QModelIndex root = m_view->rootIndex();
    auto* table = qobject_cast<const QTableView*>(m_view);
    // A tree indents its first column: its own measure knows by how much.
    int content = table ? 0 : std::max(0, m_view->sizeHintForColumn(logicalIndex));
    QStyleOptionViewItem option = viewItemOption(m_view);
    option.features &= ~QStyleOptionViewItem::WrapText;
    int filled = 0;
    bool text = false;
    for (int row : rows) {
        if (table && table->isRowHidden(row))
            continue;
        const QModelIndex index = m_model->index(row, logicalIndex, root);
        if (table) {
            if (QAbstractItemDelegate* delegate = m_view->itemDelegateForIndex(index))
                content = std::max(content, delegate->sizeHint(option, index).width());
            // A combo box or button the page puts in the cell.
            if (const QWidget* widget = m_view->indexWidget(index))
                content = std::max(content, widget->sizeHint().width() + 2);
        }
        const QVariant value = index.data(Qt::DisplayRole);
        const QString shown = value.toString();
        if (text || shown.isEmpty())
            continue;
        ++filled;
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double ||
                            value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::QDate;
        if (!number && !(alignment.isValid() && (alignment.toInt() & Qt::AlignRight)) && !looksNumeric(shown))
            text = true;
    }
    if (table && table->showGrid())
        content += 1;
    Column c;
    c.wanted = std::max(content, m_header->oneLineWidth(logicalIndex));
    // An empty column may be for notes: it may take room if there is any.
    c.text = text || filled == 0;
    // Text may come down to about six characters; numbers stay whole.
    const int sixCharacters = m_view->fontMetrics().horizontalAdvance(QString(6, QChar(0x4E2D))) + 12;
    const int contentLeast = c.text ? std::min(content, sixCharacters) : content;
    c.least = std::min(c.wanted, std::max(m_header->narrowestWidth(logicalIndex), contentLeast));
    c.wanted = std::max(c.wanted, m_header->minimumSectionSize());
    c.least = std::max(c.least, m_header->minimumSectionSize());
    return c;
}

void ColumnFitter::fitNow()
{
    m_scheduled = false;
    watchModel();
    if (!m_model || !m_view->isVisible() || m_header->count() == 0)
        return;
    QList<int> logical;
    QList<Column> columns;
    const QList<int> rows = sampleRows();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int i = m_header->logicalIndex(visual);
        // A section of no width is being hidden: the view resizes it to nothing before it marks it
        // hidden, and a fit in between (on the resize of the viewport that follows) would undo that.
        if (m_header->isSectionHidden(i) || m_header->sectionSize(i) == 0)
            continue;
        logical << i;
        if (m_kept.contains(i))
            columns << Column{m_kept.value(i), m_kept.value(i), false};
        else
            columns << measure(i, rows);
    }
    if (columns.isEmpty())
        return;
    const QList<int> fitted = widths(columns, m_view->viewport()->width());
    m_applying = true;
    m_header->setStretchLastSection(false);
    for (int k = 0; k < logical.size(); ++k) {
        m_header->setSectionResizeMode(logical[k], QHeaderView::Interactive);
        if (m_header->sectionSize(logical[k]) != fitted[k])
            m_header->resizeSection(logical[k], fitted[k]);
    }
    m_applying = false;
}

} // namespace partydesk
