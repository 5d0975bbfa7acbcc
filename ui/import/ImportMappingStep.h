#pragma once

#include "import/RosterFields.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace partydesk {

class ImportMappingModel;
struct PlannedImport;

// Step 3 of a roster import: the file's columns and the field each is read as. Unknown columns are
// highlighted for the user to map (or leave out); every change makes a new preview.
class ImportMappingStep : public QWidget
{
    Q_OBJECT

public:
    explicit ImportMappingStep(QWidget* parent = nullptr);

    void setPlanned(const PlannedImport& planned);
    // A line under the table about the last change ("… is now left out").
    void showNote(const QString& note);
    ImportMappingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void fieldChosen(const QString& header, partydesk::RosterField field);

private:
    void openEditors();

    ImportMappingModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace partydesk
