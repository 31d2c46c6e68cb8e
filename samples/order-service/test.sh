#!/bin/sh
# The service's tests: the page names the version it was built for, and nothing else is left unrendered.
set -eu
version=$(cat VERSION)
grep -qx "order-service version $version" site/index.html || { echo "FAIL: page does not say version $version"; exit 1; }
if grep -q '@[A-Z]*@' site/index.html; then echo "FAIL: unrendered placeholder"; exit 1; fi
echo "PASS: page says version $version"
