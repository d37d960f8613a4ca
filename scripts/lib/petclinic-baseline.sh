#!/usr/bin/env bash
# `scripts/benchmark baseline`: Talks Tracker's reader pages beside spring-petclinic's owner page,
# both rendered from PostgreSQL on every request, measured alternately in one run so that they
# share whatever else the machine is doing. Prints one Markdown table (and keeps it, with the logs,
# in target/benchmark-baseline/).
#
# For each database (the reference data, then the generated data set if SPRING_DATASOURCE_URL names
# one) Talks Tracker is started twice: with the page cache off (talks.page-cache.max-size=0) for
# the rendered rows, and as deployed for the cached round page. Each page is warmed up, then
# measured BASELINE_REPEAT times, each time right after a run of petclinic's /owners/1; a row gives
# the medians, the ratio of the medians, and the load average (1 min) before each of our runs.
#
#   scripts/benchmark baseline                                   # reference data only
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/talks_bench SPRING_DATASOURCE_USERNAME=postgres \
#     scripts/benchmark baseline                                 # and the generated data set
#
# What it needs and makes (PostgreSQL on 127.0.0.1 with a superuser PGUSER, default postgres):
# - petclinic: PETCLINIC_DIR (default target/spring-petclinic) is cloned from
#   https://github.com/spring-projects/spring-petclinic if missing and built with its ./mvnw
#   unless it holds a jar; it runs with --spring.profiles.active=postgres on PETCLINIC_PORT (8081)
#   against the database petclinic owned by the role petclinic (password petclinic), created
#   if missing, as its application-postgres.properties expects. Its code is never copied here.
# - the reference data: BASELINE_REFERENCE_DATABASE (talks_reference), created if missing; the
#   application loads the reference data set into it on its first start.
# - Talks Tracker on BENCHMARK_PORT (8094), from target/talks-tracker-0.1.0-SNAPSHOT.jar, built
#   unless BASELINE_BUILD=false.
# BENCHMARK_DURATION (10s), BENCHMARK_WARMUP (30s per page, once), BASELINE_REPEAT (3),
# BENCHMARK_HEAP (256m, for both applications), BENCHMARK_SEARCH (ceasefire) change the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

duration=${BENCHMARK_DURATION:-10s}
warmup=${BENCHMARK_WARMUP:-30s}
repeat=${BASELINE_REPEAT:-3}
heap=${BENCHMARK_HEAP:-256m}
word=${BENCHMARK_SEARCH:-ceasefire}
export BENCHMARK_PORT=${BENCHMARK_PORT:-8094}
petclinic_port=${PETCLINIC_PORT:-8081}
petclinic_dir=${PETCLINIC_DIR:-target/spring-petclinic}
admin=${PGUSER:-postgres}
reference_database=${BASELINE_REFERENCE_DATABASE:-talks_reference}
scale_url=${SPRING_DATASOURCE_URL:-}
scale_user=${SPRING_DATASOURCE_USERNAME:-$(whoami)}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

out=target/benchmark-baseline
mkdir -p "$out"
[ "${BASELINE_BUILD:-true}" = false ] || ./mvnw -q -B -DskipTests package
# A copy, so that a build during the run does not change the jar under the running application.
cp target/talks-tracker-0.1.0-SNAPSHOT.jar "$out/talks-tracker.jar"
export application_jar=$out/talks-tracker.jar

admin_sql() { psql -h 127.0.0.1 -U "$admin" -d postgres -tAq -c "$1"; }

# petclinic, built from its public repository, on its own database.
if ! ls "$petclinic_dir"/target/spring-petclinic-*.jar >/dev/null 2>&1; then
  [ -d "$petclinic_dir" ] || git clone -q https://github.com/spring-projects/spring-petclinic "$petclinic_dir"
  (cd "$petclinic_dir" && ./mvnw -q -B -DskipTests package)
fi
petclinic_jar=$(ls "$petclinic_dir"/target/spring-petclinic-*.jar | head -1)
[ -n "$(admin_sql "select 1 from pg_roles where rolname = 'petclinic'")" ] ||
  admin_sql "create role petclinic login password 'petclinic'"
[ -n "$(admin_sql "select 1 from pg_database where datname = 'petclinic'")" ] ||
  admin_sql "create database petclinic owner petclinic"
[ -n "$(admin_sql "select 1 from pg_database where datname = '$reference_database'")" ] ||
  admin_sql "create database $reference_database"

if curl -s -o /dev/null "http://127.0.0.1:$petclinic_port/"; then
  echo "Something already answers on port $petclinic_port: stop it, or set PETCLINIC_PORT" >&2
  exit 1
fi
java "-Xmx$heap" -jar "$petclinic_jar" --spring.profiles.active=postgres --server.port="$petclinic_port" \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/petclinic --management.server.port=0 \
  >"$out/petclinic.log" 2>&1 &
petclinic=$!
trap 'kill $petclinic 2>/dev/null || true' EXIT
owner="http://127.0.0.1:$petclinic_port/owners/1"
until curl -fs -o /dev/null "$owner"; do
  kill -0 "$petclinic" 2>/dev/null || { tail -30 "$out/petclinic.log" >&2; echo "petclinic did not start" >&2; exit 1; }
  sleep 0.5
done
wrk -t2 -c16 -d"$warmup" "$owner" >/dev/null

