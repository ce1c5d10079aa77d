#!/usr/bin/env bash
# Builds a Neo4j Community image tagged like the official one (neo4j:<version>-community and
# neo4j:<major>.<minor>-community) from Debian packages and Maven Central alone: no container registry.
# Usage and what it emulates: README.md beside this file.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project_root=$(cd "$here/../.." && pwd)

neo4j_version=5.26.30
apoc_version=
browser_version=5.24.0
debian_mirror=${TESTGRAPH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache_dir=${TESTGRAPH_OFFLINE_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/testgraph/offline-image}
force=false

# Packages of the base filesystem besides the JRE (chosen by the Neo4j line below): tini as PID 1 (as in the
# official image), jq to read NEO4J_PLUGINS. Changing this list, or the recipe version, rebuilds the base.
tool_packages=tini,jq
base_recipe=1
hash_label=dev.testgraph.offline-image.input-hash

usage() {
  cat <<EOF
Usage: docker/offline-image/build.sh [options]

Builds neo4j:<version>-community and neo4j:<major>.<minor>-community without a container registry.

  --neo4j-version V    Neo4j server version from Maven Central (default $neo4j_version): a 5.x release
                       (Debian bookworm, OpenJDK 17) or a calendar release such as 2026.08.1 (Debian trixie,
                       OpenJDK 21)
  --apoc-version V     APOC core version baked in for NEO4J_PLUGINS=["apoc"] (default: 5.26.19 for Neo4j 5.26;
                       'none' for no APOC; Maven Central has no APOC for the calendar releases)
  --browser-version V  Neo4j Browser version, serves HTTP / (default $browser_version)
  --debian-mirror URL  Debian mirror for debootstrap (default $debian_mirror; env TESTGRAPH_DEBIAN_MIRROR)
  --cache-dir DIR      where the Debian base and the jars are kept between runs
                       (default \${XDG_CACHE_HOME:-\$HOME/.cache}/testgraph/offline-image; env TESTGRAPH_OFFLINE_IMAGE_CACHE)
  --force              rebuild the image even if one built from the same inputs exists
  -h, --help           this text
EOF
}

die() {
  printf 'offline-image: %s\n' "$*" >&2
  exit 1
}

while [ $# -gt 0 ]; do
  case $1 in
    --neo4j-version) neo4j_version=${2:?--neo4j-version needs a value}; shift 2 ;;
    --neo4j-version=*) neo4j_version=${1#*=}; shift ;;
    --apoc-version) apoc_version=${2:?--apoc-version needs a value}; shift 2 ;;
    --apoc-version=*) apoc_version=${1#*=}; shift ;;
    --browser-version) browser_version=${2:?--browser-version needs a value}; shift 2 ;;
    --browser-version=*) browser_version=${1#*=}; shift ;;
    --debian-mirror) debian_mirror=${2:?--debian-mirror needs a value}; shift 2 ;;
    --debian-mirror=*) debian_mirror=${1#*=}; shift ;;
    --cache-dir) cache_dir=${2:?--cache-dir needs a value}; shift 2 ;;
    --cache-dir=*) cache_dir=${1#*=}; shift ;;
    --force) force=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

version_pattern='^[0-9]+\.[0-9]+\.[0-9]+$'
[[ $neo4j_version =~ $version_pattern ]] ||
  die "--neo4j-version must look like 5.26.30 or 2026.08.1, got '$neo4j_version'"

# What differs between Neo4j's lines: the Java it needs, its main class, and the APOC Maven Central has for it.
case $neo4j_version in
  5.*)
    debian_suite=bookworm
    jre_package=openjdk-17-jre-headless
    main_class=org.neo4j.server.CommunityEntryPoint
    default_apoc_version=5.26.19
    offline_settings=(dbms.usage_report.enabled=false)
    ;;
  20[2-9][0-9].*)
    # Calendar releases (2025.01 on) are built for Java 21; Debian has OpenJDK 21 from trixie on. Their main class
    # was renamed; APOC is not published on Maven Central for them. Besides usage reports they have Fleet
    # Manager, and Bolt broadcasts "fleet discovery" packets on every network of the container unless told not to.
    debian_suite=trixie
    jre_package=openjdk-21-jre-headless
    main_class=org.neo4j.server.Neo4jCommunity
    default_apoc_version=none
    offline_settings=(dbms.usage_report.enabled=false dbms.fleet_manager.enabled=false
      server.fleet_discovery.enabled=false)
    ;;
  *) die "--neo4j-version $neo4j_version: this builder knows Neo4j 5.x and the calendar releases (2025.01 on)" ;;
