#include "registercodec.h"