# measure URL PID: one wrk run; prints "requests/s p99-ms cpu-ms", the last being the CPU time the
# process (user and system, all threads) spent per request: less affected than the rates by what
# else runs on the machine.
measure() {
  local line before after
  before=$(cpu_ticks "$2")
  line=$(wrk -t2 -c16 -d"$duration" --timeout 30s -s scripts/benchmark.lua "$1" | grep '^RESULT')
  after=$(cpu_ticks "$2")
  read -r _ rps _ p99 _ failed total <<<"$line"
  [ "$failed" = 0 ] || echo "warning: $failed failed requests on $1" >&2
  echo "$rps $p99 $(awk -v t=$((after - before)) -v n="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t * 1000 / hz / n }')"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
load() { cut -d' ' -f1 /proc/loadavg; }

results="$out/results.md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
  echo "$(java -version 2>&1 | head -1), $(admin_sql 'select version()' | cut -d' ' -f1-2), heap -Xmx$heap for both;"
  echo "petclinic $(git -C "$petclinic_dir" log -1 --format='%h (%cs)' 2>/dev/null || echo "$petclinic_jar") \`/owners/1\`, postgres profile."
  echo "wrk -t2 -c16 -d$duration, median of $repeat runs, each right after a run of petclinic's owner page;"
  echo "a $warmup warm-up per page first. Load: the 1-minute load average before each of our runs."
  echo
  echo "| data | page | URL | requests/s | p99 ms | CPU ms/request | petclinic requests/s | petclinic p99 ms | petclinic CPU ms/request | ratio | load |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
} >"$results"

# run_database LABEL JDBC-URL USER: every page of one database, rendered and cached.
run_database() (
  export SPRING_DATASOURCE_URL=$2 SPRING_DATASOURCE_USERNAME=$3
  label=$1
  if [ "$label" = reference ] && [ -z "$(psql -h 127.0.0.1 -U "$3" -d "${2##*/}" -tAq -c "select to_regclass('round')")" ]; then
    # The first start into an empty database migrates it and loads the reference data set.
    java "-Xmx$heap" -jar "$application_jar" --server.port="$BENCHMARK_PORT" --management.server.port=0 \
      --spring.datasource.url="$2" --spring.datasource.username="$3" >"$out/$label-load.log" 2>&1 &
    local loading=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$BENCHMARK_PORT/readyz"; do
      kill -0 "$loading" 2>/dev/null || { tail -30 "$out/$label-load.log" >&2; echo "The application did not start" >&2; exit 1; }
      sleep 0.5
    done
    kill "$loading"; wait "$loading" || true
  fi
  source scripts/lib/application.sh
  local pages=(
    "round page, rendered|/rounds/$round"
    "rounds list, rendered|/rounds"
    "search ($word), rendered|/search?q=$word"
    "exchanges, rendered|/exchanges"
    "home, rendered|/"
  )
  start_application "$out/$label-rendered.log" "-Xmx$heap" -Dtalks.page-cache.max-size=0
  first_releases_done
  run_pages "${pages[@]}"
  stop_application
  start_application "$out/$label-cached.log" "-Xmx$heap"
  run_pages "round page, cached|/rounds/$round"
  stop_application
)

# Rounds and memoranda written by scripts/generate-data get their first releases in the background
# once the application is up (release/FirstReleases): about 50 minutes of CPU at full scale, once
# per database. Nothing is measured until they are all made.
first_releases_done() {
  local left
  while left=$(sql "select (select count(*) from round r where r.published
      and not exists (select from round_release x where x.round_id = r.id))
    + (select count(*) from memorandum m left join round o on o.id = m.round_id where (o.id is null or o.published)
      and not exists (select from memorandum_release x where x.memorandum_id = m.id))"); [ "$left" != 0 ]; do
    echo "waiting for the first releases of $left rounds and memoranda (once per database)" >&2
    sleep 60
  done
}

run_pages() {
  local page name path url code ours theirs loads
  for page in "$@"; do
    name=${page%%|*}; path=${page#*|}
    url="http://127.0.0.1:$port$path"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    [ "$code" = 200 ] || echo "warning: $path answers $code" >&2
    wrk -t2 -c16 -d"$warmup" "$url" >/dev/null
    ours=(); theirs=(); loads=()
    for _ in $(seq "$repeat"); do
      theirs+=("$(measure "$owner" "$petclinic")")
      loads+=("$(load)")
      ours+=("$(measure "$url" "$application")")
    done
    local rps p99 cpu prps pp99 pcpu
    rps=$(printf '%s\n' "${ours[@]}" | cut -d' ' -f1 | median)
    p99=$(printf '%s\n' "${ours[@]}" | cut -d' ' -f2 | median)
    cpu=$(printf '%s\n' "${ours[@]}" | cut -d' ' -f3 | median)
    prps=$(printf '%s\n' "${theirs[@]}" | cut -d' ' -f1 | median)
    pp99=$(printf '%s\n' "${theirs[@]}" | cut -d' ' -f2 | median)
    pcpu=$(printf '%s\n' "${theirs[@]}" | cut -d' ' -f3 | median)
    echo "| $label | $name | \`$path\` | $rps | $p99 | $cpu | $prps | $pp99 | $pcpu | $(awk -v a="$rps" -v b="$prps" 'BEGIN { printf "%.2f", a / b }') | ${loads[*]} |" |
      tee -a "$results"
  done
}

run_database reference "jdbc:postgresql://127.0.0.1:5432/$reference_database" "$admin"
[ -z "$scale_url" ] || run_database generated "$scale_url" "$scale_user"
echo
cat "$results"
