#include "modbuslink.h"
