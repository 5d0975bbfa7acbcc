#pragma once

#include <QByteArray>
#include <QString>

namespace partydesk::tabular {

// A text file's bytes as text. The encoding is the BOM's (UTF-8, UTF-16LE/BE), else UTF-8 when the
// bytes are valid UTF-8, else GB18030 (what Chinese Windows writes) when they are valid GB18030,
// else uchardet's guess. Bytes invalid in the chosen encoding fail: `line` is the 1-based line of
// the first one and `reason` says what is wrong.
struct DecodedText
{
    QString text;
    QByteArray encoding; // "UTF-8", "UTF-16LE", "GB18030", …
    bool ok = false;
    qint64 line = 0;
    QString reason;
};
DecodedText decodeText(const QByteArray& bytes);

// The offset of the first byte that is not valid UTF-8 (a truncated last character included), or
// -1 when all are.
qsizetype invalidUtf8At(const QByteArray& bytes, qsizetype from = 0);
// The same for GB18030's one-, two- and four-byte structure.
qsizetype invalidGb18030At(const QByteArray& bytes, qsizetype from = 0);

} // namespace partydesk::tabular
