// CXMLShim: the project's narrow seam onto libxml2's forgiving HTML parser.
// Only stdint/stddef types cross it (libxml2's headers pull in ICU's, which clash with Foundation's).
#ifndef CXMLSHIM_H
#define CXMLSHIM_H

#include <stdint.h>
#include <stddef.h>

#include "CXMLBlocks.h"


#endif
