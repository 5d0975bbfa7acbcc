#pragma once

#include "ZipEntryStream.h"

#include <QXmlStreamReader>

namespace partydesk::tabular {

// Streams one XML part of a zip through QXmlStreamReader, feeding it chunk by chunk: the part is
// never held whole. Any XML error, a truncated part or a zip read error ends the walk with
// `reason` set; element names are compared by local name, so "x:c" is "c".
class XmlPartReader
{
public:
    bool open(const ZipArchive& archive, quint64 index, const QString& part, qint64 maxBytes,
              QString* reason);

    // The next token; Invalid with `reason` set on any failure, EndDocument at the end.
    QXmlStreamReader::TokenType next(QString* reason);

    QXmlStreamReader& xml() { return m_xml; }
    // Nesting depth of the current element (1 for the root).
    int depth() const { return m_depth; }
    double progress() const;

private:
    bool drain(QString* reason);

    ZipEntryStream m_stream;
    QXmlStreamReader m_xml;
    QString m_part;
    QByteArray m_chunk;
    bool m_streamEnded = false;
    bool m_rootClosed = false;
    int m_depth = 0;
};

} // namespace partydesk::tabular
