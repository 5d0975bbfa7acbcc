// libFuzzer target: a data package's envelope (.pdpkg) opened from any bytes. Half the inputs are
// put behind a valid header for the fuzzer's recipient, so that the sealed part is reached too.
#include "package/PackageEnvelope.h"

#include <cstdint>
#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace partydesk;
    static const PackageEnvelope::KeyPair recipient = PackageEnvelope::newBoxKeys();
    static const PackageEnvelope::KeyPair sender = PackageEnvelope::newSigningKeys();
    QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (size > 0 && (data[0] & 1)) {
        QByteArray header = QByteArrayLiteral("PartyDeskPackage");
        header.append("\x01\x00\x00\x00", 4);
        input = header + recipient.publicKey + input.mid(1);
    }
    const PackageEnvelope::Opened opened = PackageEnvelope::open(input, recipient, {sender.publicKey});
    // Nothing forged opens: a package the fuzzer could make without the sender's secret key.
    if (opened.ok())
        __builtin_trap();
    return 0;
}
