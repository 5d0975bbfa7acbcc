#pragma once

#include "rating/RatingCalculator.h"
#include "rating/RatingTemplate.h"

#include <QAbstractTableModel>

namespace partydesk {

class RatingRepository;

// One branch's score sheet: the 34 tasks, then the bonus, deduction and veto items. Self and
// committee scores and notes are edited in place and saved at once; a value out of range is
// refused and `refused(message)` says why.
class ScoreSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AspectColumn,
        TaskColumn,
        MaxColumn,
        SelfColumn,
        AssessedColumn,
        NoteColumn,
        ColumnCount
    };

    ScoreSheetModel(RatingRepository& repository, QObject* parent = nullptr);

    void setSheet(const RatingTemplate& ratingTemplate, qint64 sessionId, const ScoreSheet& sheet);
    const ScoreSheet& sheet() const { return m_sheet; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void sheetChanged(const partydesk::ScoreSheet& sheet);
    void refused(const QString& message);

private:
    struct Row
    {
        const RatingTask* task = nullptr;
        const RatingItem* item = nullptr;
        QString group;
    };
    bool setTaskValue(const Row& row, int column, const QVariant& value);
    bool setItemValue(const Row& row, int column, const QVariant& value, int role);

    RatingRepository& m_repository;
    RatingTemplate m_template;
    qint64 m_sessionId = 0;
    ScoreSheet m_sheet;
    QList<Row> m_rows;
};

// Parses a score typed by the user ("3", "2.5", "２.５", empty); nullopt for empty, and `ok`
// false for text that is not a number.
std::optional<double> parseScore(const QString& text, bool* ok);

} // namespace partydesk
