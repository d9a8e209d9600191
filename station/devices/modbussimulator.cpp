#include "modbussimulator.h"
