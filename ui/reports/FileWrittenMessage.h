#pragma once

#include <functional>
#include <QString>

class QMessageBox;
class QUrl;
class QWidget;

namespace partydesk {

// Opens a local file or folder with the desktop's program for it; false when nothing could.
using FileOpener = std::function<bool(const QUrl&)>;

// The one message shown after a file is written for the user (exports, templates, problem lists,
// encrypted backups): where it went, with 打开文件 and 打开所在文件夹 beside 关闭. Opening that
// fails is said in a message of its own.
namespace FileWrittenMessage {

enum class Offer
{
    FileAndFolder,
    FolderOnly // files no desktop program opens (an encrypted backup)
};

// Shows the message window-modal over `parent` and returns at once; the box deletes itself when
// closed. `text` is the first line ("Exported the roster"); the path follows it.
QMessageBox* show(QWidget* parent, const QString& title, const QString& text, const QString& path,
                  Offer offer = Offer::FileAndFolder);

// What the buttons open with: QDesktopServices::openUrl unless replaced (tests record instead of
// starting a file manager). An empty opener restores the desktop's.
void setOpener(FileOpener opener);

} // namespace FileWrittenMessage

} // namespace partydesk
