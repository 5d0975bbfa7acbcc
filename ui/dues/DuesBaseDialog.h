#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace partydesk {

class DuesService;

// A member's dues bases: those recorded (each from a month), and a new one from a month (basis,
// after-tax monthly income or pension, or the farmer's sum). Income is sensitive: shown here only.
class DuesBaseDialog : public QDialog
{
    Q_OBJECT

public:
    DuesBaseDialog(DuesService& service, qint64 memberId, const QString& name, QDate month,
                   QWidget* parent = nullptr);
    // Whether a base was saved or removed.
    bool changed() const { return m_changed; }

private:
    void reload();
    void save();
    void removeSelected();
    void basisChanged();

    DuesService& m_service;
    qint64 m_memberId = 0;
    bool m_changed = false;
    QListWidget* m_bases = nullptr;
    QLineEdit* m_month = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_income = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace partydesk
