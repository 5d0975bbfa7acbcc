#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace partydesk {

class FieldErrorLabel;

// Step 1 of a roster import: which file; and, for a secretary who has no roster in a spreadsheet
// yet, the template to fill in.
class ImportFileStep : public QWidget
{
    Q_OBJECT

public:
    // `today` goes into the template's sample row.
    explicit ImportFileStep(QDate today, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    void showChecking();
    void showSheets(const QStringList& sheets);
    // Why the file cannot be read, as the reader says it (in the user's language).
    void showError(const QString& message);

signals:
    // Typed and left, or picked with Browse.
    void pathChosen(const QString& path);

private:
    void browse();
    void saveTemplate();

    QDate m_today;
    QLineEdit* m_path = nullptr;
    QLabel* m_status = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QLabel* m_templateStatus = nullptr;
    QString m_lastPath;
};

} // namespace partydesk
