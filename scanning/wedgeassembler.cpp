#include "wedgeassembler.h"
