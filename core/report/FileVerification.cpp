#include "FileVerification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <zip.h>

#include <memory>

namespace partydesk {

QString unfinishedExportMessage(const QString& shownPath, const QString& detail)
{
    return QCoreApplication::translate("FileVerification",
                                       "\"%1\" was not saved: the finished file turned out incomplete (%2). "
                                       "The disk may be full or a size limit reached; free some space or "
                                       "choose another place and try again.")
        .arg(QDir::toNativeSeparators(shownPath), detail);
}

namespace {

// The name of the first element, after any <?xml …?> declaration and comments.
QByteArray rootElement(const QByteArray& head)
{
    int at = 0;
    while ((at = head.indexOf('<', at)) >= 0) {
        if (at + 1 < head.size() && head[at + 1] != '?' && head[at + 1] != '!') {
            int end = at + 1;
            while (end < head.size() && !QByteArrayView(" \t\r\n/>").contains(head[end]))
                ++end;
            return end < head.size() ? head.mid(at + 1, end - at - 1) : QByteArray();
        }
        ++at;
    }
    return {};
}

bool closesRoot(const QByteArray& head, const QByteArray& tail)
{
    const QByteArray root = rootElement(head);
    if (root.isEmpty())
        return false;
    const QByteArray end = tail.trimmed();
    return end.endsWith("</" + root + '>') || (end.endsWith("/>") && !head.contains("</"));
}

} // namespace

QString pdfProblem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString(file.errorString());
    if (file.size() < 64 || file.read(5) != "%PDF-")
        return QString(QCoreApplication::translate("FileVerification", "no PDF header"));
    file.seek(qMax<qint64>(0, file.size() - 1024));
    const QByteArray tail = file.readAll();
    if (!tail.contains("startxref") || !tail.trimmed().endsWith("%%EOF"))
        return QString(QCoreApplication::translate("FileVerification", "the PDF's end is missing"));
    return {};
}

QString xlsxProblem(const QString& path)
{
    int error = 0;
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error), &zip_discard);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString detail = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return QString(detail);
    }
    const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
    if (entries <= 0)
        return QString(QCoreApplication::translate("FileVerification", "an empty archive"));
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (zip_int64_t i = 0; i < entries; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive.get(), i, 0));
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> part(zip_fopen_index(archive.get(), i, 0), &zip_fclose);
        if (!part)
            return QString(name);
        const bool xml = name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"));
        QByteArray head;
        QByteArray tail;
        zip_int64_t read = 0;
        // Reading to the end makes libzip compare the part's CRC.
        while ((read = zip_fread(part.get(), buffer.data(), zip_uint64_t(buffer.size()))) > 0) {
            if (!xml)
                continue;
            if (head.size() < 512)
                head.append(buffer.constData(), int(qMin<zip_int64_t>(read, 512 - head.size())));
            const int last = int(qMin<zip_int64_t>(read, 64));
            tail = tail.right(64) + QByteArray(buffer.constData() + read - last, last);
        }
        if (read < 0)
            return QString(QStringLiteral("%1: %2").arg(name, QString::fromUtf8(zip_file_strerror(part.get()))));
        if (xml && !closesRoot(head, tail))
            return QString(name);
    }
    return {};
}

QString verifyPdf(const QString& path, const QString& shownPath)
{
    const QString problem = pdfProblem(path);
    return problem.isEmpty() ? QString() : unfinishedExportMessage(shownPath, problem);
}

QString verifyXlsx(const QString& path, const QString& shownPath)
{
    const QString problem = xlsxProblem(path);
    return problem.isEmpty() ? QString() : unfinishedExportMessage(shownPath, problem);
}

} // namespace partydesk
