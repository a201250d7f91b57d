#include "uniqueclaimspanel.h"
