#include "BiffCheck.h"

#include <QCoreApplication>
#include <QtEndian>
#include <vector>

namespace partydesk::tabular {

namespace {

constexpr quint32 endOfChain = 0xFFFFFFFE;

quint16 u16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

QString damaged()
{
    return QCoreApplication::translate("TableReader", "its compound-file structure is damaged.");
}

// The minimal OLE2 (Compound File Binary) reader freexl's input needs checking with.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray& file) : m_file(file) {}

    // The named stream's bytes; false with `reason` when the structure is damaged.
    bool stream(const QString& name, QByteArray* data, bool* found, QString* reason);

private:
    bool readFat(QString* reason);
    // Follows a chain from `start` in `fat` through sectors read by `sector`.
    template <typename Sector>
    bool chain(quint32 start, const std::vector<quint32>& fat, qint64 sizeLimit, Sector sector,
               QByteArray* out);
    bool sectorAt(quint32 index, QByteArrayView* bytes) const;

    const QByteArray& m_file;
    int m_sectorSize = 512;
    std::vector<quint32> m_fat;
};

bool CompoundFile::sectorAt(quint32 index, QByteArrayView* bytes) const
{
    const qint64 offset = (qint64(index) + 1) * m_sectorSize;
    if (offset + m_sectorSize > m_file.size())
        return false;
    *bytes = QByteArrayView(m_file).sliced(offset, m_sectorSize);
    return true;
}

template <typename Sector>
bool CompoundFile::chain(quint32 start, const std::vector<quint32>& fat, qint64 sizeLimit, Sector sector,
                         QByteArray* out)
{
    size_t steps = 0;
    for (quint32 s = start; s != endOfChain; s = fat[s]) {
        if (s >= fat.size() || ++steps > fat.size())
            return false; // out of range or a loop
        QByteArrayView bytes;
        if (!sector(s, &bytes))
            return false;
        out->append(bytes);
        if (out->size() > sizeLimit + m_sectorSize)
            return false;
    }
    return true;
}

bool CompoundFile::readFat(QString* reason)
{
    if (m_file.size() < 512) {
        *reason = damaged();
        return false;
    }
    const quint16 shift = u16(m_file, 0x1E);
    if (shift != 9 && shift != 12) {
        *reason = damaged();
        return false;
    }
    m_sectorSize = 1 << shift;
    const qint64 sectors = m_file.size() / m_sectorSize;
    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    std::vector<quint32> fatSectors;
    for (int i = 0; i < 109; ++i)
        fatSectors.push_back(u32(m_file, 0x4C + 4 * i));
    quint32 difat = u32(m_file, 0x44);
    for (qint64 steps = 0; difat < 0xFFFFFFFA; ++steps) {
        QByteArrayView bytes;
        if (steps > sectors || !sectorAt(difat, &bytes)) {
            *reason = damaged();
            return false;
        }
        const QByteArray block = bytes.toByteArray();
        for (int i = 0; i < m_sectorSize / 4 - 1; ++i)
            fatSectors.push_back(u32(block, 4 * i));
        difat = u32(block, m_sectorSize - 4);
    }
    for (quint32 s : fatSectors) {
        if (s >= 0xFFFFFFFA)
            continue; // free or special
        QByteArrayView bytes;
        if (!sectorAt(s, &bytes)) {
            *reason = damaged();
            return false;
        }
        const QByteArray block = bytes.toByteArray();
        for (int i = 0; i < m_sectorSize / 4; ++i)
            m_fat.push_back(u32(block, 4 * i));
        if (qint64(m_fat.size()) > sectors + m_sectorSize)
            break; // more FAT than the file has sectors
    }
    return true;
}

bool CompoundFile::stream(const QString& name, QByteArray* data, bool* found, QString* reason)
{
    *found = false;
    if (!readFat(reason))
        return false;
    const auto regular = [this](quint32 s, QByteArrayView* bytes) { return sectorAt(s, bytes); };
    QByteArray directory;
    if (!chain(u32(m_file, 0x30), m_fat, m_file.size(), regular, &directory)) {
        *reason = damaged();
        return false;
    }
    // freexl converts every entry's name with the length the entry gives: more than the 64 bytes
    // a name has makes it read past its buffer. It also allocates a stream's size as the entry
    // gives it (the root's is the mini stream's): no stream is larger than the file holding it.
    for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
        const int type = quint8(directory[at + 0x42]);
        const bool tooLarge = type != 0 && (u32(directory, at + 0x78) > quint64(m_file.size()) ||
                                            (m_sectorSize == 4096 && u32(directory, at + 0x7C) != 0));
        if (u16(directory, at + 0x40) > 64 || u16(directory, at + 0x40) % 2 || tooLarge) {
            *reason = damaged();
            return false;
        }
    }
    QByteArray rootStream;
    bool rootRead = false;
    for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
        const int type = quint8(directory[at + 0x42]);
        const int nameBytes = std::min<int>(u16(directory, at + 0x40), 64);
        const QString entry = QString::fromUtf16(
            reinterpret_cast<const char16_t*>(directory.constData() + at), std::max(0, nameBytes / 2 - 1));
        const quint32 start = u32(directory, at + 0x74);
        const qint64 size = u32(directory, at + 0x78);
        if (type == 5 && !rootRead) { // the root: its chain is the mini stream
            if (!chain(start, m_fat, m_file.size(), regular, &rootStream)) {
                *reason = damaged();
                return false;
            }
            rootRead = true;
        }
        if (type != 2 || entry.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        *found = true;
        if (size > m_file.size()) {
            *reason = damaged();
            return false;
        }
        const quint32 cutoff = u32(m_file, 0x38);
        bool ok = false;
        if (size >= cutoff) {
            ok = chain(start, m_fat, size, regular, data);
        } else {
            // Small streams live in 64-byte sectors of the root's mini stream, chained by the mini FAT.
            QByteArray miniFatBytes;
            std::vector<quint32> miniFat;
            ok = rootRead && chain(u32(m_file, 0x3C), m_fat, m_file.size(), regular, &miniFatBytes);
            for (qsizetype i = 0; ok && i + 4 <= miniFatBytes.size(); i += 4)
                miniFat.push_back(u32(miniFatBytes, i));
            const auto mini = [&rootStream](quint32 s, QByteArrayView* bytes) {
                if ((qint64(s) + 1) * 64 > rootStream.size())
                    return false;
                *bytes = QByteArrayView(rootStream).sliced(qint64(s) * 64, 64);
                return true;
            };
            const int saved = m_sectorSize;
            m_sectorSize = 64;
            ok = ok && chain(start, miniFat, size, mini, data);
            m_sectorSize = saved;
        }
        if (!ok || data->size() < size) {
            *reason = damaged();
            return false;
        }
        data->truncate(size);
        return true;
    }
    return true;
}

