#include "paddedjson.h"

#include <cstring>
#include <simdjson.h>

namespace packdesk {

void PaddedJson::padAfter(qsizetype size)
{
    m_size = size;
    const qsizetype needed = size + qsizetype(simdjson::SIMDJSON_PADDING);
    if (m_bytes.size() < needed)
        m_bytes.resize(needed);
    std::memset(m_bytes.data() + size, ' ', simdjson::SIMDJSON_PADDING);
}

void PaddedJson::assign(QByteArrayView text)
{
    padAfter(text.size());
    if (!text.isEmpty())
        std::memcpy(m_bytes.data(), text.data(), size_t(text.size()));
}

void PaddedJson::adopt(QByteArray&& bytes)
{
    const qsizetype size = bytes.size();
    m_bytes = std::move(bytes);
    padAfter(size);
}

} // namespace packdesk
