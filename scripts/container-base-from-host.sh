#!/bin/sh
# Assemble a stand-in for the distroless Node.js base image from this machine's own Node.js binary and the shared
# libraries it links, for building and trying the Dockerfile where no container registry is reachable:
#
#   sh scripts/container-base-from-host.sh              # → image localhost/gatehouse-base:host
#   podman build --build-arg BASE=localhost/gatehouse-base:host -t gatehouse .
#
# The layout matches the distroless image where the Dockerfile relies on it (/nodejs/bin/node, user 65532 named
# nonroot, a writable /tmp); nothing else (no shell, no package manager) goes in.
set -eu
node_bin=$(command -v node)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/nodejs/bin" "$root/etc" "$root/tmp" "$root/work"
chmod 1777 "$root/tmp"
cp "$node_bin" "$root/nodejs/bin/node"
for lib in $(ldd "$node_bin" | awk '/=>/ { print $3 } /^\t\/lib/ { print $1 }'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
tar -C "$root" -cf - . | podman import --change 'USER 65532:65532' - localhost/gatehouse-base:host
