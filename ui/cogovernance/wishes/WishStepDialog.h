#pragma once

#include "cogovernance/Wish.h"

#include <QDialog>
#include <QPair>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QLabel;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class WishService;
struct CoBuildingUnit;

// One step of a wish: 支部下单 (publish), 党员接单 (claim by a member found by name, or by a
// co-building unit), 完成 (fulfil with feedback, satisfaction and photos) or 撤回 (withdraw with a
// reason). The service checks the step; the dialog shows why it was refused.
class WishStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Publish,
        Claim,
        Fulfil,
        Withdraw
    };

    WishStepDialog(WishService& service, const MicroWish& wish, Step step, QDate today,
                   QWidget* parent = nullptr);

    // For a claim: the members and units that may claim.
    void setCandidates(const QList<QPair<qint64, QString>>& members, const QList<CoBuildingUnit>& units);
    // Image files chosen to go with the fulfilment (the page scales and stores them).
    QStringList photoFiles() const { return m_photoFiles; }

public slots:
    void accept() override;

private:
    void filterMembers(const QString& text);

    WishService& m_service;
    MicroWish m_wish;
    Step m_step;
    QList<QPair<qint64, QString>> m_members;
    QStringList m_photoFiles;
    DateField* m_date = nullptr;
    QRadioButton* m_byMember = nullptr;
    QRadioButton* m_byUnit = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_member = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_text = nullptr; // feedback or reason
    QComboBox* m_satisfaction = nullptr;
    QLabel* m_photos = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
