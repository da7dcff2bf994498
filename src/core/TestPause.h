#pragma once
// A named point where a test holds a running program still, so that "while an import is running"
// is a state a test reaches for certain instead of a race against time. With
// REPER_TEST_PAUSE_AT=<name> and REPER_TEST_PAUSE_DIR=<folder> in the environment, at(name) creates
// <folder>/<name>.reached and returns once <folder>/<name>.release exists. Without them (every real
// run) it does nothing.
namespace reper::TestPause {

void at(const char* name);

} // namespace reper::TestPause
