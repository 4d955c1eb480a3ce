#!/usr/bin/env bash
# The base image the build puts Runlog on when no registry can be reached (docs/adr/0024): a Java
# runtime made by jlink from the JDK the build runs on, the shared libraries that runtime links
# to, copied from this machine, and /tmp, in one layer on nothing (like FROM scratch). It is
# written as an image tarball in `docker save` form, which Jib reads as tar://... and which
# `docker load` reads too.
#
#   build-base-image.sh JAVA_HOME OUTPUT_FOLDER
#
# Linux only (ldd, and a JDK that makes Linux runtimes). Made the same way from the same JDK and
# libraries, the tarball is the same byte for byte: sorted entries, time 0, owner root.
set -euo pipefail

java_home=$1
out=$2
rootfs=$out/rootfs

# A folder made for the same JDK by the same script is kept: jlink takes most of its time.
stamp="$java_home $("$java_home/bin/java" -version 2>&1 | head -n 1) $(sha256sum "$0" | cut -d ' ' -f 1)"
if [[ -f $out/base-image.tar && "$(cat "$out/made-from" 2>/dev/null)" == "$stamp" ]]; then
    echo "base image: $out/base-image.tar is up to date ($stamp)"
    exit 0
fi
rm -rf "$out"
mkdir -p "$rootfs"

# The modules of the Java SE platform and the few JDK ones a server uses (sun.misc.Unsafe, the EC
# and zip providers, DNS names, character sets, the management beans): what a JRE has, without
# the compiler, debugger and other tools. Where eclipse-temurin keeps its runtime.
"$java_home/bin/jlink" \
    --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.naming.dns,jdk.charsets,jdk.management \
    --strip-debug --no-header-files --no-man-pages \
    --output "$rootfs/opt/java/openjdk"

# Every shared library the runtime's programs and libraries name, found as this machine finds
# them (ldd), and the dynamic loader itself, copied to the same paths. Not those of the desktop's
# libraries (X11 windows, fonts, sound, colour, images, splash screen): a server never loads them,
# and they would bring X11, FreeType and more, if this machine happens to have them.
desktop='libawt_xawt|libjawt|libfontmanager|libjsound|liblcms|libjavajpeg|libsplashscreen'
mapfile -t elves < <(find "$rootfs/opt/java/openjdk" -type f \( -name '*.so' -o -path '*/bin/*' \) \
    | grep -Ev "/($desktop)\.so$")
for elf in "${elves[@]}"; do
    ldd "$elf" 2>/dev/null || true
done | grep -o '/[^ ]*' | grep -v "^$rootfs" | sort -u | while read -r library; do
    mkdir -p "$rootfs$(dirname "$library")"
    cp --dereference "$library" "$rootfs$library"
done

# Tomcat and the JVM write to java.io.tmpdir; /etc/passwd names the user the image runs as, so
# that Java finds a name and a home (that same /tmp) for it.
mkdir -p "$rootfs/tmp" "$rootfs/etc"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/tmp:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$rootfs/etc/group"

tar --create --file "$out/layer.tar" --directory "$rootfs" \
    --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner .
diff_id=$(sha256sum "$out/layer.tar" | cut -d ' ' -f 1)

case "$(uname -m)" in
    x86_64) architecture=amd64 ;;
    aarch64) architecture=arm64 ;;
    *) architecture=$(uname -m) ;;
esac
java_version=$("$rootfs/opt/java/openjdk/bin/java" -version 2>&1 | head -n 1 | tr -d '"')
cat > "$out/config.json" <<JSON
{"architecture":"$architecture","os":"linux",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/bin:/bin","JAVA_HOME=/opt/java/openjdk"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created_by":"bootstrap/src/image/build-base-image.sh: jlink of $java_version"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["runlog-base:local"],"Layers":["layer.tar"]}]' > "$out/manifest.json"
tar --create --file "$out/base-image.tar" --directory "$out" \
    --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner manifest.json config.json layer.tar
rm "$out/layer.tar"
echo "$stamp" > "$out/made-from"
echo "base image: $out/base-image.tar ($java_version, $(du -sh "$rootfs" | cut -f 1) unpacked)"
