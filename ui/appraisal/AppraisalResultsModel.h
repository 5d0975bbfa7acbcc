#pragma once

#include "appraisal/AppraisalRepository.h"

#include <QAbstractTableModel>

namespace partydesk {

class AppraisalService;

// The members rated in one appraisal: who they are, the self grade, the votes of the mutual
// appraisal and of the masses per grade, the branch's grade, the handling and a note. Edits go
// through the service; a refusal is reported by refused() and the cell keeps its stored value.
class AppraisalResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SexColumn,
        StatusColumn,
        CategoryColumn,
        GradeColumn,
        SelfGradeColumn,
        MutualFirstColumn,
        MassesFirstColumn = MutualFirstColumn + appraisalGradeCount,
        HandlingColumn = MassesFirstColumn + appraisalGradeCount,
        NoteColumn,
        ColumnCount
    };

    explicit AppraisalResultsModel(AppraisalService& service, QObject* parent = nullptr);

    // Reads the session's rows again (none for 0).
    void load(qint64 sessionId, bool finished);
    const QList<AppraisalRow>& rows() const { return m_rows; }
    qint64 sessionId() const { return m_sessionId; }
    // The grades' column holds the grade's index (0 = 优秀) in Qt::EditRole, -1 when not rated.
    static bool isGradeColumn(int column) { return column == GradeColumn || column == SelfGradeColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Grades the row 不合格 with its handling, in one save.
    bool setUnqualified(int row, const QString& handling);

signals:
    // The service refused an edit: its message, for the page to show.
    void refused(const QString& message);
    // A member's entry was saved.
    void entrySaved();
    // 不合格 was chosen for a member without a handling note: the page asks for one (setUnqualified).
    void handlingNeeded(int row);

private:
    bool save(int row, const AppraisalEntry& entry);

    AppraisalService& m_service;
    qint64 m_sessionId = 0;
    bool m_finished = false;
    QList<AppraisalRow> m_rows;
};

} // namespace partydesk
