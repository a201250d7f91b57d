#include "summarypanel.h"
