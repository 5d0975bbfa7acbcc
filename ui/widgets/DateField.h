#pragma once

#include <QDate>
#include <QLineEdit>

namespace partydesk {

// A date typed from the keyboard, which may be left empty. Accepts 2020-05-01, 2020.5.1, 2020/5/1,
// 20200501 and 2020年5月1日, and shows it back as 2020-05-01.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    QDate date() const;
    void setDate(QDate date);
    // True when the text is empty or a date; false for text that is not a date.
    bool isAcceptable() const;

    static QDate parse(const QString& text);

private:
    void normalise();
};

} // namespace partydesk
