#include "ImportMappingModel.h"

#include "domain/IdNumber.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>

namespace partydesk {

namespace {

constexpr int examplesPerColumn = 3;

const QColor unknownBackground(0xFF, 0xF0, 0xC2); // amber: needs the user's attention, not an error
const QColor unknownText(0x8A, 0x4B, 0x00);
const QColor ignoredText(0x75, 0x75, 0x75);

// Anything shaped like an ID number is masked as everywhere else on screen, whatever the column is
// read as: an unknown column may well hold them.
QString example(const QString& text)
{
    static const QRegularExpression idShape(QStringLiteral("^(\\d{17}[\\dXx]|\\d{15})$"));
    return idShape.match(text).hasMatch() ? IdNumber::masked(text) : text;
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject* parent) : QAbstractTableModel(parent)
{
}

QString ImportMappingModel::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

void ImportMappingModel::setColumns(const QList<ImportColumn>& columns,
                                    const std::vector<TableRow>& firstRows, int headerRow)
{
    beginResetModel();
    m_columns = columns;
    m_examples.clear();
    for (const ImportColumn& column : columns) {
        QStringList values;
        for (const TableRow& row : firstRows) {
            if (row.number <= headerRow || values.size() >= examplesPerColumn)
                continue;
            const QString text = example(row.cell(column.column).displayText().simplified());
            if (!text.isEmpty() && !values.contains(text))
                values << text;
        }
        m_examples << values.join(QStringLiteral("、"));
    }
    endResetModel();
}

int ImportMappingModel::unknownCount() const
{
    return int(std::count_if(m_columns.cbegin(), m_columns.cend(),
                             [](const ImportColumn& c) { return c.field == RosterField::Unknown; }));
}

int ImportMappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ImportMappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportColumn& c = m_columns[index.row()];
    const bool unknown = c.field == RosterField::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LetterColumn:
            return columnLetters(c.column);
        case HeaderColumn:
            return c.header;
        case ReadAsColumn:
            return RosterFields::label(c.field);
        case ExamplesColumn:
            return m_examples.value(index.row());
        default:
            return {};
        }
    case Qt::EditRole:
        return index.column() == ReadAsColumn ? QVariant(int(c.field)) : data(index, Qt::DisplayRole);
    case FieldRole:
        return int(c.field);
    case Qt::BackgroundRole:
        return unknown ? QBrush(unknownBackground) : QVariant();
    case Qt::ForegroundRole:
        if (unknown)
            return QBrush(unknownText);
        return c.field == RosterField::Ignore ? QBrush(ignoredText) : QVariant();
    case Qt::FontRole:
        if (unknown && index.column() == HeaderColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (unknown)
            return tr("This column is not read. Choose what it holds, or \"%1\" to leave it out.")
                .arg(RosterFields::label(RosterField::Ignore));
        if (c.chosen)
            return tr("Chosen by hand; remembered for the next import.");
        return index.column() == ExamplesColumn ? data(index) : QVariant();
    default:
        return {};
    }
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LetterColumn:
        return tr("Column");
    case HeaderColumn:
        return tr("Header in the file");
    case ReadAsColumn:
        return tr("Read as");
    case ExamplesColumn:
        return tr("Examples from the file");
    default:
        return {};
    }
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ReadAsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImportMappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ReadAsColumn || role != Qt::EditRole ||
        index.row() >= rowCount())
        return false;
    const RosterField field = RosterField(value.toInt());
    if (!RosterFields::mappable().contains(field))
        return false;
    ImportColumn& c = m_columns[index.row()];
    if (c.field == field)
        return false;
    c.field = field;
    c.chosen = true;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit fieldChosen(c.header, field);
    return true;
}

} // namespace partydesk
