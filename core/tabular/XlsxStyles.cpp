#include "XlsxStyles.h"

#include "XlsxParts.h"
#include "XmlPartReader.h"

#include <QCoreApplication>
#include <QHash>

namespace partydesk::tabular {

namespace {
constexpr qsizetype mostStyles = 1 << 20; // Excel allows 64,000
}

bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
}

bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        switch (c) {
        case u'"': { // quoted text
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            if (end < 0)
                return false;
            i = end;
            break;
        }
        case u'\\': // an escaped character, a padding or a repeated character
        case u'_':
        case u'*':
            ++i;
            break;
        case u'[': {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            if (end < 0)
                return false;
            const QStringView inside = code.mid(i + 1, end - i - 1);
            // [h], [mm], [ss]: elapsed time; [Red], [$-804], [DBNum1], [>100]: not a date
            bool elapsed = !inside.isEmpty();
            for (QChar x : inside)
                elapsed = elapsed && QStringView(u"hHmMsS").contains(x);
            if (elapsed)
                return true;
            i = end;
            break;
        }
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
        case u'h':
        case u'H':
        case u's':
        case u'S':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool readDateStyles(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                    std::vector<bool>* dateStyles, QString* reason)
{
    XmlPartReader reader;
    if (!reader.open(archive, index, part, maxBytes, reason))
        return false;
    QHash<int, bool> customDate; // numFmtId -> shows a date
    int cellXfs = 0;             // depth of <cellXfs> while inside it
    for (;;) {
        const auto token = reader.next(reason);
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::EndElement && cellXfs && reader.depth() + 1 == cellXfs)
            cellXfs = 0;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.xml().name();
        const QXmlStreamAttributes attributes = reader.xml().attributes();
        if (name == QLatin1String("numFmt")) {
            if (customDate.size() >= mostStyles)
                continue;
            const int id = attribute(attributes, QLatin1String("numFmtId")).toInt();
            customDate.insert(id, isDateFormatCode(attribute(attributes, QLatin1String("formatCode"))));
        } else if (name == QLatin1String("cellXfs")) {
            cellXfs = reader.depth();
        } else if (cellXfs && reader.depth() == cellXfs + 1 && name == QLatin1String("xf")) {
            if (qsizetype(dateStyles->size()) >= mostStyles) {
                *reason =
                    QCoreApplication::translate("TableReader", "the part %1 has more than %2 cell styles.")
                        .arg(part)
                        .arg(mostStyles);
                return false;
            }
            const int id = attribute(attributes, QLatin1String("numFmtId")).toInt();
            dateStyles->push_back(customDate.contains(id) ? customDate.value(id) : isBuiltInDateFormat(id));
        }
    }
}

} // namespace partydesk::tabular
