#include "DuesRatesDialog.h"

#include "dues/DuesService.h"
#include "DuesFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// Basis points as a percentage: 150 → "1.5".
QString percentText(int basisPoints)
{
    QString text =
        QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

QString DuesRatesDialog::bracketsText(const QList<DuesBracket>& brackets)
{
    QStringList parts;
    for (const DuesBracket& b : brackets)
        parts << QStringLiteral("%1: %2").arg(b.upTo == 0 ? QString()
                                                          : yuanText(b.upTo).remove(QStringLiteral(".00")),
                                              percentText(b.basisPoints));
    return parts.join(QStringLiteral("; "));
}

bool DuesRatesDialog::parseBrackets(const QString& text, QList<DuesBracket>* brackets)
{
    brackets->clear();
    // A Chinese input method types the full-width colon and semicolon.
    QString typed = text;
    typed.replace(QChar(0xFF1A), QLatin1Char(':')).replace(QChar(0xFF1B), QLatin1Char(';'));
    for (const QString& part : typed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char(':'));
        if (pair.size() != 2)
            return false;
        DuesBracket b;
        if (!pair.at(0).trimmed().isEmpty() && !parseYuan(pair.at(0), &b.upTo))
            return false;
        Fen hundredths = 0; // the percentage with two decimals is the basis points
        if (!parseYuan(pair.at(1), &hundredths))
            return false;
        b.basisPoints = int(hundredths);
        brackets->append(b);
    }
    return !brackets->isEmpty();
}

DuesRatesDialog::DuesRatesDialog(DuesService& service, QDate month, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setObjectName(QStringLiteral("DuesRatesDialog"));
    setWindowTitle(tr("Dues rate tables"));
    m_tables = new QListWidget;
    m_tables->setObjectName(QStringLiteral("tables"));
    const DuesRateTable standard = DuesRateTable::standard();
    m_validFrom = new QLineEdit(monthText(firstOfMonth(month)));
    m_validFrom->setObjectName(QStringLiteral("validFrom"));
    m_inWork = new QLineEdit(bracketsText(standard.inWork));
    m_inWork->setObjectName(QStringLiteral("inWork"));
    m_retired = new QLineEdit(bracketsText(standard.retired));
    m_retired->setObjectName(QStringLiteral("retired"));
    m_fixed = new QLineEdit(yuanText(standard.fixedMinimum));
    m_farmerLowest = new QLineEdit(yuanText(standard.farmerLowest));
    m_farmerHighest = new QLineEdit(yuanText(standard.farmerHighest));
    m_note = new QLineEdit;
    m_error = DuesFields::errorLabel();
    auto* form = new QFormLayout;
    form->addRow(tr("From month (YYYY-MM)"), m_validFrom);
    form->addRow(tr("In work: up to yuan: percent; …"), m_inWork);
    form->addRow(tr("Retired: up to yuan: percent; …"), m_retired);
    form->addRow(tr("Fixed minimum (yuan a month)"), m_fixed);
    form->addRow(tr("Farmers from (yuan)"), m_farmerLowest);
    form->addRow(tr("Farmers to (yuan)"), m_farmerHighest);
    form->addRow(tr("Note"), m_note);
    auto* add = new QPushButton(tr("&Add the table"));
    add->setObjectName(QStringLiteral("addTable"));
    connect(add, &QPushButton::clicked, this, &DuesRatesDialog::add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("A table applies from its month until the next one; the months before it keep "
                      "their dues.")));
    layout->addWidget(m_tables);
    layout->addLayout(form);
    layout->addWidget(add);
    layout->addWidget(m_error);
    layout->addWidget(DuesFields::closeButton(this));
    reload();
}

void DuesRatesDialog::reload()
{
    m_tables->clear();
    QStringList notes;
    QList<DuesRateTable> tables{DuesRateTable::standard()};
    notes << tr("the national table");
    tables += m_service.repository().storedRateTables(&notes);
    for (int i = 0; i < tables.size(); ++i) {
        const DuesRateTable& t = tables.at(i);
        const QString from = t.validFrom.isValid() ? monthText(t.validFrom) : tr("always");
        new QListWidgetItem(tr("From %1 (%2): in work %3 | retired %4 | fixed %5 | farmers %6–%7 yuan")
                                .arg(from, notes.value(i), bracketsText(t.inWork), bracketsText(t.retired),
                                     yuanText(t.fixedMinimum), yuanText(t.farmerLowest),
                                     yuanText(t.farmerHighest)),
                            m_tables);
    }
}

void DuesRatesDialog::add()
{
    DuesRateTable table;
    table.validFrom = monthFromText(m_validFrom->text().trimmed());
    if (!table.validFrom.isValid()) {
        m_error->setText(tr("Enter the month as YYYY-MM, e.g. 2027-01."));
        return;
    }
    if (!parseBrackets(m_inWork->text(), &table.inWork) ||
        !parseBrackets(m_retired->text(), &table.retired)) {
        m_error->setText(tr("Write the brackets as \"up to yuan: percent\" separated by semicolons, the last "
                            "without a bound, e.g. 3000: 0.5; 5000: 1; : 2."));
        return;
    }
    if (!parseYuan(m_fixed->text(), &table.fixedMinimum) ||
        !parseYuan(m_farmerLowest->text(), &table.farmerLowest) ||
        !parseYuan(m_farmerHighest->text(), &table.farmerHighest)) {
        m_error->setText(tr("Enter the sums in yuan, e.g. 0.20."));
        return;
    }
    if (DuesFields::refused(m_error, m_service.addRateTable(table, m_note->text())))
        return;
    m_error->clear();
    m_changed = true;
    reload();
}

} // namespace partydesk
