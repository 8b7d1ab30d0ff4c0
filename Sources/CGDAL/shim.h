// The parts of GDAL's C API strikemap uses (OGR vector writing), behind the GDAL package trait.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
