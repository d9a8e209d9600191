#include "stationcontroller.h"
