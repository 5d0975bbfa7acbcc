#include "TableMessages.h"

#include <QCoreApplication>

namespace partydesk::tabular {

QString fileProblem(const QString& file, const QString& reason)
{
    return QCoreApplication::translate("TableReader", "\"%1\": %2").arg(file, reason);
}

QString sheetProblem(const QString& file, const QString& sheet, const QString& reason)
{
    return QCoreApplication::translate("TableReader", "\"%1\", sheet \"%2\": %3").arg(file, sheet, reason);
}

QString cellProblem(const QString& file, const QString& sheet, const QString& cell, const QString& reason)
{
    return QCoreApplication::translate("TableReader", "\"%1\", sheet \"%2\", cell %3: %4")
        .arg(file, sheet, cell, reason);
}

QString rowProblem(const QString& file, const QString& sheet, qint64 row, const QString& reason)
{
    return QCoreApplication::translate("TableReader", "\"%1\", sheet \"%2\", row %3: %4")
        .arg(file, sheet, QString::number(row), reason);
}

QString lineProblem(const QString& file, qint64 line, const QString& reason)
{
    return QCoreApplication::translate("TableReader", "\"%1\", line %2: %3")
        .arg(file, QString::number(line), reason);
}

QString quoted(QStringView text)
{
    constexpr int most = 40;
    QString shown = text.size() > most ? text.left(most).toString() + QChar(0x2026) : text.toString();
    for (QChar& c : shown)
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    return shown;
}

QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QLatin1Char(char('A' + (c - 1) % 26)));
    return letters + QString::number(row + 1);
}

} // namespace partydesk::tabular
