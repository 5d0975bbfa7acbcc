#include "FieldErrorLabel.h"

#include "forms/FormFit.h"

#include <QDialog>

namespace partydesk {

FieldErrorLabel::FieldErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldErrorLabel::setMessage(const QString& message)
{
    if (message != text())
        setText(message);
    setVisible(!message.isEmpty());
    fitHeight();
}

void FieldErrorLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fitHeight();
}

void FieldErrorLabel::fitHeight()
{
    // Before the layout gave the label a width, it will get its field's; before either, its size
    // hint speaks for it.
    const int width = testAttribute(Qt::WA_Resized) ? this->width() : m_field ? m_field->width() : 0;
    const int height = width > 0 && !text().isEmpty() ? heightForWidth(width) : 0;
    if (height != minimumHeight())
        setMinimumHeight(std::max(height, 0));
}

void FieldErrorLabel::showMessage(const QString& message)
{
    const bool changed = message != text() || isHidden() != message.isEmpty();
    setMessage(message);
    // A dialog grows to show the message; a main window keeps the size the user gave it.
    if (changed && window()->isVisible() && qobject_cast<QDialog*>(window()))
        sizeToContent(window(), true);
}

QSize FieldErrorLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    if (m_field) {
        // As wide as the field (never narrower than the longest word).
        const int width = std::max(m_field->sizeHint().width(), minimumSizeHint().width());
        if (hint.width() > width)
            hint = QSize(width, heightForWidth(width));
    }
    // As high as the wrapped text at the width the layout gave.
    if (testAttribute(Qt::WA_Resized) && width() > 0)
        hint.setHeight(heightForWidth(width()));
    return hint;
}

} // namespace partydesk
