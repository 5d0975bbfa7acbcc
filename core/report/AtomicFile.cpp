#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace partydesk {

PendingFile::PendingFile(const QString& path) : m_path(path)
{
    QTemporaryFile reserve(path + QStringLiteral(".XXXXXX.partial"));
    reserve.setAutoRemove(false);
    if (reserve.open()) {
        m_temporary = reserve.fileName();
        reserve.close();
    }
}

PendingFile::~PendingFile()
{
    if (!m_committed && !m_temporary.isEmpty())
        QFile::remove(m_temporary);
}

QString PendingFile::commit()
{
    if (QFileInfo::exists(m_path) && !QFile::remove(m_path))
        return QCoreApplication::translate("PendingFile",
                                           "\"%1\" cannot be replaced: is it open in another program?")
            .arg(QDir::toNativeSeparators(m_path));
    if (!QFile::rename(m_temporary, m_path))
        return QCoreApplication::translate("PendingFile", "\"%1\" cannot be written.")
            .arg(QDir::toNativeSeparators(m_path));
    m_committed = true;
    // The temporary file was private to us; the finished one reads like any file the user saves.
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                      QFileDevice::ReadOther);
    return {};
}

} // namespace partydesk
