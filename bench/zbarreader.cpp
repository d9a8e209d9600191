#include "zbarreader.h"

#include <zbar.h>

namespace packdesk::bench {

struct ZbarReader::State
{
    zbar::zbar_image_scanner_t* scanner = nullptr;
    zbar::zbar_image_t* image = nullptr;
};

ZbarReader::ZbarReader() : m_state(std::make_unique<State>())
{
    using namespace zbar;
    m_state->scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(m_state->scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    for (zbar_symbol_type_t symbology : {ZBAR_EAN8, ZBAR_EAN13, ZBAR_UPCA, ZBAR_UPCE, ZBAR_CODE128, ZBAR_QRCODE})
        zbar_image_scanner_set_config(m_state->scanner, symbology, ZBAR_CFG_ENABLE, 1);
    m_state->image = zbar_image_create();
    zbar_image_set_format(m_state->image, zbar_fourcc('Y', '8', '0', '0'));
}

ZbarReader::~ZbarReader()
{
    zbar::zbar_image_destroy(m_state->image);
    zbar::zbar_image_scanner_destroy(m_state->scanner);
}

int ZbarReader::scan(const std::uint8_t* grey, int width, int height)
{
    using namespace zbar;
    zbar_image_set_size(m_state->image, static_cast<unsigned>(width), static_cast<unsigned>(height));
    zbar_image_set_data(m_state->image, grey, static_cast<unsigned long>(width) * static_cast<unsigned long>(height),
                        nullptr);
    return zbar_scan_image(m_state->scanner, m_state->image);
}

} // namespace packdesk::bench
