#include "modbustower.h"
