#pragma once

#include "rating/RatingCalculator.h"
#include "rating/RatingTemplate.h"

#include <QAbstractTableModel>

namespace partydesk {

class RatingService;

// One branch's score sheet: the 34 tasks, then the bonus, deduction and veto items. Self and
// committee scores and notes are edited in place and saved at once through the rating service; a
// value it refuses (out of range, three decimals, a finished year) is not kept and
// `refused(message)` says why. A finished year's sheet is read-only.
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
        EvidenceColumn, // what the workspace records for the task (cogovernance/RatingEvidence.h)
        ColumnCount
    };

    ScoreSheetModel(RatingService& service, QObject* parent = nullptr);

    void setSheet(const RatingTemplate& ratingTemplate, const ScoreSheet& sheet, bool readOnly);
    // The recorded facts suggesting tasks' scores, by task id (tasks without a source have none).
    void setEvidence(const QHash<qint64, QString>& evidence);
    bool isReadOnly() const { return m_readOnly; }
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
    // Someone else saved into this sheet meanwhile: shows what is saved now, and `why`.
    void showSavedSheet(const QString& why);

    struct Row
    {
        const RatingTask* task = nullptr;
        const RatingItem* item = nullptr;
        QString group;
    };
    bool setTaskValue(const Row& row, int column, const QVariant& value);
    bool setItemValue(const Row& row, int column, const QVariant& value, int role);

    RatingService& m_service;
    RatingTemplate m_template;
    bool m_readOnly = false;
    ScoreSheet m_sheet;
    QList<Row> m_rows;
    QHash<qint64, QString> m_evidence;
};

} // namespace partydesk
