#!/usr/bin/env bash
# Installs the built packages into a fresh minimal Debian root and uses them there:
# `samsa --version`, `samsa-broker --version`, the broker started exactly as its systemd
# unit starts it and a kcat round trip through it, the desktop app drawing its pages
# offscreen and starting normally, then a purge that must leave nothing behind.
#
# Why a fresh minimal root with apt: installing with `apt-get install ./x.deb` into a
# minimal Debian is what a user does, so it proves the Depends (dpkg-shlibdeps' plus the
# hand-written ones) pull in every library and plugin the programs load, and runs the
# maintainer scripts for real (adduser, deb-systemd-helper). `dpkg --root` on a bare
# directory can run neither the scripts nor the programs, and a root copied from this
# machine would hide a missing dependency. mmdebstrap builds the root rather than
# debootstrap: it installs through apt with dpkg's fsyncs off, about three times faster
# here (roughly 40 s against two minutes on a busy 2-core machine); the whole test takes
# about a minute. Downloads are kept in WORK_DIR/cache for the next run.
#
# Everything runs in private namespaces: the root and every mount vanish when the script
# ends, however it ends, and the broker gets its own network (loopback only), so it can
# take port 9092 as configured without meeting anything else on this machine.
#
# Needs root, mmdebstrap, unshare and kcat, and the Debian mirror (SAMSA_DEBIAN_MIRROR,
# SAMSA_DEBIAN_SECURITY_MIRROR override the defaults). Exits 77 (skipped) without root.
# Usage: install_test.sh PACKAGE_DIR WORK_DIR
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: the install test needs root (mmdebstrap, chroot, namespaces)"
    exit 77
fi
for tool in mmdebstrap unshare chroot kcat ip; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing" >&2; exit 1; }
done

debs=$(cd "$1" && pwd)
work=$(mkdir -p "$2" && cd "$2" && pwd)

# Re-run inside a private mount namespace; every mount below is undone when it exits.
if [ -z "${SAMSA_INSTALL_TEST_NS:-}" ]; then
    exec env SAMSA_INSTALL_TEST_NS=1 unshare --mount --propagation private -- "$0" "$debs" "$work"
fi

