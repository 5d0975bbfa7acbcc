#pragma once

#include "rating/RatingCalculator.h"

#include <optional>
#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// The year's results, one row per organisation rated: total, stars, rank within its parent, the
// change of rank against last year ("↓ down 1 place"; stars and points in its tooltip), and whether
// the sheet is complete.
class RatingResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ParentColumn,
        TotalColumn,
        StarsColumn,
        RankColumn,
        ChangeColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        OrgIdRole = Qt::UserRole + 1
    };

    explicit RatingResultsModel(QObject* parent = nullptr);

    void setResults(const RatingOutcome& outcome, const std::optional<RatingOutcome>& lastYear,
                    const QHash<qint64, QString>& names);
    // Replaces results after one sheet changed, keeping the rows (and the selection) in place.
    void updateResults(const RatingOutcome& outcome);
    const RatingOutcome& outcome() const { return m_outcome; }
    int rowOf(qint64 orgId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString starText(int stars);

private:
    RatingOutcome m_outcome;
    std::optional<RatingOutcome> m_lastYear;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
