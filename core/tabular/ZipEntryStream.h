#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

struct zip;
struct zip_file;

namespace partydesk::tabular {

// A zip archive opened for reading (libzip). Entry names are as stored, "/"-separated.
class ZipArchive
{
public:
    ZipArchive() = default;
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ~ZipArchive();

    // On failure returns false and sets `reason` (a sentence, without the file's name).
    bool open(const QString& path, QString* reason);
    // The entry's index, looked up exactly and then ignoring case; nothing if missing.
    std::optional<quint64> find(const QString& name) const;
    zip* handle() const { return m_zip; }

private:
    zip* m_zip = nullptr;
};

// One entry read in chunks, every read checked: a CRC error, a short read or more bytes than the
// entry declares (or than `maxBytes`) fails instead of ending early.
class ZipEntryStream
{
public:
    ZipEntryStream() = default;
    ZipEntryStream(const ZipEntryStream&) = delete;
    ZipEntryStream& operator=(const ZipEntryStream&) = delete;
    ~ZipEntryStream();

    // Sets `reason` (a sentence naming the part) when the entry cannot be opened or is too large.
    bool open(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
              QString* reason);
    enum class Result
    {
        Data,
        End,
        Failed
    };
    // Up to `chunk` bytes into `data`; Failed sets `reason`.
    Result read(QByteArray* data, QString* reason, qint64 chunk = 64 * 1024);

    qint64 consumed() const { return m_consumed; }
    qint64 size() const { return m_size; }

private:
    zip_file* m_file = nullptr;
    QString m_part;
    qint64 m_size = 0;
    qint64 m_consumed = 0;
};

} // namespace partydesk::tabular
