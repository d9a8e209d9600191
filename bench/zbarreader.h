#pragma once

#include <cstdint>
#include <memory>

namespace packdesk::bench {

/// libzbar's image scanner with the station's formats that zbar has (it
/// has no DataMatrix), for comparing frame rates. Own file: zbar.h's C++
/// part does not compile beside the Qt and ZXing headers.
class ZbarReader
{
public:
    ZbarReader();
    ~ZbarReader();
    /// Scans a tightly packed 8-bit grey image; returns the symbols found.
    int scan(const std::uint8_t* grey, int width, int height);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace packdesk::bench
