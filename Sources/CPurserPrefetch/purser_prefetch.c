// The prefetch is an inline function in include/purser_prefetch.h; a C target needs a source file.
#include "purser_prefetch.h"
