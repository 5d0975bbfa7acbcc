#pragma once

#include <QList>
#include <QRect>
#include <QScrollArea>

class QDialog;
class QLayout;

namespace partydesk {

// The body of a form: it asks for its content's whole size (heights of wrapped messages included),
// so that the dialog shows all of it, and scrolls only where the screen is smaller than the form.
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget* content, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

// Lays `dialog` out as a form: `body` in a FormScrollArea above `buttons`; the dialog keeps to its
// content's size (keepSizedToContent) and its tab order runs down each column (setTabOrderDownColumns).
void setFormLayout(QDialog* dialog, QLayout* body, QWidget* buttons);

// Sizes `window` to its content when it first shows (within the screen's free area, word-wrapped
// labels at the height their width needs, not the 2/3 of the screen QWidget::adjustSize allows), and
// from then on grows it whenever its content grows (a message appears under a field, a row shows):
// nothing is cut at the dialog's normal size. A size set by the caller before showing is kept.
void keepSizedToContent(QWidget* window);
// Sizes `window` to its content now; `growOnly` never makes it smaller. Keeps it on the screen.
void sizeToContent(QWidget* window, bool growOnly = false);

// The free area of the screen `window` is on. Screenshots and tests can pretend a screen of another
// size (the offscreen platform's screen is 800×600); an empty size goes back to the real screen.
QRect formScreenArea(const QWidget* window);
void setFormScreenSize(QSize size);
// The height a window manager's title bar is taken to have before the window is decorated.
int formTitleBarHeight(const QWidget* window);

// The fields of `window` in the order of its layouts: a form's rows top to bottom, boxes side by
// side left to right, each box whole before the next, so a form built in the paper form's columns
// reads down each column. Hidden fields are included (Tab skips them while hidden).
QList<QWidget*> fieldsDownColumns(const QWidget* window);
// Sets that order as the Tab order of `window`; returns it.
QList<QWidget*> setTabOrderDownColumns(QWidget* window);
// Sets `chain` as the Tab order, one after the other.
void setTabOrderChain(const QList<QWidget*>& chain);

} // namespace partydesk
