// libFuzzer target: the .xlsx (zip and XML) reader on any bytes.
#include "FuzzSupport.h"
#include "tabular/XlsxTableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace partydesk;
    static const QString path = fuzz::inputPath("xlsx");
    if (size == 0 || !fuzz::writeInput(path, data, size))
        return 0;
    QString error;
    if (const auto reader = tabular::XlsxTableReader::open(path, fuzz::tightLimits(), &error))
        fuzz::readEverySheet(*reader);
    return 0;
}
