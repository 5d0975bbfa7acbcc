// libFuzzer target: the .csv (encodings and quoting) reader on any bytes.
#include "FuzzSupport.h"
#include "tabular/CsvTableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace partydesk;
    static const QString path = fuzz::inputPath("csv");
    if (size == 0 || !fuzz::writeInput(path, data, size))
        return 0;
    QString error;
    if (const auto reader = tabular::CsvTableReader::open(path, fuzz::tightLimits(), &error))
        fuzz::readEverySheet(*reader);
    return 0;
}
