#include "FieldErrorsView.h"

#include "FormFit.h"
#include "widgets/FieldErrorLabel.h"

#include <QApplication>
#include <QVBoxLayout>

namespace partydesk {

namespace {

// `widget` is `ancestor` or lies inside it, popups included (a combo box's list is a window of its own).
bool within(const QWidget* widget, const QWidget* ancestor)
{
    for (const QObject* o = widget; o; o = o->parent())
        if (o == ancestor)
            return true;
    return false;
}

} // namespace

QWidget* FieldErrorsView::wrap(const QString& field, QWidget* editor)
{
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* label = new FieldErrorLabel(cell);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setField(editor);
    layout->addWidget(label);
    m_entries.insert(field, {editor, label});
    m_order << field;
    return cell;
}

void FieldErrorsView::checkOnLeave(Check check)
{
    m_check = std::move(check);
    QObject::connect(qApp, &QApplication::focusChanged, &m_context,
                     [this](QWidget* old, QWidget* now) { focusChanged(old, now); });
}

void FieldErrorsView::focusChanged(QWidget* old, QWidget* now)
{
    // Only a move to another widget of the same window leaves a field: not a window losing focus,
    // a message box or a combo box's list opening.
    if (!old || !now || m_order.isEmpty() || !m_check)
        return;
    const QWidget* form = nullptr;
    for (const Entry& entry : std::as_const(m_entries))
        if (entry.editor) {
            form = entry.editor->window();
            break;
        }
    if (!form || old->window() != form || now->window() != form)
        return;
    const QString field = fieldOf(old);
    if (!field.isEmpty()) {
        if (fieldOf(now) == field)
            return;
        m_left.insert(field);
    }
    display(m_check(), m_saveTried);
}

QString FieldErrorsView::fieldOf(const QWidget* widget) const
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->editor && within(widget, it->editor))
            return it.key();
    return {};
}

QWidget* FieldErrorsView::show(const FieldErrors& errors)
{
    m_saveTried = true;
    return display(errors, true);
}

QWidget* FieldErrorsView::display(const FieldErrors& errors, bool all)
{
    QWidget* first = nullptr;
    QWidget* window = nullptr;
    for (const QString& field : std::as_const(m_order)) {
        const Entry& entry = m_entries[field];
        const QString text = all || m_left.contains(field) ? messageFor(errors, field) : QString();
        entry.label->setMessage(text);
        window = entry.label->window();
        if (!text.isEmpty() && !first && entry.editor && entry.editor->isVisibleTo(entry.editor->window()))
            first = entry.editor;
    }
    if (window && window->isVisible())
        sizeToContent(window, true);
    return first;
}

QString FieldErrorsView::message(const QString& field) const
{
    const auto it = m_entries.constFind(field);
    return it == m_entries.cend() || it->label->isHidden() ? QString() : it->label->text();
}

} // namespace partydesk
