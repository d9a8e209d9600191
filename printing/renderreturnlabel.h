#pragma once

#include "core/result.h"
#include "rendereddocument.h"
#include "returnlabelinput.h"

namespace packdesk::printing {

class TemplateLibrary;

/// Makes an order's return label: composes its content (ReturnLabel, every
/// check before drawing) and renders it as a 4x6 in PDF (LabelPdfRenderer)
/// or as ZPL for a 203/300 dpi thermal printer (LabelZplRenderer).
/// PDF needs a QGuiApplication (fonts); ZPL does not.
Result<RenderedDocument> renderReturnLabel(const TemplateLibrary& templates, const ReturnLabelInput& input);

} // namespace packdesk::printing
