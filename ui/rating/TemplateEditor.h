#pragma once

#include "rating/RatingTemplate.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTreeView;

namespace partydesk {

class TemplateModel;
class Workspace;

// The year's template: aspects and tasks with maxima, guides and evidence; bonus, deduction and
// veto items; thresholds, caps and quotas. Also exported to and imported from a workbook.
class TemplateEditor : public QDialog
{
    Q_OBJECT

public:
    TemplateEditor(Workspace& workspace, const RatingTemplate& ratingTemplate, QWidget* parent = nullptr);
    TemplateModel* model() const { return m_model; }
    void accept() override;

private:
    void load(const RatingTemplate& t);
    RatingTemplate collect() const;
    void addItemRow(const RatingItem& item);
    void exportTemplate();
    void importTemplate();
    void updateTotal(double total);

    Workspace& m_workspace;
    RatingTemplate m_original;
    TemplateModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QTableWidget* m_items = nullptr;
    QLineEdit* m_name = nullptr;
    QDoubleSpinBox* m_thresholds[4] = {};
    QDoubleSpinBox* m_bonusCap = nullptr;
    QSpinBox* m_vetoCap = nullptr;
    QDoubleSpinBox* m_fiveQuota = nullptr;
    QDoubleSpinBox* m_fourQuota = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace partydesk
