#include "sharechart.h"
