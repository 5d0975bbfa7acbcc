#pragma once

#include <QLabel>

namespace partydesk {

// The message shown beside a field that holds a mistake; hidden while there is none.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* parent = nullptr);
    void showMessage(const QString& message);
};

} // namespace partydesk
