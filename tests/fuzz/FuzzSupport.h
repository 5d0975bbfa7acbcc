#pragma once

// What the three fuzz targets share: the input written to a file of this process (the readers
// read files, as freexl only can), tight limits so each run is quick, and every sheet read.

#include "tabular/TableReader.h"

#include <cstdint>
#include <cstdio>
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace partydesk::fuzz {

// The input file of this process, removed when the fuzzer ends normally (libFuzzer exits at
// -max_total_time): /dev/shm is memory, and CI runs there again and again. After a crash it stays.
struct InputFile
{
    QString path;
    ~InputFile()
    {
        if (!path.isEmpty())
            std::remove(QFile::encodeName(path).constData());
    }
};

inline QString inputPath(const char* extension)
{
    static InputFile file;
    if (file.path.isEmpty()) {
        const QString folder =
            QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        file.path =
            QStringLiteral("%1/partydesk-fuzz-%2.%3").arg(folder).arg(getpid()).arg(QLatin1String(extension));
    }
    return file.path;
}

inline bool writeInput(const QString& path, const uint8_t* data, size_t size)
{
    FILE* file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!file)
        return false;
    const bool ok = std::fwrite(data, 1, size, file) == size;
    return std::fclose(file) == 0 && ok;
}

inline TableLimits tightLimits()
{
    TableLimits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxPartBytes = 4 * 1024 * 1024;
    limits.maxSheets = 16;
    limits.maxCells = 20000;
    limits.maxSharedStrings = 5000;
    limits.maxCellChars = 4000;
    return limits; // references keep Excel's own bounds, so those checks are what is fuzzed
}

// Reads every sheet to the end, touching each cell as an importer would.
inline void readEverySheet(TableReader& reader)
{
    QString error;
    const int sheets = int(reader.sheetNames().size());
    for (int i = 0; i < sheets; ++i)
        reader.readSheet(
            i,
            [](const TableRow& row) {
                for (const TableCell& cell : row.cells)
                    (void)cell.displayText();
                return true;
            },
            &error);
}

} // namespace partydesk::fuzz
