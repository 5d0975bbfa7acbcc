#include "ZipEntryStream.h"

#include <QCoreApplication>
#include <QFile>
#include <zip.h>

namespace partydesk::tabular {

namespace {

QString libzipText(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QString& path, QString* reason)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (m_zip)
        return true;
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    *reason = QCoreApplication::translate("TableReader", "the zip archive is damaged (%1).")
                  .arg(libzipText(&error));
    zip_error_fini(&error);
    return false;
}

std::optional<quint64> ZipArchive::find(const QString& name) const
{
    const QByteArray bytes = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, bytes.constData(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        index = zip_name_locate(m_zip, bytes.constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    if (index < 0)
        return std::nullopt;
    return quint64(index);
}

ZipEntryStream::~ZipEntryStream()
{
    if (m_file)
        zip_fclose(m_file);
}

bool ZipEntryStream::open(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                          QString* reason)
{
    m_part = part;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.handle(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *reason =
            QCoreApplication::translate("TableReader", "the part %1 of the zip archive cannot be read (%2).")
                .arg(part, libzipText(zip_get_error(archive.handle())));
        return false;
    }
    if (stat.size > quint64(maxBytes)) {
        *reason = QCoreApplication::translate("TableReader",
                                              "the part %1 unpacks to %2 MB, more than the %3 MB this "
                                              "program reads; the file may be damaged.")
                      .arg(part)
                      .arg(double(stat.size) / 1048576.0, 0, 'f', 1)
                      .arg(double(maxBytes) / 1048576.0, 0, 'f', 1);
        return false;
    }
    m_size = qint64(stat.size);
    m_file = zip_fopen_index(archive.handle(), index, 0);
    if (!m_file) {
        *reason =
            QCoreApplication::translate("TableReader", "the part %1 of the zip archive cannot be read (%2).")
                .arg(part, libzipText(zip_get_error(archive.handle())));
        return false;
    }
    return true;
}

ZipEntryStream::Result ZipEntryStream::read(QByteArray* data, QString* reason, qint64 chunk)
{
    // One byte beyond the declared size is asked for, so an entry longer than it says is caught.
    const qint64 want = std::min(chunk, m_size - m_consumed + 1);
    data->resize(qsizetype(want));
    const zip_int64_t got = zip_fread(m_file, data->data(), zip_uint64_t(want));
    if (got < 0) {
        *reason = QCoreApplication::translate("TableReader",
                                              "the part %1 is damaged (%2): the file was not copied or "
                                              "saved completely.")
                      .arg(m_part, libzipText(zip_file_get_error(m_file)));
        return Result::Failed;
    }
    data->resize(qsizetype(got));
    m_consumed += got;
    if (m_consumed > m_size) {
        *reason = QCoreApplication::translate("TableReader", "the part %1 is longer than the archive says; "
                                                             "the file is damaged.")
                      .arg(m_part);
        return Result::Failed;
    }
    if (got == 0) {
        if (m_consumed < m_size) {
            *reason =
                QCoreApplication::translate("TableReader", "the part %1 ends early; the file is damaged.")
                    .arg(m_part);
            return Result::Failed;
        }
        return Result::End;
    }
    return Result::Data;
}

} // namespace partydesk::tabular
