#include "FieldErrorsView.h"

#include "widgets/FieldErrorLabel.h"

#include <QVBoxLayout>

namespace partydesk {

QWidget* FieldErrorsView::wrap(const QString& field, QWidget* editor)
{
    auto* cell = new QWidget;
    auto* layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto* label = new FieldErrorLabel(cell);
    label->setObjectName(field + QStringLiteral("Error"));
    layout->addWidget(label);
    m_entries.insert(field, {editor, label});
    m_order << field;
    return cell;
}

QWidget* FieldErrorsView::show(const FieldErrors& errors)
{
    QWidget* first = nullptr;
    for (const QString& field : std::as_const(m_order)) {
        const Entry& entry = m_entries[field];
        const QString text = messageFor(errors, field);
        entry.label->showMessage(text);
        if (!text.isEmpty() && !first && entry.editor && entry.editor->isVisibleTo(entry.editor->window()))
            first = entry.editor;
    }
    return first;
}

QString FieldErrorsView::message(const QString& field) const
{
    const auto it = m_entries.constFind(field);
    return it == m_entries.cend() || it->label->isHidden() ? QString() : it->label->text();
}

} // namespace partydesk