started=$SECONDS
step() { printf '\n== [%3ss] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# The packages link against this system's libraries, so the root is the same release.
. /etc/os-release
suite=${VERSION_CODENAME:?cannot tell the Debian release from /etc/os-release}
mirror=${SAMSA_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${SAMSA_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# The root lives in memory (about 700 MB): fast on a busy disk, and gone with the
# namespace, so nothing is left to delete. The logs stay in WORK_DIR.
root=$work/root
cache=$work/cache
mkdir -p "$cache" "$root"
mount -t tmpfs -o size=4g,mode=0755 samsa-install-root "$root"

step "mmdebstrap --variant=minbase $suite"
# The hooks carry the package cache into the new root and back out again.
mmdebstrap --mode=root --variant=minbase --dpkgopt=force-unsafe-io --skip=essential/unlink \
    --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
    --setup-hook="sync-in $cache /var/cache/apt/archives/" \
    --customize-hook="sync-out /var/cache/apt/archives $cache" \
    "$suite" "$root" \
    "deb $mirror $suite main" \
    "deb $mirror $suite-updates main" \
    "deb $security_mirror $suite-security main" \
    >"$work/mmdebstrap.log" 2>&1 || { tail -n 30 "$work/mmdebstrap.log" >&2; fail "mmdebstrap"; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache" "$root/var/cache/apt/archives"
mkdir -p "$root/tmp/debs"
cp "$debs"/samsa_*.deb "$debs"/samsa-broker_*.deb "$root/tmp/debs/"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./samsa_*.deb ./samsa-broker_*.deb (Depends only, no Recommends)"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; fail "apt-get update"; }
in_root sh -c 'apt-get install -y -q --no-install-recommends /tmp/debs/*.deb' >>"$work/apt.log" 2>&1 \
    || { tail -n 40 "$work/apt.log" >&2; fail "apt-get install"; }
grep -E '^(Setting up|Unpacking) samsa' "$work/apt.log" || true

step "what postinst set up"
unit=$(in_root dpkg-query -L samsa-broker | grep '/systemd/system/samsa-broker.service$') \
    || fail "samsa-broker.service is not installed"
user=$(sed -n 's/^User=//p' "$root$unit")
group=$(sed -n 's/^Group=//p' "$root$unit")
exec_start=$(sed -n 's/^ExecStart=//p' "$root$unit")
[ -n "$user" ] && [ -n "$exec_start" ] || fail "the unit names no User= or ExecStart="
in_root getent passwd "$user" >/dev/null || fail "postinst created no user $user"
home=$(in_root getent passwd "$user" | cut -d: -f6)
# Numeric ids: this machine's own user database knows nothing of the root's accounts.
owner="$(in_root id -u "$user"):$(in_root getent group "$group" | cut -d: -f3)"
echo "user $user ($owner), home $home"
[ "$(stat -c '%u:%g %a' "$root$home")" = "$owner 750" ] \
    || fail "$home is $(stat -c '%u:%g %a' "$root$home"), not $owner 750"
[ -L "$root/etc/systemd/system/multi-user.target.wants/samsa-broker.service" ] \
    || fail "postinst did not enable samsa-broker.service"
in_root dpkg-query -W -f='${Conffiles}\n' samsa-broker | grep -q '/etc/samsa/server.properties' \
    || fail "server.properties is not a conffile"
echo "unit enabled, conffile registered"

step "--version"
app_version=$(in_root samsa --version) || fail "samsa --version"
broker_version=$(in_root samsa-broker --version) || fail "samsa-broker --version"
echo "$app_version"
echo "$broker_version"
package_version=$(in_root dpkg-query -W -f='${Version}' samsa)
[ "$app_version" = "samsa $package_version" ] || fail "samsa --version says '$app_version'"
[ "$broker_version" = "samsa-broker $package_version" ] || fail "samsa-broker --version says '$broker_version'"

# Runs in a new network and PID namespace: loopback only, and every process started
# there ends with it.
step "the installed broker as the unit starts it, a kcat round trip, the app offscreen"
export root user group exec_start work
unshare --net --pid --fork --kill-child -- bash -euo pipefail -c '
    ip link set lo up
    chroot "$root" setpriv --reuid="$user" --regid="$group" --init-groups \
        env -i PATH=/usr/bin:/bin LANG=C.UTF-8 $exec_start >"$work/broker.log" 2>&1 &
    broker=$!
    ready=no
    for _ in $(seq 100); do
        if kcat -L -b 127.0.0.1:9092 -m 1 >/dev/null 2>&1; then
            ready=yes
            break
        fi
        kill -0 "$broker" 2>/dev/null || break
        sleep 0.3
    done
    [ "$ready" = yes ] || { cat "$work/broker.log" >&2; echo "FAIL: the broker never answered on 127.0.0.1:9092" >&2; exit 1; }
    sent=$(printf "install test %s\n" one two three)
    printf "%s\n" "$sent" | kcat -P -b 127.0.0.1:9092 -t install-test
    received=$(kcat -C -b 127.0.0.1:9092 -t install-test -o beginning -c 3 -e -q -m 30)
    [ "$received" = "$sent" ] || { echo "FAIL: sent [$sent], read back [$received]" >&2; exit 1; }
    echo "kcat: produced and consumed 3 messages through 127.0.0.1:9092"

    # The desktop app with only its Depends: Qt, the platform plugin, the bundled broker
    # as its local cluster on a free port, and the pages rendered to PNG files.
    mkdir -p "$root/tmp/shots"
    mkdir -m 0700 "$root/tmp/runtime"
    timeout 120 chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR=/tmp/runtime samsa --screenshot /tmp/shots >"$work/app.log" 2>&1 \
        || { cat "$work/app.log" >&2; echo "FAIL: samsa --screenshot" >&2; exit 1; }
    shots=$(find "$root/tmp/shots" -name "*.png" | wc -l)
    [ "$shots" -gt 0 ] || { echo "FAIL: samsa --screenshot wrote no PNG" >&2; exit 1; }
    echo "samsa --screenshot: $shots pages rendered"

    # A normal start opens the saved-clusters database, which only the SQLite driver
    # can create; that driver is a plugin, so only the hand-written Depends brings it.
    chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR=/tmp/runtime samsa >"$work/app-run.log" 2>&1 &
    app=$!
    database=$root/root/.local/share/samsa/samsa.sqlite
    for _ in $(seq 150); do
        [ -s "$database" ] && break
        kill -0 "$app" 2>/dev/null || break
        sleep 0.2
    done
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" || true
    [ -s "$database" ] || { cat "$work/app-run.log" >&2; echo "FAIL: samsa created no $database" >&2; exit 1; }
    echo "samsa: started and created its settings database"

    kill -TERM "$broker"
    status=0
    wait "$broker" || status=$?
    [ "$status" -eq 0 ] || { cat "$work/broker.log" >&2; echo "FAIL: broker exit status $status after SIGTERM" >&2; exit 1; }
    echo "broker stopped cleanly on SIGTERM"
'
log_dir=$(sed -n 's/^log\.dirs=//p' "$root/etc/samsa/server.properties")
segments=$(find "$root$log_dir" -path '*/install-test-0/*.log' -uid "${owner%%:*}")
[ -n "$segments" ] || fail "no install-test-0 segment owned by $user in $log_dir"
echo "the topic's data is in $log_dir/install-test-0"

step "apt-get purge"
in_root apt-get purge -y -q samsa samsa-broker >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; fail "purge"; }
for gone in /usr/bin/samsa /usr/bin/samsa-broker /etc/samsa /var/lib/samsa "$unit" \
        /etc/systemd/system/multi-user.target.wants/samsa-broker.service; do
    [ ! -e "$root$gone" ] && [ ! -L "$root$gone" ] || fail "$gone is still there after purge"
done
echo "purge removed the programs, /etc/samsa, /var/lib/samsa and the enable link"

step "install test passed"
