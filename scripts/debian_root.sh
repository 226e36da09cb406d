#!/usr/bin/env bash
# The project on a fresh Debian release, in a chroot: Debian 13 (trixie: QGIS 3.40 LTR, Python 3.13, numpy 2,
# GEOS 3.13, PROJ 9.6) for `make test-debian13`, or Debian 12 (bookworm) to try a fresh machine.
#
#   scripts/debian_root.sh [SUITE] [make targets...]  default: trixie deps test (what `make test-debian13` runs)
#   scripts/debian_root.sh [SUITE] --run COMMAND...   run a command in the root, in the project folder
#
# The root is built once with debootstrap from Debian's packages and kept under build/<suite>/root (git-ignored).
# It is built in root.partial and renamed only when debootstrap has finished, with a stamp written last, so a
# root half-built by an interrupted run is detected (no stamp) and built again. Packages half-installed by an
# interrupted `make deps` are finished with `dpkg --configure -a` before each run.
# The project folder is bind-mounted at /src (with /proc, /sys, /dev, /dev/pts, /dev/shm); every mount is
# undone on exit, however the script ends. Inside, the project's own `make deps` installs what Debian 13 needs
# and the venv lives in the root (/opt/migrant-planning-venv), apart from the host's .venv in the shared folder.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT="$(pwd -P)"
SUITE=trixie
case "${1:-}" in trixie | bookworm) SUITE=$1 && shift ;; esac
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
BASE="$PROJECT/build/$SUITE"
ROOT="$BASE/root"
STAMP="$ROOT/.migrant-planning-root"
# Change this text to have every cached root rebuilt (e.g. when the debootstrap options change).
RECIPE="debootstrap --variant=minbase --include=make,ca-certificates $SUITE (1)"
VENV_IN_ROOT=/opt/migrant-planning-venv
MOUNTED=()

if [ "$(id -u)" != 0 ]; then
  exec sudo --preserve-env=CI,PYTEST_ARGS,DEBIAN_MIRROR "$0" "$@"
fi
case "$BASE" in *[[:space:]]*)
  echo "debian_root: the project path must not contain spaces: $PROJECT" >&2
  exit 2
  ;;
esac

# Mount points at or under $1 (deepest first), as the kernel lists them.
mounts_under() {
  awk -v r="$1" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

unmount_all() {
  local point
  for point in $(mounts_under "$1"); do
    umount "$point" 2>/dev/null || umount -l "$point"
  done
}

cleanup() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" || true
  done
  MOUNTED=()
  unmount_all "$BASE" || true
}
CHILD=""
trap cleanup EXIT
# A signal stops the command in the root too (its processes hold the mounts), then the EXIT trap unmounts.
trap '[ -z "$CHILD" ] || pkill -TERM -s "$CHILD" 2>/dev/null || true; exit 130' INT TERM HUP

bind() {  # bind SOURCE TARGET-IN-ROOT
  mkdir -p "$ROOT$2"
  mount --bind "$1" "$ROOT$2"
  MOUNTED+=("$ROOT$2")
}

build_root() {
  if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$RECIPE" ]; then
    return
  fi
  command -v debootstrap >/dev/null || {
    echo "Installing debootstrap"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
  }
  echo "Building the Debian $SUITE root in $ROOT (once; kept in build/)"
  unmount_all "$BASE"  # left over by a killed run: never delete through a mount into the project
  rm -rf --one-file-system "$ROOT" "$ROOT.partial"
  mkdir -p "$BASE"
  debootstrap --variant=minbase --include=make,ca-certificates "$SUITE" "$ROOT.partial" "$MIRROR" \
    >"$BASE/debootstrap.log" 2>&1 || {
    tail -n 30 "$BASE/debootstrap.log" >&2
    echo "debian_root: debootstrap failed (log: $BASE/debootstrap.log)" >&2
    exit 1
  }
  mv "$ROOT.partial" "$ROOT"
  echo "$RECIPE" >"$STAMP"
}

# The host's settings for reaching the package registries (index, proxy), passed on when set.
PASS_ON=()
for name in PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_TRUSTED_HOST PIP_DEFAULT_TIMEOUT \
  http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [ -n "${!name:-}" ] && PASS_ON+=("$name=${!name}")
done
BUNDLE=/etc/ssl/certs/ca-certificates.crt

enter() {  # enter COMMAND: run a bash command in the root, in /src, with a clean environment
  setsid chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin QT_QPA_PLATFORM=offscreen \
    PYTEST_ARGS="${PYTEST_ARGS:-}" DEBIAN_FRONTEND=noninteractive VENV="$VENV_IN_ROOT" \
    PIP_CERT="$BUNDLE" REQUESTS_CA_BUNDLE="$BUNDLE" SSL_CERT_FILE="$BUNDLE" "${PASS_ON[@]}" \
    /bin/bash -c "cd /src && $1" &
  CHILD=$!
  local status=0
  wait "$CHILD" || status=$?
  CHILD=""
  return "$status"
}

# Certificate authorities the host added locally (e.g. a company proxy's) are trusted in the root too.
trust_host_authorities() {
  local added=0 cert
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  for cert in /usr/local/share/ca-certificates/*.crt; do
    [ -f "$cert" ] || continue
    cmp -s "$cert" "$ROOT/usr/local/share/ca-certificates/${cert##*/}" && continue
    cp "$cert" "$ROOT/usr/local/share/ca-certificates/" && added=1
  done
  [ "$added" = 0 ] || enter "update-ca-certificates >/dev/null"
}

build_root
unmount_all "$BASE"
mount -t proc proc "$ROOT/proc" && MOUNTED+=("$ROOT/proc")
mount -t sysfs sysfs "$ROOT/sys" && MOUNTED+=("$ROOT/sys")
bind /dev /dev
bind /dev/pts /dev/pts
[ -d /dev/shm ] && bind /dev/shm /dev/shm
bind "$PROJECT" /src
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
enter "dpkg --configure -a"
trust_host_authorities

if [ "${1:-}" = "--run" ]; then
  shift
  enter "$*"
  exit
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(deps test)
qgis_version="$VENV_IN_ROOT/bin/python -c 'from qgis.core import Qgis; print(Qgis.version())'"
status=0
enter "make VENV=$VENV_IN_ROOT ${targets[*]}" || status=$?
if version="$(enter "$qgis_version" 2>/dev/null)"; then
  echo "debian_root: ran on Debian $(cat "$ROOT/etc/debian_version"), QGIS $version"
fi
exit "$status"
