#include "stationapp.h"
