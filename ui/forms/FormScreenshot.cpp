#include "FormScreenshot.h"

#include "FormFit.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>

namespace partydesk {

QString saveFormScreenshot(QDialog& form, const QString& outFile, QSize screen,
                           const QList<QPair<QString, QString>>& mistakes)
{
    if (!screen.isValid())
        screen = QSize(1366, 768);
    const int taskBar = 40;
    // The offscreen platform draws no title bar: the picture adds one, so the form gets the rest.
    const int titleBar = formTitleBarHeight(&form);
    setFormScreenSize(screen - QSize(0, taskBar + titleBar));
    form.show();
    QApplication::setActiveWindow(&form);
    QCoreApplication::processEvents();
    for (const auto& [name, text] : mistakes) {
        auto* edit = form.findChild<QLineEdit*>(name);
        if (!edit)
            continue;
        edit->setFocus(Qt::TabFocusReason);
        edit->setText(text);
        QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QCoreApplication::sendEvent(edit, &tab);
        QCoreApplication::processEvents();
    }
    // Messages that changed their height move the rows below them, one layout at a time.
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    const QPixmap dialog = form.grab();
    setFormScreenSize(QSize());

    // The desktop, the task bar, and the dialog under a plain title bar.
    QPixmap picture(screen);
    picture.fill(QColor(0x3b, 0x4a, 0x5a));
    QPainter painter(&picture);
    painter.fillRect(QRect(0, screen.height() - taskBar, screen.width(), taskBar), QColor(0x20, 0x28, 0x30));
    const int x = std::max(0, (screen.width() - dialog.width()) / 2);
    const int y = std::max(0, (screen.height() - taskBar - dialog.height() - titleBar) / 2);
    const QRect title(x, y, dialog.width(), titleBar);
    painter.fillRect(title, QColor(0xe8, 0xe8, 0xe8));
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(form.font());
    painter.drawText(title.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, form.windowTitle());
    painter.drawPixmap(x, y + titleBar, dialog);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawRect(QRect(x, y, dialog.width(), titleBar + dialog.height()).adjusted(0, 0, -1, -1));
    painter.end();
    if (!picture.save(outFile, "PNG"))
        return QCoreApplication::translate("Screenshot", "Cannot write \"%1\".").arg(outFile);
    return {};
}

} // namespace partydesk
