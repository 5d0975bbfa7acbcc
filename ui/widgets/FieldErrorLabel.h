#pragma once

#include <QLabel>
#include <QPointer>

namespace partydesk {

// The message shown under a field that holds a mistake; hidden while there is none. It wraps its
// words and asks for no more width than its field, taking the height the whole message needs, so
// that the dialog grows to show it instead of cutting it.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);
    // The field the message belongs to: the label asks for that field's width, not one line's.
    void setField(QWidget* field) { m_field = field; }
    void showMessage(const QString& message);
    // Shows or hides the message without resizing the window (FieldErrorsView resizes once for all).
    void setMessage(const QString& message);

    QSize sizeHint() const override;
    // The height follows the width through the size hint and the minimum height (fitHeight), not
    // through height-for-width: QFormLayout's height-for-width pass can use a field's width from an
    // earlier layout and give the row less than the wrapped text needs, but it honours a minimum.
    bool hasHeightForWidth() const override { return false; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Keeps the minimum height at the wrapped text's height for the width the label got.
    void fitHeight();

    QPointer<QWidget> m_field;
};

} // namespace partydesk
