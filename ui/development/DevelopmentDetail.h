#pragma once

#include "development/DevelopmentRepository.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace partydesk {

class DateField;

// One person of the pipeline: the items of the current stage (done or missing, due dates, overdue
// in red), the documents checklist with dates (ticked by the user), the contacts, sponsors, the
// dates of the steps and notes. record() is what the user sees, to save or to advance with.
class DevelopmentDetail : public QWidget
{
    Q_OBJECT

public:
    explicit DevelopmentDetail(QWidget* parent = nullptr);

    void setEntry(const PipelineEntry& entry, QDate today);
    void clear();
    bool hasEntry() const { return m_entry.person.id > 0; }
    const DevelopmentPerson& person() const { return m_entry.person; }
    // The record as edited; dates typed that are not dates are left out (see problems()).
    DevelopmentRecord record() const;
    // What the user typed that cannot be read (a date that is not one), one sentence each.
    QStringList problems() const;
    // Ticks the document of `row` in the checklist, received on `date` (invalid: today).
    void tickDocument(int row, QDate date = {});

private:
    void showItems();
    void fillDocuments();
    void documentChanged(int row, int column);

    PipelineEntry m_entry;
    QDate m_today;
    bool m_filling = false;
    QLabel* m_title = nullptr;
    QTreeWidget* m_items = nullptr;
    QTableWidget* m_documents = nullptr;
    DateField* m_talkedOn = nullptr;
    QLineEdit* m_contactOne = nullptr;
    QLineEdit* m_contactTwo = nullptr;
    DateField* m_reviewedOn = nullptr;
    DateField* m_trainedOn = nullptr;
    QSpinBox* m_hours = nullptr;
    QLineEdit* m_sponsorOne = nullptr;
    QLineEdit* m_sponsorTwo = nullptr;
    DateField* m_approvedOn = nullptr;
    DateField* m_oathOn = nullptr;
    DateField* m_extendedTo = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace partydesk
