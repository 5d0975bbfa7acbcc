#pragma once

#include "rating/RatingTemplate.h"

#include <QAbstractItemModel>

namespace partydesk {

// The aspects of a template with their tasks beneath, edited in place: name, maximum points,
// scoring guide, evidence and the recorded facts that suggest the score. Aspect rows show the sum of their
// tasks.
class TemplateModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MaxColumn,
        GuideColumn,
        EvidenceColumn,
        SourceColumn, // the recorded facts that suggest the score (EvidenceSource.h)
        ColumnCount
    };

    explicit TemplateModel(QObject* parent = nullptr);

    void setAspects(const QList<RatingAspect>& aspects);
    const QList<RatingAspect>& aspects() const { return m_aspects; }
    double totalPoints() const;

    QModelIndex addAspect(const QString& name);
    QModelIndex addTask(const QModelIndex& aspectOrTask, const QString& name, double maxPoints);
    void remove(const QModelIndex& index);
    QModelIndex move(const QModelIndex& index, int delta);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalChanged(double total);

private:
    // internalId: 0 for an aspect row, aspect index + 1 for a task row.
    bool isTask(const QModelIndex& index) const { return index.isValid() && index.internalId() > 0; }

    QList<RatingAspect> m_aspects;
};

} // namespace partydesk