esac
apoc_version=${apoc_version:-$default_apoc_version}
[ "$apoc_version" = none ] || [[ $apoc_version =~ $version_pattern ]] ||
  die "--apoc-version must look like 5.26.19, or be none, got '$apoc_version'"
base_packages=$jre_package,$tool_packages
[[ $browser_version =~ $version_pattern ]] || die "--browser-version must look like 5.24.0, got '$browser_version'"

image="neo4j:${neo4j_version}-community"
floating_image="neo4j:${neo4j_version%.*}-community"

# ---- steps: each prints its name and duration; a failure names the step and shows the end of its log ----

step_number=0
step_name=
step_log=
step_started=0
build_started=$SECONDS

begin_step() {
  step_number=$((step_number + 1))
  step_name=$1
  step_log=
  step_started=$SECONDS
  printf '==> [%d] %s\n' "$step_number" "$step_name"
}

end_step() {
  printf '    done in %ds%s\n' $((SECONDS - step_started)) "${1:+ ($1)}"
  step_name=
}

# Runs a noisy command with its output in a log file, shown only if it fails.
logged() {
  step_log="$cache_dir/logs/step-${step_number}.log"
  mkdir -p "$cache_dir/logs"
  "$@" >"$step_log" 2>&1
}

on_exit() {
  local code=$?
  [ -n "${work_dir:-}" ] && rm -rf "$work_dir"
  [ -n "${partial_dir:-}" ] && rm -rf "$partial_dir"
  if [ "$code" -ne 0 ] && [ -n "$step_name" ]; then
    if [ -n "$step_log" ] && [ -s "$step_log" ]; then
      printf 'offline-image: last lines of %s:\n' "$step_log" >&2
      tail -n 25 "$step_log" | sed 's/^/    /' >&2
    fi
    printf 'offline-image: step [%d] "%s" failed (exit %d) after %ds\n' \
      "$step_number" "$step_name" "$code" $((SECONDS - step_started)) >&2
  fi
}
trap on_exit EXIT

image_label() {
  docker image inspect --format "{{ index .Config.Labels \"$hash_label\" }}" "$1" 2>/dev/null || true
}

image_id() {
  docker image inspect --format '{{ .Id }}' "$1" 2>/dev/null || true
}

# An image whose last tag moved to a new build, unless a container still uses it.
remove_if_untagged() {
  [ -n "$1" ] && [ "$(docker image inspect --format '{{ len .RepoTags }}' "$1" 2>/dev/null)" = 0 ] &&
    docker image rm "$1" >/dev/null 2>&1 || true
}

short() { printf '%s' "${1:0:12}"; }

# ---- 1. prerequisites ----

begin_step "check prerequisites"
command -v docker >/dev/null || die "the docker command is missing (Debian: apt-get install docker.io)"
docker info >/dev/null 2>&1 || die "no Docker engine answers 'docker info'; start one (as root: dockerd &)"
command -v sha256sum >/dev/null || die "sha256sum is missing (coreutils)"
command -v flock >/dev/null || die "flock is missing (util-linux)"
mkdir -p "$cache_dir"
exec 9>"$cache_dir/.lock"
if ! flock -n 9; then
  echo "    another build holds $cache_dir/.lock; waiting for it"
  flock 9
fi
end_step

# ---- 2. what the image is made of: skip everything if an image with the same inputs is tagged already ----

begin_step "hash the inputs"
input_hash=$(
  {
    printf 'neo4j=%s apoc=%s browser=%s suite=%s packages=%s recipe=%s main=%s offline=%s\n' "$neo4j_version" \
      "$apoc_version" "$browser_version" "$debian_suite" "$base_packages" "$base_recipe" "$main_class" \
      "${offline_settings[*]}"
    cd "$here" && find . -type f ! -name README.md ! -path '*/target/*' ! -path './.cache/*' -print0 |
      LC_ALL=C sort -z | xargs -0 sha256sum
  } | sha256sum | cut -c1-64
)
end_step "$(short "$input_hash")"

