#!/usr/bin/env bash
# Installs what the project needs from the system: a C compiler, make, and
# the headers of the libraries the C runtime links (libz, libexpat,
# libsqlite3, libbz2, liblzma).
# Called by the Makefile's set-up step; does nothing when they are there.
set -e
missing=""
command -v gcc >/dev/null 2>&1 || missing="$missing gcc"
command -v make >/dev/null 2>&1 || missing="$missing make"
[ -f /usr/include/zlib.h ] || missing="$missing zlib1g-dev"
[ -f /usr/include/expat.h ] || missing="$missing libexpat1-dev"
[ -f /usr/include/sqlite3.h ] || missing="$missing libsqlite3-dev"
[ -f /usr/include/bzlib.h ] || missing="$missing libbz2-dev"
[ -f /usr/include/lzma.h ] || missing="$missing liblzma-dev"
if [ -n "$missing" ]; then
    echo "installing:$missing"
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq $missing libc6-dev
    else
        sudo apt-get update -qq && sudo apt-get install -y -qq $missing libc6-dev
    fi
fi
