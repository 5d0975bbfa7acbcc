#pragma once

#include "dues/DuesRate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace partydesk {

class DuesService;

// The rate tables: the national one (from always) and those added, each from its month; a new
// table from this month or a later one. Brackets are typed as "up to yuan: percent" separated by
// semicolons, the last without a bound: "3000: 0.5; 5000: 1; 10000: 1.5; : 2".
class DuesRatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuesRatesDialog(DuesService& service, QDate month, QWidget* parent = nullptr);
    bool changed() const { return m_changed; }

    static QString bracketsText(const QList<DuesBracket>& brackets);
    // False when the text is not such a list.
    static bool parseBrackets(const QString& text, QList<DuesBracket>* brackets);

private:
    void reload();
    void add();

    DuesService& m_service;
    bool m_changed = false;
    QListWidget* m_tables = nullptr;
    QLineEdit* m_validFrom = nullptr;
    QLineEdit* m_inWork = nullptr;
    QLineEdit* m_retired = nullptr;
    QLineEdit* m_fixed = nullptr;
    QLineEdit* m_farmerLowest = nullptr;
    QLineEdit* m_farmerHighest = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace partydesk
