#pragma once

#include "cogovernance/Wish.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace partydesk {

class DateField;
class FieldErrorLabel;
class WishService;
struct Organisation;

// 居民点单: records a resident's wish or edits its own fields. The service checks every rule; the
// form shows its message and puts the cursor in the field concerned.
class WishForm : public QDialog
{
    Q_OBJECT

public:
    // `branches`: the branches the wish may go to (those of the selected community).
    WishForm(WishService& service, const QList<Organisation>& organisations, const QList<qint64>& branches,
             const MicroWish& wish, QDate today, QWidget* parent = nullptr);

    qint64 savedId() const { return m_savedId; }

public slots:
    void accept() override;

private:
    void fillGrids();

    WishService& m_service;
    const QList<Organisation>& m_organisations;
    MicroWish m_wish;
    qint64 m_savedId = 0;
    QComboBox* m_branch = nullptr;
    QComboBox* m_grid = nullptr;
    QLineEdit* m_resident = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_cost = nullptr;
    DateField* m_wishedOn = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace partydesk
