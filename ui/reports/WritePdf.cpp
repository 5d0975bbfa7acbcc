#include "PdfFile.h"
#include "report/AtomicFile.h"
#include "report/FileVerification.h"
#include "ReportRenderer.h"
#include "storage/StorageErrors.h"

#include <cerrno>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPdfWriter>

namespace partydesk {

namespace {

// QFile that remembers why its first write failed: QPdfWriter does not report write errors, and
// errno is gone by the time the painter ends.
class CheckedFile : public QFile
{
public:
    using QFile::QFile;
    int failure() const { return m_errno; }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        errno = 0;
        const qint64 written = QFile::writeData(data, length);
        if ((written < length || error() != QFileDevice::NoError) && m_errno == 0)
            m_errno = errno != 0 ? errno : EIO;
        return written;
    }

private:
    int m_errno = 0;
};

} // namespace

QString writePdfFile(const QString& path, FileAccess access, int resolution,
                     const std::function<QString(QPdfWriter& writer)>& draw)
{
    PendingFile pending(path, access);
    if (!pending.isValid())
        return pending.creationError();
    CheckedFile file(pending.temporaryPath());
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QCoreApplication::translate("ReportRenderer", "\"%1\" was not saved. %2")
            .arg(QDir::toNativeSeparators(path), fileErrorCause(errno != 0 ? errno : EACCES));
    QString refusal;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        refusal = draw(writer);
    }
    if (!refusal.isEmpty())
        return refusal;
    errno = 0;
    const bool flushed = file.flush();
    const int failure = file.failure() != 0 ? file.failure() : (flushed ? 0 : (errno != 0 ? errno : EIO));
    file.close();
    if (failure != 0 || file.error() != QFileDevice::NoError)
        return QCoreApplication::translate("ReportRenderer", "\"%1\" was not saved. %2")
            .arg(QDir::toNativeSeparators(path), fileErrorCause(failure != 0 ? failure : EIO));
    return pending.commit([&path](const QString& written) { return verifyPdf(written, path); });
}

QString writePdf(const QList<TableReport>& reports, const QString& path, const QString& creator,
                 const ExportProgress& progress)
{
    const QString error = writePdfFile(
        path, containFullIdNumbers(reports) ? FileAccess::OwnerOnly : FileAccess::Usual, 300,
        [&](QPdfWriter& writer) {
            writer.setCreator(creator);
            writer.setTitle(reports.isEmpty() ? QString() : reports.first().title);
            return ReportRenderer(reports).render(&writer, progress)
                       ? QString()
                       : QCoreApplication::translate("ReportRenderer", "Cancelled; no file was written.");
        });
    if (error.isEmpty() && progress)
        progress(1, 1);
    return error;
}

} // namespace partydesk
