#include "languagecontroller.h"
