// libFuzzer target: SessionFile::fromJson on arbitrary bytes. What it accepts
// must survive a toJson/fromJson round trip unchanged.

#include "fuzzsupport.h"

#include "session/sessionfile.h"

using namespace parallax;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const SessionFile file;
    const QString path = QStringLiteral("fuzz.parallax");
    const Result<Session> session = file.fromJson(fuzz::bytes(data, size).toByteArray(), path);
    if (!session) {
        PARALLAX_FUZZ_ASSERT(!session.error().message.isEmpty());
        return 0;
    }
    const Result<Session> again = file.fromJson(file.toJson(session.value()), path);
    PARALLAX_FUZZ_ASSERT(again.ok());
    PARALLAX_FUZZ_ASSERT(again.value().articles == session.value().articles);
    return 0;
}
