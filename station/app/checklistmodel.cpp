#include "checklistmodel.h"
