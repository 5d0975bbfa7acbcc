#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <uchardet.h>

namespace partydesk::tabular {

namespace {

qint64 lineAt(const QByteArray& bytes, qsizetype offset, qsizetype from)
{
    return 1 + QByteArrayView(bytes).sliced(from, offset - from).count('\n');
}

DecodedText failedAt(const QByteArray& bytes, qsizetype offset, qsizetype from, const QByteArray& encoding)
{
    DecodedText result;
    result.encoding = encoding;
    result.line = lineAt(bytes, offset, from);
    result.reason = QCoreApplication::translate(
                        "TableReader", "the text is not valid %1 here (byte %2 of the file); save the "
                                       "file again as UTF-8 or as an Excel workbook.")
                        .arg(QString::fromLatin1(encoding))
                        .arg(offset + 1);
    return result;
}

// Whole-buffer decoding; `Stateless` so a character cut off at the end counts as an error.
bool decodeWith(const QByteArray& encoding, QByteArrayView bytes, QString* text)
{
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

DecodedText decodeUtf16(const QByteArray& bytes, bool littleEndian)
{
    const QByteArray encoding = littleEndian ? "UTF-16LE" : "UTF-16BE";
    const QByteArrayView body = QByteArrayView(bytes).sliced(2);
    DecodedText result;
    result.encoding = encoding;
    qint64 line = 1;
    for (qsizetype i = 0; i + 1 < body.size(); i += 2) {
        const auto unit = char16_t(littleEndian ? quint8(body[i]) | quint8(body[i + 1]) << 8
                                                : quint8(body[i]) << 8 | quint8(body[i + 1]));
        bool bad = false;
        if (QChar::isHighSurrogate(unit)) {
            if (i + 3 >= body.size())
                bad = true;
            else {
                const auto next = char16_t(littleEndian ? quint8(body[i + 2]) | quint8(body[i + 3]) << 8
                                                        : quint8(body[i + 2]) << 8 | quint8(body[i + 3]));
                bad = !QChar::isLowSurrogate(next);
                i += 2;
            }
        } else if (QChar::isLowSurrogate(unit)) {
            bad = true;
        }
        if (bad) {
            result.line = line;
            result.reason =
                QCoreApplication::translate("TableReader", "the text is not valid %1 here (byte %2 "
                                                           "of the file).")
                    .arg(QString::fromLatin1(encoding))
                    .arg(i + 3);
            return result;
        }
        if (unit == u'\n')
            ++line;
    }
    if (body.size() % 2) {
        result.line = line;
        result.reason = QCoreApplication::translate("TableReader", "the file ends in the middle of a %1 "
                                                                   "character; it was not saved completely.")
                            .arg(QString::fromLatin1(encoding));
        return result;
    }
    result.ok = decodeWith(encoding, body, &result.text);
    if (!result.ok)
        result.reason = QCoreApplication::translate("TableReader", "the text is not valid %1.")
                            .arg(QString::fromLatin1(encoding));
    return result;
}

QByteArray guessEncoding(const QByteArray& bytes)
{
    uchardet_t detector = uchardet_new();
    if (!detector)
        return {};
    QByteArray name;
    if (uchardet_handle_data(detector, bytes.constData(), size_t(bytes.size())) == 0) {
        uchardet_data_end(detector);
        name = QByteArray(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return name;
}

// The line of the first line that does not decode in `encoding` (ASCII-compatible ones only).
qint64 firstBadLine(const QByteArray& encoding, const QByteArray& bytes)
{
    qint64 line = 1;
    for (QByteArrayView rest(bytes); !rest.isEmpty(); ++line) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView piece = end < 0 ? rest : rest.first(end);
        QString ignored;
        if (!decodeWith(encoding, piece, &ignored))
            return line;
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
    }
    return line - 1;
}

} // namespace

qsizetype invalidUtf8At(const QByteArray& bytes, qsizetype from)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else
            return i;
        if (i + length > n)
            return i;
        if (s[i + 1] < low || s[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        i += length;
    }
    return -1;
}

qsizetype invalidGb18030At(const QByteArray& bytes, qsizetype from)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = from; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n)
            return i;
        const unsigned char second = s[i + 1];
        if ((second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE)) {
            i += 2;
            continue;
        }
        if (second >= 0x30 && second <= 0x39 && i + 3 < n && s[i + 2] >= 0x81 && s[i + 2] <= 0xFE &&
            s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
            i += 4;
            continue;
        }
        return i;
    }
    return -1;
}

DecodedText decodeText(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const qsizetype bad = invalidUtf8At(bytes, 3);
        if (bad >= 0)
            return failedAt(bytes, bad, 0, "UTF-8");
        return {QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3), "UTF-8", true, 0, {}};
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(bytes, true);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(bytes, false);
    const qsizetype badUtf8 = invalidUtf8At(bytes);
    if (badUtf8 < 0)
        return {QString::fromUtf8(bytes), "UTF-8", true, 0, {}};
    const qsizetype badGb = invalidGb18030At(bytes);
    if (badGb < 0) {
        DecodedText result;
        result.encoding = "GB18030";
        result.ok = decodeWith(result.encoding, bytes, &result.text);
        if (!result.ok) {
            result.line = firstBadLine(result.encoding, bytes);
            result.reason = QCoreApplication::translate("TableReader", "the text is not valid %1.")
                                .arg(QString::fromLatin1(result.encoding));
        }
        return result;
    }
    // Neither: perhaps Big5, Shift-JIS or a Western code page; uchardet guesses which.
    const QByteArray guess = guessEncoding(bytes);
    if (!guess.isEmpty() && guess != "ASCII" && guess != "UTF-8" && guess != "GB18030") {
        DecodedText result;
        result.encoding = guess;
        if (decodeWith(guess, bytes, &result.text)) {
            result.ok = true;
            return result;
        }
        if (QStringDecoder(guess.constData()).isValid()) {
            result.line = firstBadLine(guess, bytes);
            result.reason =
                QCoreApplication::translate("TableReader", "the text is not valid %1 (as it seems "
                                                           "to be written); save the file again "
                                                           "as UTF-8 or as an Excel workbook.")
                    .arg(QString::fromLatin1(guess));
            return result;
        }
    }
    // Most Chinese files that are not UTF-8 are GBK: name the place where that reading fails.
    return failedAt(bytes, badGb, 0, "GB18030");
}

} // namespace partydesk::tabular
