// Core.h, Catch2 and what the suites include most (cmake/ReperPrecompile.cmake). A file that
// defines CATCH_CONFIG_RUNNER before including Catch2 must not use it (SKIP_PRECOMPILE_HEADERS).
#pragma once

#include "Core.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
