#!/bin/sh
# Renders the site for the version in VERSION into site/ (what the image and the local process serve).
set -eu
version=$(cat VERSION)
rm -rf site && mkdir -p site
sed "s/@VERSION@/$version/" www/index.html > site/index.html
echo "built order-service version $version"
