#pragma once
// The program's version: the project version of CMakeLists.txt, with the git description in a
// development build ("0.1.0", "0.1.0~dev.412.g1a2b3c4"); generated at build time by
// cmake/ReperVersion.cmake, so that a new commit recompiles one file and not the tree.
namespace reper {

const char* programVersion();

} // namespace reper
