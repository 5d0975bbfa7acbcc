#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace partydesk {

// Resident ID number (身份证号), GB 11643-1999.
struct IdNumberCheck
{
    bool ok = false;
    QString normalised; // upper-case X, surrounding spaces removed
    QDate birthDate;
    Sex sex = Sex::Male;
    QString error; // translated, says what is wrong
};

namespace IdNumber {

IdNumberCheck check(const QString& input);
// The check character for the first 17 digits ("10X98765432"[S mod 11]).
QChar checkCharacter(QStringView first17);
// Keeps the first 4 and last 4 characters: 4305**********123X.
QString masked(const QString& idNumber);
// Keeps the first 3 and last 4 digits of a phone number: 138****5678, 073****5678; a shorter
// number keeps only its last 2. Separators are kept where they were.
QString maskedPhone(const QString& phone);

} // namespace IdNumber

// Mobile (11 digits starting with 1) or landline (area code, optional hyphen, 7-8 digits).
bool isValidPhone(const QString& phone);

} // namespace partydesk
