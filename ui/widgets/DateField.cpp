#include "DateField.h"

#include <QRegularExpression>

namespace partydesk {

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY-MM-DD"));
    setMaxLength(16);
    connect(this, &QLineEdit::editingFinished, this, &DateField::normalise);
}

QDate DateField::parse(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?$"));
    for (const QRegularExpression* pattern : {&compact, &separated}) {
        const auto match = pattern->match(text);
        if (match.hasMatch())
            return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    }
    return {};
}

QDate DateField::date() const
{
    return parse(text());
}

void DateField::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

bool DateField::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateField::normalise()
{
    const QDate d = date();
    if (d.isValid())
        setText(d.toString(Qt::ISODate));
}

} // namespace partydesk