// A BIFF8 unicode string at `at` in `bytes` (count of `countBytes` bytes, flags, runs, phonetic
// block, characters) fits in `end`; `next` is where it ends.
bool stringFits(const QByteArray& bytes, qsizetype at, qsizetype end, int countBytes, qsizetype* next)
{
    if (at + countBytes + 1 > end)
        return false;
    const qint64 count = countBytes == 2 ? u16(bytes, at) : quint8(bytes[at]);
    const quint8 flags = quint8(bytes[at + countBytes]);
    qsizetype p = at + countBytes + 1;
    qint64 runs = 0, phonetic = 0;
    if (flags & 0x08) {
        if (p + 2 > end)
            return false;
        runs = u16(bytes, p);
        p += 2;
    }
    if (flags & 0x04) {
        if (p + 4 > end)
            return false;
        phonetic = u32(bytes, p);
        p += 4;
    }
    const qint64 total = qint64(p) + count * ((flags & 0x01) ? 2 : 1) + runs * 4 + phonetic;
    if (total > end)
        return false;
    *next = qsizetype(total);
    return true;
}

// Every string of a shared-string table fits in it. Characters may go on in the next CONTINUE
// record, which starts with a new flags byte (compressed or not); nothing else is split.
bool sstFits(const QByteArray& sst, const std::vector<qsizetype>& boundaries)
{
    const quint32 unique = u32(sst, 4);
    qsizetype p = 8;
    size_t nextBoundary = 0;
    const auto recordEnd = [&](qsizetype at) {
        while (nextBoundary < boundaries.size() && boundaries[nextBoundary] <= at)
            ++nextBoundary;
        return nextBoundary < boundaries.size() ? boundaries[nextBoundary] : sst.size();
    };
    for (quint32 i = 0; i < unique; ++i) {
        if (p + 3 > sst.size())
            return false;
        qint64 remaining = u16(sst, p);
        const quint8 flags = quint8(sst[p + 2]);
        p += 3;
        qint64 tail = 0;
        if (flags & 0x08) {
            if (p + 2 > sst.size())
                return false;
            tail += qint64(u16(sst, p)) * 4;
            p += 2;
        }
        if (flags & 0x04) {
            if (p + 4 > sst.size())
                return false;
            tail += u32(sst, p);
            p += 4;
        }
        int width = (flags & 0x01) ? 2 : 1;
        while (remaining > 0) {
            const qsizetype end = recordEnd(p);
            const qint64 take = std::min<qint64>(remaining, (end - p) / width);
            p += qsizetype(take * width);
            remaining -= take;
            if (remaining == 0)
                break;
            if (p != end || p >= sst.size())
                return false; // characters run past the table
            width = (quint8(sst[p]) & 0x01) ? 2 : 1;
            ++p;
        }
        if (qint64(p) + tail > sst.size())
            return false;
        p += qsizetype(tail);
    }
    return true;
}

} // namespace

