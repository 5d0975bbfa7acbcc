#pragma once

#include "development/DevelopmentRepository.h"
#include "development/DevelopmentSteps.h"

#include <optional>
#include <QAbstractTableModel>
#include <QHash>

namespace partydesk {

// Everyone in the development pipeline: name, branch, stage, since, the next item due and its date.
// Rows with an overdue item are red, with a tooltip saying what is overdue since when.
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BranchColumn,
        StageColumn,
        SinceColumn,
        NextColumn,
        DueColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        OverdueRole
    };

    explicit PipelineModel(QObject* parent = nullptr);
    // Shows the entries in `stage` (none: every stage), with their items as of `today`.
    void setEntries(const QList<PipelineEntry>& entries, const QHash<qint64, QString>& branchNames,
                    QDate today, std::optional<MemberStatus> stage = std::nullopt);

    const PipelineEntry* entry(int row) const;
    int rowOf(qint64 memberId) const; // -1 when not shown
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PipelineEntry entry;
        std::optional<StepItem> next;
        QList<StepItem> overdue;
        bool ready = false; // nothing missing for the next stage today
    };
    QList<Row> m_rows;
    QHash<qint64, QString> m_names;
};

} // namespace partydesk
