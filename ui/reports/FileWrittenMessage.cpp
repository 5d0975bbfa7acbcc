#include "FileWrittenMessage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUrl>

namespace partydesk::FileWrittenMessage {

namespace {

FileOpener& replacedOpener()
{
    static FileOpener opener;
    return opener;
}

bool open(const QUrl& url)
{
    if (const FileOpener& opener = replacedOpener())
        return opener(url);
    return QDesktopServices::openUrl(url);
}

// A message that does not block, as the one it follows.
QMessageBox* openBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return box;
}

void sayNotOpened(QWidget* parent, const QString& text)
{
    QMessageBox* box = openBox(parent, QMessageBox::Warning,
                               QCoreApplication::translate("FileWrittenMessage", "Not opened"), text);
    box->setObjectName(QStringLiteral("notOpenedMessage"));
    box->addButton(QMessageBox::Close);
    box->open();
}

} // namespace

QMessageBox* show(QWidget* parent, const QString& title, const QString& text, const QString& path,
                  Offer offer)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    QMessageBox* box = openBox(parent, QMessageBox::Information, title, text);
    box->setObjectName(QStringLiteral("fileWrittenMessage"));
    box->setInformativeText(
        QCoreApplication::translate("FileWrittenMessage", "Saved as %1").arg(QDir::toNativeSeparators(file)));
    QPushButton* openFile = nullptr;
    if (offer == Offer::FileAndFolder) {
        openFile = box->addButton(QCoreApplication::translate("FileWrittenMessage", "Open the &file"),
                                  QMessageBox::ActionRole);
        openFile->setObjectName(QStringLiteral("openFileButton"));
    }
    QPushButton* openFolder = box->addButton(
        QCoreApplication::translate("FileWrittenMessage", "Open the &folder"), QMessageBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolderButton"));
    QPushButton* close = box->addButton(QMessageBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    box->setDefaultButton(close);
    box->setEscapeButton(close);

    // Any button closes the box; the opening follows, and a failure is said over the same window.
    const QPointer<QWidget> owner = parent;
    QObject::connect(box, &QMessageBox::buttonClicked, box, [=](QAbstractButton* clicked) {
        if (clicked == openFile && openFile && !open(QUrl::fromLocalFile(file)))
            sayNotOpened(owner, QCoreApplication::translate("FileWrittenMessage",
                                                            "No program on this computer opened %1. Open it "
                                                            "from its folder, or install a program for this "
                                                            "kind of file.")
                                    .arg(QDir::toNativeSeparators(file)));
        else if (clicked == openFolder && !open(QUrl::fromLocalFile(folder)))
            sayNotOpened(
                owner, QCoreApplication::translate("FileWrittenMessage", "The folder %1 could not be opened.")
                           .arg(QDir::toNativeSeparators(folder)));
    });
    box->open();
    return box;
}

void setOpener(FileOpener opener)
{
    replacedOpener() = std::move(opener);
}

} // namespace partydesk::FileWrittenMessage
