#include "deviceprofile.h"