QString checkBiffStrings(const QByteArray& file, qint64 maxCells, bool* hasWorkbook)
{
    *hasWorkbook = false;
    CompoundFile compound(file);
    QByteArray stream;
    bool found = false;
    QString reason;
    if (!compound.stream(QStringLiteral("Workbook"), &stream, &found, &reason))
        return reason;
    if (!found && !compound.stream(QStringLiteral("Book"), &stream, &found, &reason))
        return reason;
    if (!found)
        return {};
    *hasWorkbook = true;
    const QString bad = QCoreApplication::translate(
        "TableReader", "the record at byte %1 of its workbook stream is damaged.");
    int dimensions = 0;
    const bool biff8 = stream.size() >= 6 && u16(stream, 0) == 0x0809 && u16(stream, 4) == 0x0600;
    for (qsizetype at = 0; at + 4 <= stream.size();) {
        const quint16 type = u16(stream, at);
        const qsizetype length = u16(stream, at + 2);
        const qsizetype body = at + 4;
        const qsizetype end = body + length;
        if (end > stream.size())
            return bad.arg(at);
        if (type == 0x0809)
            dimensions = 0; // a new substream (the globals or a sheet)
        // freexl reads a BIFF8 DIMENSION as 14 bytes whatever its length, and allocates the sheet's
        // cells again for each one (fuzz_xls: a second, short one made it free a pointer it had not
        // allocated).
        if (type == 0x0200 && ((biff8 && length < 14) || ++dimensions > 1))
            return bad.arg(at);
        if (type == 0x0200 && length >= 10) { // DIMENSION: first and last+1 row and column
            const bool wide = length >= 14;   // BIFF8 counts rows in 32 bits
            const qint64 firstRow = wide ? u32(stream, body) : u16(stream, body);
            const qint64 endRow = wide ? u32(stream, body + 4) : u16(stream, body + 2);
            const qint64 firstColumn = u16(stream, body + (wide ? 8 : 4));
            const qint64 endColumn = u16(stream, body + (wide ? 10 : 6));
            if (firstRow > endRow || firstColumn > endColumn || endRow * endColumn > maxCells)
                return QCoreApplication::translate("TableReader",
                                                   "a sheet in it says it spans %1 rows and %2 columns, more "
                                                   "than this program reads; the file may be damaged.")
                    .arg(endRow)
                    .arg(endColumn);
        }
        qsizetype next = 0;
        if (biff8 && type == 0x0085 && length > 6 &&
            !stringFits(stream, body + 6, end, 1, &next)) // BOUNDSHEET
            return bad.arg(at);
        if (biff8 && (type == 0x0204 || type == 0x00D6) && // LABEL, RSTRING
            !stringFits(stream, body + 6, end, 2, &next))
            return bad.arg(at);
        if (biff8 && type == 0x041E && !stringFits(stream, body + 2, end, 2, &next)) // FORMAT
            return bad.arg(at);
        if (biff8 && type == 0x0207 && !stringFits(stream, body, end, 2, &next)) // STRING
            return bad.arg(at);
        if (biff8 && type == 0x00FC) { // SST, continued by CONTINUE records
            QByteArray sst = stream.mid(body, length);
            std::vector<qsizetype> boundaries; // where each CONTINUE's data starts in `sst`
            qsizetype after = end;
            while (after + 4 <= stream.size() && u16(stream, after) == 0x003C) {
                const qsizetype more = u16(stream, after + 2);
                if (after + 4 + more > stream.size())
                    return bad.arg(after);
                boundaries.push_back(sst.size());
                sst += stream.mid(after + 4, more);
                after += 4 + more;
            }
            if (sst.size() < 8 || !sstFits(sst, boundaries))
                return bad.arg(at);
            at = after;
            continue;
        }
        at = end;
    }
    return {};
}

} // namespace partydesk::tabular
