#include "scalemonitor.h"
