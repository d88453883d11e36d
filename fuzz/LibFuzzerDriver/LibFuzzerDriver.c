// Declarations only (include/LibFuzzerDriver.h); libFuzzer provides the definition in fuzz builds.
#include "LibFuzzerDriver.h"
