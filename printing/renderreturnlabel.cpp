#include "renderreturnlabel.h"

#include "labelpdfrenderer.h"
#include "labelzplrenderer.h"
#include "returnlabel.h"

namespace packdesk::printing {

Result<RenderedDocument> renderReturnLabel(const TemplateLibrary& templates, const ReturnLabelInput& input)
{
    auto label = ReturnLabel::compose(templates, input);
    if (!label)
        return label.error();
    auto bytes = input.format == DocumentFormat::Zpl ? LabelZplRenderer::render(label.value(), input.dpi)
                                                     : LabelPdfRenderer::render(label.value());
    if (!bytes)
        return bytes.error();
    return RenderedDocument{DocumentKind::ReturnLabel, input.format, std::move(bytes).value()};
}

} // namespace packdesk::printing
