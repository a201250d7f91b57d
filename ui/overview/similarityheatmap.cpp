#include "similarityheatmap.h"
