#include "orderlinesmodel.h"
