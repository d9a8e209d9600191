#include "towersimulation.h"
