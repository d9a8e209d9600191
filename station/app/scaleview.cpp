#include "scaleview.h"
