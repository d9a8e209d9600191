#include "scalesimulation.h"
