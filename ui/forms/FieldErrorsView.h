#pragma once

#include "domain/Validation.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QWidget>

namespace partydesk {

class FieldErrorLabel;

// Pairs each form field with the label under it that explains its mistake, and shows a set of
// errors. With a check (checkOnLeave), each time the user leaves a field the record as typed is
// checked by the core's rules, and the messages of the fields left so far show at once, before
// any save; once a save was tried, every field's message shows.
class FieldErrorsView
{
public:
    using Check = std::function<FieldErrors()>;

    // Returns a cell holding `editor` above its error label, to place in a form layout.
    QWidget* wrap(const QString& field, QWidget* editor);
    // `check` returns every field's problem in the record as the form holds it now, without
    // writing: the same rules the save applies (the core service's check).
    void checkOnLeave(Check check);
    // A save was tried: shows `errors` beside their fields, clears the others, and returns the
    // first field's editor. Later checks on leaving a field show every field's message.
    QWidget* show(const FieldErrors& errors);
    QString message(const QString& field) const;

private:
    struct Entry
    {
        QPointer<QWidget> editor;
        FieldErrorLabel* label = nullptr;
    };
    void focusChanged(QWidget* old, QWidget* now);
    QString fieldOf(const QWidget* widget) const;
    QWidget* display(const FieldErrors& errors, bool all);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    Check m_check;
    QSet<QString> m_left;
    bool m_saveTried = false;
    QObject m_context; // ends the focus connection with the view
};

} // namespace partydesk
