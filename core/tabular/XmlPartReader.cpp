#include "XmlPartReader.h"

#include <QCoreApplication>

namespace partydesk::tabular {

namespace {
constexpr int deepest = 64; // SpreadsheetML nests a few levels; anything deeper is not a workbook
}

bool XmlPartReader::open(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
                         QString* reason)
{
    m_part = part;
    return m_stream.open(archive, index, part, maxBytes, reason);
}

QXmlStreamReader::TokenType XmlPartReader::next(QString* reason)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (!m_xml.hasError()) {
            if (token == QXmlStreamReader::StartElement && ++m_depth > deepest) {
                *reason =
                    QCoreApplication::translate("TableReader", "the part %1 nests elements %2 deep (line "
                                                               "%3); it is not a spreadsheet part.")
                        .arg(m_part)
                        .arg(m_depth)
                        .arg(m_xml.lineNumber());
                return QXmlStreamReader::Invalid;
            }
            if (token == QXmlStreamReader::EndElement && --m_depth == 0)
                m_rootClosed = true;
            // libzip checks the CRC when the entry is read to its end: read it to the end.
            if (token == QXmlStreamReader::EndDocument && !drain(reason))
                return QXmlStreamReader::Invalid;
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            *reason = QCoreApplication::translate("TableReader",
                                                  "the part %1 is not valid XML (line %2, column %3: %4); "
                                                  "the file is damaged.")
                          .arg(m_part)
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(m_xml.errorString());
            return QXmlStreamReader::Invalid;
        }
        if (m_streamEnded && m_rootClosed)
            return QXmlStreamReader::EndDocument; // what followed the root was only whitespace
        if (m_streamEnded) {
            *reason = QCoreApplication::translate("TableReader",
                                                  "the part %1 ends in the middle (line %2); the file was "
                                                  "not saved or copied completely.")
                          .arg(m_part)
                          .arg(m_xml.lineNumber());
            return QXmlStreamReader::Invalid;
        }
        switch (m_stream.read(&m_chunk, reason)) {
        case ZipEntryStream::Result::Failed:
            return QXmlStreamReader::Invalid;
        case ZipEntryStream::Result::End:
            m_streamEnded = true;
            break;
        case ZipEntryStream::Result::Data:
            m_xml.addData(m_chunk);
            break;
        }
    }
}

bool XmlPartReader::drain(QString* reason)
{
    while (!m_streamEnded) {
        switch (m_stream.read(&m_chunk, reason)) {
        case ZipEntryStream::Result::Failed:
            return false;
        case ZipEntryStream::Result::End:
            m_streamEnded = true;
            break;
        case ZipEntryStream::Result::Data:
            break;
        }
    }
    return true;
}

double XmlPartReader::progress() const
{
    return m_stream.size() > 0 ? double(m_stream.consumed()) / double(m_stream.size()) : 0.0;
}

} // namespace partydesk::tabular
