#pragma once

#include "import/RosterImportPlan.h"

#include <memory>
#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// The rows of an import preview: what will happen to each and why. Refused rows are highlighted.
// Reads the plan in place (a district's file has 100,000 rows), through a filter.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn, // the row number in the sheet, as the spreadsheet shows it
        NameColumn,
        IdNumberColumn, // masked
        BranchColumn,
        ActionColumn,
        DetailsColumn, // why refused, or the notes
        ColumnCount
    };
    enum class Filter
    {
        All,
        Refused,
        WithNotes
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1 // int(ImportRow::Action)
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // `organisationNames`: display names by id (organisationDisplayNames).
    void setPlan(std::shared_ptr<const ImportPlan> plan, QHash<qint64, QString> organisationNames);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    const ImportRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(ImportRow::Action action);
    // Messages one after another: a sentence that ends in 。 takes no separator, others a space.
    static QString joinMessages(const QStringList& messages);

private:
    void rebuild();
    QString branchText(const ImportRow& row) const;

    std::shared_ptr<const ImportPlan> m_plan;
    QHash<qint64, QString> m_names;
    Filter m_filter = Filter::All;
    std::vector<int> m_visible; // indexes into m_plan->rows
};

} // namespace partydesk
