#include "videoscanner.h"
