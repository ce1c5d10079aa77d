#!/bin/bash
# Entrypoint of Testgraph's offline Neo4j image (docker/offline-image). It follows the official image's
# conventions: NEO4J_AUTH, NEO4J_* settings, NEO4J_PLUGINS / NEO4JLABS_PLUGINS, /conf, /data, /logs, /plugins,
# and runs the server as user neo4j (uid 7474), logging to stdout.
set -euo pipefail

export NEO4J_HOME=${NEO4J_HOME:-/var/lib/neo4j}
conf_dir="$NEO4J_HOME/conf"
neo4j_conf="$conf_dir/neo4j.conf"
available_plugins="$NEO4J_HOME/available-plugins"
plugins_dir="$NEO4J_HOME/plugins"

fail() {
  printf 'neo4j-offline-image: %s\n' "$*" >&2
  exit 1
}

if [ "${1:-neo4j}" != neo4j ]; then
  exec "$@"
fi

if [ "$(id -u)" -eq 0 ]; then
  as_neo4j=(setpriv --reuid=7474 --regid=7474 --init-groups --)
  export HOME="$NEO4J_HOME"
else
  as_neo4j=()
fi

# ---- configuration files ----

# A /conf folder with files replaces the configuration, as in the official image.
if [ -d /conf ] && [ -n "$(find /conf -maxdepth 1 -type f -print -quit)" ]; then
  rm -rf "${conf_dir:?}"/*
  find /conf -maxdepth 1 -type f -exec cp {} "$conf_dir" \;
fi
touch "$neo4j_conf"

conf_file_for() {
  case $1 in
    apoc.*) printf '%s' "$conf_dir/apoc.conf" ;;
    *) printf '%s' "$neo4j_conf" ;;
  esac
}

is_set() {
  local file
  file=$(conf_file_for "$1")
  [ -f "$file" ] && awk -v prefix="$1=" 'index($0, prefix) == 1 { found = 1 } END { exit !found }' "$file"
}

# Replaces any earlier value of the setting (server.jvm.additional is a list and is appended to).
set_setting() {
  local setting=$1 value=$2 file
  file=$(conf_file_for "$setting")
  if [ -f "$file" ] && [ "$setting" != server.jvm.additional ]; then
    awk -v prefix="$setting=" 'index($0, prefix) != 1' "$file" >"$file.new"
    cat "$file.new" >"$file"
    rm "$file.new"
  fi
  # A file from /conf may not end with a line break.
  if [ -s "$file" ] && [ -n "$(tail -c 1 "$file")" ]; then
    echo >>"$file"
  fi
  printf '%s=%s\n' "$setting" "$value" >>"$file"
}

conf_value() {
  awk -v prefix="$1=" 'index($0, prefix) == 1 { value = substr($0, length(prefix) + 1) } END { print value }' \
    "$neo4j_conf"
}

# ---- plugins named in NEO4J_PLUGINS (or the older NEO4JLABS_PLUGINS), installed from the image ----

plugins=${NEO4J_PLUGINS:-${NEO4JLABS_PLUGINS:-}}
if [ -n "$plugins" ]; then
  jq -e 'type == "array" and all(.[]; type == "string")' >/dev/null 2>&1 <<<"$plugins" ||
    fail "NEO4J_PLUGINS must be a JSON list of plugin names, like [\"apoc\"]; got: $plugins"
  mapfile -t requested < <(jq -r '.[]' <<<"$plugins")
  for plugin in "${requested[@]}"; do
    if ! [[ $plugin =~ ^[A-Za-z0-9_-]+$ ]] || ! [ -d "$available_plugins/$plugin" ]; then
      available=$(cd "$available_plugins" && find . -mindepth 1 -maxdepth 1 -type d -printf '%P\n' | sort | xargs)
      fail "unknown plugin \"$plugin\" in NEO4J_PLUGINS; this offline image has: ${available:-none}"
    fi
  done
  user_unrestricted=false
  is_set dbms.security.procedures.unrestricted && user_unrestricted=true
  for plugin in "${requested[@]}"; do
    echo "Installing plugin '$plugin' from $available_plugins/$plugin to $plugins_dir"
    cp "$available_plugins/$plugin"/*.jar "$plugins_dir/"
    # What the official image sets for its plugins, unless the configuration already sets it.
    if [ "$user_unrestricted" = true ]; then
      echo "Leaving dbms.security.procedures.unrestricted as configured; you may need to add $plugin.* to it"
    elif is_set dbms.security.procedures.unrestricted; then
      set_setting dbms.security.procedures.unrestricted "$(conf_value dbms.security.procedures.unrestricted),$plugin.*"
    else
      set_setting dbms.security.procedures.unrestricted "$plugin.*"
    fi
  done
fi

# ---- the official image's Docker defaults: they never override the configuration ----

is_set server.default_listen_address || set_setting server.default_listen_address 0.0.0.0
is_set server.memory.pagecache.size || set_setting server.memory.pagecache.size 512M
is_set server.directories.logs || set_setting server.directories.logs /logs
[ -d /import ] && ! is_set server.directories.import && set_setting server.directories.import /import

# ---- NEO4J_* variables become settings: _ is a dot, __ an underscore (NEO4J_db_tx__log -> db.tx_log) ----

while IFS= read -r variable; do
  case $variable in
    NEO4J_AUTH | NEO4J_AUTH_PATH | NEO4J_PLUGINS | NEO4J_HOME | NEO4J_EDITION | NEO4J_DEBUG | \
      NEO4J_ACCEPT_LICENSE_AGREEMENT | NEO4J_SHA256 | NEO4J_TARBALL) continue ;;
  esac
  value=${!variable}
  [ -n "$value" ] || continue
  setting=${variable#NEO4J_}
  setting=${setting//_/.}
  setting=${setting//../_}
  if [[ $setting =~ ^[0-9] ]]; then
    echo "WARNING: $setting not written to the configuration: a setting cannot start with a digit" >&2
    continue
  fi
  set_setting "$setting" "$value"
done < <(compgen -e | grep '^NEO4J_' | LC_ALL=C sort)

# Never phone home: the settings the build wrote to /startup/offline-settings (usage reporting off; in the
# calendar releases also Fleet Manager and its discovery broadcasts on the container's network) win over
# anything asked.
while IFS='=' read -r setting value; do
  [ -n "$setting" ] || continue
  asked=$(conf_value "$setting")
  if [ -n "$asked" ] && [ "$asked" != "$value" ]; then
    echo "$setting=$asked is ignored: this image never sends data off the machine" >&2
  fi
  set_setting "$setting" "$value"
done </startup/offline-settings

# Settings can hold secrets (a key store's password, say): the configuration is for the server's user only.
find "$conf_dir" -maxdepth 1 -type f -perm /go=rwx -exec chmod go-rwx {} +

# ---- folders the server writes to ----

if [ "$(id -u)" -eq 0 ]; then
  for folder in /data /logs "$conf_dir"; do
    if [ -n "$(find "$folder" ! -user 7474 -print -quit)" ]; then
      chown -R 7474:7474 "$folder"
    fi
  done
fi

# ---- NEO4J_AUTH: none, or neo4j/<password> set before the first start (as neo4j-admin would) ----
# The value holds the password, so no message prints it, no command line carries it (any process in the
# container reads those with ps or /proc/<pid>/cmdline) and the server does not inherit it in its environment.

auth=${NEO4J_AUTH:-}
auth_source=NEO4J_AUTH
if [ -n "${NEO4J_AUTH_PATH:-}" ]; then
  [ -f "$NEO4J_AUTH_PATH" ] || fail "the password file '$NEO4J_AUTH_PATH' (NEO4J_AUTH_PATH) does not exist"
  auth=$(cat "$NEO4J_AUTH_PATH")
  auth_source="the file in NEO4J_AUTH_PATH"
fi
unset NEO4J_AUTH
minimum=$(conf_value dbms.security.auth_minimum_password_length)
[[ $minimum =~ ^[0-9]+$ ]] || minimum=8
auth_shape="$auth_source must be none or neo4j/<password of at least $minimum characters, without />"
auth_shape+=", optionally followed by /true to require a new password at first login (the value is not shown)"
if [ "$auth" = none ]; then
  set_setting dbms.security.auth_enabled false
elif [[ $auth =~ ^([^/]+)/([^/]+)(/[tT][rR][uU][eE])?$ ]]; then
  user=${BASH_REMATCH[1]}
  password=${BASH_REMATCH[2]}
  require_change=${BASH_REMATCH[3]}
  [ "$user" = neo4j ] || fail "invalid $auth_source: the user must be neo4j, the one admin user of Neo4j Community"
  [ "$password" != neo4j ] || fail "invalid $auth_source: the password cannot be 'neo4j', the default"
  [ "${#password}" -ge "$minimum" ] || fail "$auth_shape"
  # neo4j-admin reads its arguments from a file (picocli's @file) that only the server's user can read, deleted
  # once it is done. In that file the password is one double-quoted argument: backslash, double quote, line
  # feed and carriage return are escaped, and a leading @ is doubled (picocli would read @x as a file name).
  quoted=${password//\\/\\\\}
  quoted=${quoted//\"/\\\"}
  quoted=${quoted//$'\n'/\\n}
  quoted=${quoted//$'\r'/\\r}
  [[ $quoted != @* ]] || quoted=@$quoted
  argument_file=$(mktemp "${TMPDIR:-/tmp}/neo4j-admin-arguments.XXXXXX")
  trap 'rm -f "$argument_file"' EXIT
  [ "$(id -u)" -ne 0 ] || chown 7474:7474 "$argument_file"
  {
    printf '%s\n' dbms set-initial-password
    [ -z "$require_change" ] || printf '%s\n' --require-password-change
    printf -- '--\n"%s"\n' "$quoted"
  } >"$argument_file"
  unset password quoted auth
  # umask 077: the password hash neo4j-admin writes (/data/dbms/auth.ini) is the server user's alone.
  (umask 077 && NEO4J_CONF="$conf_dir" "${as_neo4j[@]}" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dfile.encoding=UTF-8 -cp "$NEO4J_HOME/lib/*" org.neo4j.cli.AdminTool "@$argument_file")
  rm -f "$argument_file"
  trap - EXIT
elif [ -n "$auth" ]; then
  fail "$auth_shape"
fi

# ---- the server, in the foreground, logging to stdout ----

jvm_options=()
while IFS= read -r option; do
  [ -z "$option" ] || jvm_options+=("$option")
done < <(awk -v prefix="server.jvm.additional=" 'index($0, prefix) == 1 { print substr($0, length(prefix) + 1) }' \
  "$neo4j_conf")
# A Neo4j size (512m, 1G, 512MiB, 2gb, bytes) as the JVM writes it (512m, 1g).
jvm_size() {
  local pattern='^([0-9]+)[[:space:]]*([kKmMgG]?)([iI]?[bB])?$'
  [[ $2 =~ $pattern ]] || fail "$1=$2: use a whole number with k, m or g, like 512m, for the JVM"
  printf '%s%s' "${BASH_REMATCH[1]}" "${BASH_REMATCH[2],,}"
}
heap_initial=$(conf_value server.memory.heap.initial_size)
heap_max=$(conf_value server.memory.heap.max_size)
[ -z "$heap_initial" ] || jvm_options+=("-Xms$(jvm_size server.memory.heap.initial_size "$heap_initial")")
[ -z "$heap_max" ] || jvm_options+=("-Xmx$(jvm_size server.memory.heap.max_size "$heap_max")")

# org.neo4j.server.CommunityEntryPoint in Neo4j 5, org.neo4j.server.Neo4jCommunity in the calendar releases.
main_class=$(cat /startup/main-class)
exec "${as_neo4j[@]}" java "${jvm_options[@]}" -Dfile.encoding=UTF-8 \
  -cp "$plugins_dir/*:$conf_dir/*:$NEO4J_HOME/lib/*" \
  "$main_class" --home-dir="$NEO4J_HOME" --config-dir="$conf_dir" --console-mode
