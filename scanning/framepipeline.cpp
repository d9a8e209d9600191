#include "framepipeline.h"
