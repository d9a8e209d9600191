#include "modbusscale.h"
