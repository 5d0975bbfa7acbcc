#pragma once

#include <catch2/catch.hpp>
#include <functional>
#include <QString>
#include <QWidget>

class QComboBox;

namespace partydesk::test {

// Runs `step` on the modal dialog once it is shown (exec() blocks the test otherwise); with a
// class name, only on a modal dialog of that class (for dialogs that open one after another).
void onModalDialog(std::function<void(QWidget*)> step, const char* className = nullptr);

// Types as a user does: ASCII from the keyboard, Chinese committed by the input method.
void typeText(QWidget* widget, const QString& text);
// Answers the next file dialog by typing `path` into its file name box and pressing Enter.
void answerSaveDialog(const QString& path);
// Clears a line edit, types into it and leaves it (normalised dates, details from the ID).
void typeInto(QWidget* dialog, const char* objectName, const QString& text);
void choose(QWidget* dialog, const char* objectName, const QString& text);

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

} // namespace partydesk::test
