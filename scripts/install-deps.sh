#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing Reper need (scripts/debian-packages.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends $(grep -v '^#' scripts/debian-packages.txt)
