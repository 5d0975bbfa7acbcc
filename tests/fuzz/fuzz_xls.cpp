// libFuzzer target: the .xls (BIFF through freexl) reader on any bytes.
#include "FuzzSupport.h"
#include "tabular/XlsTableReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace partydesk;
    static const QString path = fuzz::inputPath("xls");
    if (size == 0 || !fuzz::writeInput(path, data, size))
        return 0;
    QString error;
    if (const auto reader = tabular::XlsTableReader::open(path, fuzz::tightLimits(), &error))
        fuzz::readEverySheet(*reader);
    return 0;
}