if [ "$force" = false ] && [ "$(image_label "$image")" = "$input_hash" ]; then
  if [ "$(image_label "$floating_image")" != "$input_hash" ]; then
    old_floating_id=$(image_id "$floating_image")
    docker tag "$image" "$floating_image"
    remove_if_untagged "$old_floating_id"
    echo "    tagged $floating_image"
  fi
  printf 'offline-image: %s and %s are up to date (inputs %s); nothing to build (%ds)\n' \
    "$image" "$floating_image" "$(short "$input_hash")" $((SECONDS - build_started))
  exit 0
fi

# ---- 3. Debian base filesystem (cached) ----

base_key=$(printf '%s %s %s' "$debian_suite" "$base_packages" "$base_recipe" | sha256sum | cut -c1-12)
base_dir="$cache_dir/base-${debian_suite}-${base_key}"
begin_step "Debian base filesystem ($debian_suite with $base_packages)"
if [ -f "$base_dir/complete" ]; then
  end_step "cached in $base_dir"
else
  [ "$(id -u)" -eq 0 ] || die "debootstrap needs root the first time (the result is cached in $cache_dir)"
  command -v debootstrap >/dev/null || die "debootstrap is missing (Debian: apt-get install debootstrap)"
  rm -rf "$base_dir"
  partial_dir="$base_dir.partial"
  rm -rf "$partial_dir"
  logged debootstrap --variant=minbase --include="$base_packages" "$debian_suite" "$partial_dir/rootfs" "$debian_mirror"
  # The user the server runs as, with the official image's ids.
  chroot "$partial_dir/rootfs" groupadd --system --gid 7474 neo4j
  logged chroot "$partial_dir/rootfs" useradd --system --uid 7474 --gid neo4j --home-dir /var/lib/neo4j \
    --no-create-home --shell /bin/bash neo4j
  # Downloaded packages and package lists are not needed at run time.
  rm -rf "$partial_dir"/rootfs/var/cache/apt/archives/*.deb "$partial_dir"/rootfs/var/lib/apt/lists/*
  touch "$partial_dir/complete"
  mv "$partial_dir" "$base_dir"
  partial_dir=
  end_step "$(du -sh "$base_dir/rootfs" | cut -f1)"
fi

# ---- 4. Neo4j jars from Maven Central (cached) ----

jars_key=$(
  {
    printf '%s %s %s\n' "$neo4j_version" "$apoc_version" "$browser_version"
    cat "$here/jars/pom.xml"
  } | sha256sum | cut -c1-12
)
jars_dir="$cache_dir/jars-${neo4j_version}-${jars_key}"
if [ "$apoc_version" = none ]; then
  profiles=(server)
  begin_step "Neo4j $neo4j_version and Browser $browser_version jars (no APOC)"
else
  profiles=(server apoc)
  begin_step "Neo4j $neo4j_version, Browser $browser_version and APOC $apoc_version jars"
fi
if [ -f "$jars_dir/complete" ]; then
  end_step "cached in $jars_dir"
else
  rm -rf "$jars_dir"
  partial_dir="$jars_dir.partial"
  rm -rf "$partial_dir"
  mkdir -p "$partial_dir/apoc"
  for profile in "${profiles[@]}"; do
    logged "$project_root/mvnw" -B -f "$here/jars/pom.xml" -P "$profile" \
      -Dneo4j.version="$neo4j_version" -Dapoc.version="$apoc_version" -Dneo4j-browser.version="$browser_version" \
      -Djars.outputDirectory="$partial_dir/$profile" dependency:copy-dependencies
  done
  # APOC's own copies of libraries the server already ships (older versions) would shadow the server's.
  for jar in "$partial_dir"/apoc/*.jar; do
    [ -e "$jar" ] || continue
    artifact=$(basename "$jar")
    artifact=${artifact%-[0-9]*}
    if compgen -G "$partial_dir/server/${artifact}-[0-9]*.jar" >/dev/null; then
      rm "$jar"
    fi
  done
  [ -n "$(compgen -G "$partial_dir/server/neo4j-browser-*.jar")" ] || die "the Neo4j Browser jar was not resolved"
  touch "$partial_dir/complete"
  mv "$partial_dir" "$jars_dir"
  partial_dir=
  end_step "$(ls "$jars_dir/server" | wc -l) server jars, $(ls "$jars_dir/apoc" | wc -l) APOC jars"
fi

# ---- 5. the image's file system: base + Neo4j home + entrypoint ----

begin_step "assemble the image's file system"
work_dir=$(mktemp -d "$cache_dir/work.XXXXXX")
rootfs="$work_dir/rootfs"
# Hard links: no copy of the 500 MB base. Only new paths are added below, so the cache is never written through.
cp -al "$base_dir/rootfs" "$rootfs"
home="$rootfs/var/lib/neo4j"
mkdir -p "$home/lib" "$home/conf" "$home/plugins" "$home/import" "$home/available-plugins" \
  "$rootfs/data" "$rootfs/logs" "$rootfs/conf" "$rootfs/startup"
cp -al "$jars_dir"/server/*.jar "$home/lib/"
if [ "$apoc_version" != none ]; then
  mkdir "$home/available-plugins/apoc"
  cp -al "$jars_dir"/apoc/*.jar "$home/available-plugins/apoc/"
fi
install -m 0644 "$here/image/neo4j.conf" "$home/conf/neo4j.conf"
install -m 0755 "$here/image/docker-entrypoint.sh" "$rootfs/startup/docker-entrypoint.sh"
# The class the entrypoint starts: it was renamed in the calendar releases.
printf '%s\n' "$main_class" >"$rootfs/startup/main-class"
# The settings that keep the server from sending anything off the machine, whatever a container asks.
printf '%s\n' "${offline_settings[@]}" >"$rootfs/startup/offline-settings"
# As in the official image: /data and /logs are the volumes, linked from the Neo4j home. /plugins is the
# plugins folder of the home (where Testcontainers' withPlugins(MountableFile) copies), so a jar put in
# either place is loaded.
ln -s /data "$home/data"
ln -s /logs "$home/logs"
ln -s /var/lib/neo4j/plugins "$rootfs/plugins"
chown -R 7474:7474 "$home/conf" "$home/plugins" "$home/import" "$rootfs/data" "$rootfs/logs"
chown 7474:7474 "$home"
end_step "$(du -sh "$home/lib" | cut -f1) of server jars"

# ---- 6. import as an image with the official image's tags ----

begin_step "import $image and tag $floating_image"
old_ids="$(image_id "$image") $(image_id "$floating_image")"
step_log="$cache_dir/logs/step-${step_number}.log"
tar --numeric-owner -C "$rootfs" -c . | docker import \
  --message "Testgraph offline Neo4j $neo4j_version image" \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV NEO4J_HOME=/var/lib/neo4j" \
  --change "ENV NEO4J_EDITION=community" \
  --change "ENV LANG=C.UTF-8" \
  --change "WORKDIR /var/lib/neo4j" \
  --change "VOLUME [\"/data\", \"/logs\"]" \
  --change "EXPOSE 7473 7474 7687" \
  --change "LABEL $hash_label=$input_hash" \
  --change "LABEL org.opencontainers.image.title=neo4j-offline org.opencontainers.image.version=$neo4j_version" \
  --change "LABEL org.opencontainers.image.description=\"Neo4j $neo4j_version Community built offline by Testgraph from Debian packages and Maven Central\"" \
  --change "ENTRYPOINT [\"/usr/bin/tini\", \"-g\", \"--\", \"/startup/docker-entrypoint.sh\"]" \
  --change "CMD [\"neo4j\"]" \
  - "$image" >/dev/null 2>"$step_log"
docker tag "$image" "$floating_image"
for old_id in $old_ids; do
  remove_if_untagged "$old_id"
done
end_step "$(docker image inspect --format '{{ .Size }}' "$image" | awk '{ printf "%d MB", $1 / 1000000 }')"

rm -rf "$work_dir"
work_dir=
printf 'offline-image: built %s and %s (inputs %s) in %ds\n' \
  "$image" "$floating_image" "$(short "$input_hash")" $((SECONDS - build_started))
