#include "stabilitydetector.h"
