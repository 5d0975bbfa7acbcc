#include "FieldErrorLabel.h"

namespace partydesk {

FieldErrorLabel::FieldErrorLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldErrorLabel::showMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace partydesk
