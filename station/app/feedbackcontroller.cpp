#include "feedbackcontroller.h"
