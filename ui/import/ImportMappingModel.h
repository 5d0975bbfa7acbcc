#pragma once

#include "import/RosterImportPlan.h"
#include "tabular/Table.h"

#include <QAbstractTableModel>

namespace partydesk {

// The columns of the file being imported and the field each is read as. The field is chosen in
// place (ImportFieldDelegate); columns nobody recognised are highlighted, since they are not read.
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LetterColumn, // A, B, … as the spreadsheet names the column
        HeaderColumn,
        ReadAsColumn,
        ExamplesColumn,
        ColumnCount
    };
    enum Role
    {
        FieldRole = Qt::UserRole + 1 // int(RosterField)
    };

    explicit ImportMappingModel(QObject* parent = nullptr);

    // `firstRows` are the sheet's first rows; the examples come from those below `headerRow`.
    void setColumns(const QList<ImportColumn>& columns, const std::vector<TableRow>& firstRows,
                    int headerRow);
    const QList<ImportColumn>& columns() const { return m_columns; }
    int unknownCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // ReadAsColumn takes an int(RosterField); the choice is reported by fieldChosen.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString columnLetters(int column);

signals:
    void fieldChosen(const QString& header, partydesk::RosterField field);

private:
    QList<ImportColumn> m_columns;
    QStringList m_examples; // per row of the model
};

} // namespace partydesk
