#include "CsvTableReader.h"

#include "TableMessages.h"
#include "TextDecoding.h"

#include <array>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace partydesk::tabular {

namespace {

constexpr int sampleLines = 20;

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

} // namespace

std::unique_ptr<TableReader> CsvTableReader::open(const QString& path, const TableLimits& limits,
                                                  QString* error)
{
    std::unique_ptr<CsvTableReader> reader(new CsvTableReader);
    reader->m_path = path;
    reader->m_file = QFileInfo(path).fileName();
    reader->m_sheet = QFileInfo(path).completeBaseName();
    reader->m_limits = limits;
    if (reader->m_sheet.isEmpty())
        reader->m_sheet = reader->m_file;
    Q_UNUSED(error)
    return reader;
}

QChar CsvTableReader::detectSeparator(QStringView text)
{
    const std::array<QChar, 3> candidates = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    // Per sampled line, how often each candidate occurs outside quotes.
    std::vector<std::array<int, 3>> lines(1, {0, 0, 0});
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines.size() <= sampleLines; ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && isLineEnd(c)) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            lines.push_back({0, 0, 0});
        } else if (!quoted)
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++lines.back()[k];
    }
    if (lines.size() > 1 && lines.back() == std::array<int, 3>{0, 0, 0})
        lines.pop_back();
    // The candidate that splits the most lines into the same number of fields as the first line.
    int best = 0, bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        const int first = lines.front()[size_t(k)];
        if (first == 0)
            continue;
        int score = 0;
        for (const auto& line : lines)
            score += line[size_t(k)] == first ? 2 : line[size_t(k)] > 0 ? 1 : 0;
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    return candidates[size_t(best)];
}

TableReader::Status CsvTableReader::readSheet(int index, const RowSink& sink, QString* error)
{
    m_progress = 0;
    if (index != 0) {
        *error = fileProblem(
            m_file, QCoreApplication::translate("TableReader", "there is no sheet %1.").arg(index + 1));
        return Status::Failed;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            fileProblem(m_file, QCoreApplication::translate("TableReader", "the file cannot be opened (%1).")
                                    .arg(file.errorString()));
        return Status::Failed;
    }
    if (file.size() > m_limits.maxFileBytes) {
        *error = fileProblem(m_file, QCoreApplication::translate(
                                         "TableReader", "the file is larger than %1 MB, more than this "
                                                        "program reads.")
                                         .arg(m_limits.maxFileBytes / 1048576));
        return Status::Failed;
    }
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError || bytes.size() != file.size()) {
        *error =
            fileProblem(m_file, QCoreApplication::translate("TableReader", "the file cannot be read (%1).")
                                    .arg(file.errorString()));
        return Status::Failed;
    }
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok) {
        *error = lineProblem(m_file, decoded.line, decoded.reason);
        return Status::Failed;
    }
    const QString& text = decoded.text;
    qsizetype i = 0;
    QChar separator = detectSeparator(text);
    qint64 line = 1; // the physical line at `i`
    const auto skipLineEnd = [&] {
        if (text[i] == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
            ++i;
        ++i;
        ++line;
    };
    // Excel's hint on the first line: "sep=;".
    if (text.startsWith(QLatin1String("sep=")) && text.size() >= 5 &&
        QStringView(u",;\t|").contains(text[4]) && (text.size() == 5 || isLineEnd(text[5]))) {
        separator = text[4];
        i = 5;
        if (i < text.size())
            skipLineEnd();
    }

    const auto fail = [&](qint64 at, const QString& reason) {
        *error = lineProblem(m_file, at, reason);
        return Status::Failed;
    };
    TableRow row;
    QString field;
    qint64 cells = 0;

    while (i < text.size()) {
        const qint64 recordLine = line;
        row.cells.clear();
        int column = 0;
        bool recordEnded = false;
        while (!recordEnded) {
            field.clear();
            bool quotedField = false;
            if (i < text.size() && text[i] == QLatin1Char('"')) {
                quotedField = true;
                ++i;
                for (;;) {
                    if (i >= text.size())
                        return fail(recordLine, QCoreApplication::translate(
                                                    "TableReader", "a quoted field that starts on this "
                                                                   "line is never closed (a \" is "
                                                                   "missing)."));
                    const QChar c = text[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                            field += c;
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (isLineEnd(c)) {
                        skipLineEnd();
                        field += QLatin1Char('\n');
                    } else {
                        field += c;
                        ++i;
                    }
                    if (field.size() > m_limits.maxCellChars)
                        break;
                }
            }
            // Unquoted text, or what follows a closing quote up to the separator (kept as typed).
            while (i < text.size() && text[i] != separator && !isLineEnd(text[i]) &&
                   field.size() <= m_limits.maxCellChars) {
                field += text[i];
                ++i;
            }
            if (field.size() > m_limits.maxCellChars)
                return fail(
                    line, QCoreApplication::translate("TableReader", "a field is longer than %1 characters.")
                              .arg(m_limits.maxCellChars));
            if (!field.isEmpty() || quotedField) {
                if (column >= m_limits.maxColumns)
                    return fail(recordLine, QCoreApplication::translate(
                                                "TableReader", "the line has more than %1 fields, more "
                                                               "than this program reads.")
                                                .arg(m_limits.maxColumns));
                if (!field.isEmpty()) {
                    if (++cells > m_limits.maxCells)
                        return fail(recordLine, QCoreApplication::translate(
                                                    "TableReader", "the file has more than %1 cells, "
                                                                   "more than this program reads.")
                                                    .arg(m_limits.maxCells));
                    row.cells.resize(size_t(column) + 1);
                    row.cells[size_t(column)] = {TableCell::Type::Text, field, 0};
                }
            }
            if (i < text.size() && text[i] == separator) {
                ++i;
                if (++column >= m_limits.maxColumns)
                    return fail(recordLine, QCoreApplication::translate(
                                                "TableReader", "the line has more than %1 fields, more "
                                                               "than this program reads.")
                                                .arg(m_limits.maxColumns));
                continue;
            }
            if (i < text.size())
                skipLineEnd();
            recordEnded = true;
        }
        if (recordLine > m_limits.maxRows)
            return fail(recordLine,
                        QCoreApplication::translate("TableReader", "the file has more than %1 lines, "
                                                                   "more than this program reads.")
                            .arg(m_limits.maxRows));
        m_progress = double(i) / double(text.size());
        if (row.cells.empty())
            continue;
        row.number = int(recordLine); // the line the record starts on
        if (!sink(row))
            return Status::Cancelled;
    }
    m_progress = 1;
    return Status::Ok;
}

} // namespace partydesk::tabular
