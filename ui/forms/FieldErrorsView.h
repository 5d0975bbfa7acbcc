#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace partydesk {

class FieldErrorLabel;

// Pairs each form field with the label that explains its mistake, and shows a set of errors.
class FieldErrorsView
{
public:
    // Returns a cell holding `editor` above its error label, to place in a form layout.
    QWidget* wrap(const QString& field, QWidget* editor);
    // Shows `errors` beside their fields, clears the others, and returns the first field's editor.
    QWidget* show(const FieldErrors& errors);
    QString message(const QString& field) const;

private:
    struct Entry
    {
        QPointer<QWidget> editor;
        FieldErrorLabel* label = nullptr;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace partydesk
