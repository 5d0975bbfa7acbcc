#include "GuiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace partydesk::test {

void onModalDialog(std::function<void(QWidget*)> step, const char* className)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, step, className] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog && (!className || dialog->inherits(className))) {
            timer->stop();
            timer->deleteLater();
            step(dialog);
        }
    });
    timer->start();
}

void answerSaveDialog(const QString& path)
{
    onModalDialog(
        [path](QWidget* fileDialog) {
            auto* name = fileDialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        },
        "QFileDialog");
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

void typeInto(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, objectName);
    edit->clear();
    typeText(edit, text);
    emit edit->editingFinished();
}

void choose(QWidget* dialog, const char* objectName, const QString& text)
{
    auto* combo = child<QComboBox>(dialog, objectName);
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace partydesk::test
