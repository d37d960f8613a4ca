# Shared by scripts/benchmark and scripts/query-plans: the database named by the standard Spring
# datasource settings, and the application started against it. Source it from the project root.

jdbc=${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL, e.g. jdbc:postgresql://127.0.0.1:5432/talks_bench}
user=${SPRING_DATASOURCE_USERNAME:-$(whoami)}
port=${BENCHMARK_PORT:-18080}
if [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ]; then export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD; fi

# jdbc:postgresql://host:port/db?… → a libpq URL for psql.
rest=${jdbc#jdbc:postgresql://}
db="postgresql://${user}@${rest%%\?*}"
database_name=${rest#*/}
database_name=${database_name%%\?*}

# An interrupted run still ends through the EXIT trap, which stops what it started.
trap 'exit 130' INT TERM

sql() { psql --dbname="$db" --tuples-only --no-align --quiet --command="$1"; }

# Pages that exist in any generated data set: a published round from the middle, two memoranda of
# published rounds, a party and a person who appear in many rounds.
round=$(sql "select slug from round where published order by id offset (select count(*) / 2 from round) limit 1")
memoranda=($(sql "select m.slug from memorandum m join round r on r.id = m.round_id where r.published order by m.id limit 2"))
party=$(sql "select p.slug from party p join delegation d on d.party_id = p.id group by p.slug order by count(*) desc limit 1")
person=$(sql "select p.slug from person p join delegation_member m on m.person_id = p.id group by p.slug order by count(*) desc limit 1")

# start_application LOG [ARGUMENT…]: starts the packaged application on $port, waits until it is
# ready, and sets $application (its pid) and $ready_ms (milliseconds from launch until /readyz).
start_application() {
  local log=$1; shift
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "Something already answers on port $port (an application left running?): stop it, or set BENCHMARK_PORT" >&2
    exit 1
  fi
  local launched; launched=$(date +%s%N)
  java "$@" -jar "${application_jar:-target/talks-tracker-0.1.0-SNAPSHOT.jar}" --server.port="$port" --management.server.port=0 \
    --spring.datasource.url="$jdbc" --spring.datasource.username="$user" --talks.reference-data.enabled=false \
    >"$log" 2>&1 &
  application=$!
  trap 'kill $application 2>/dev/null || true' EXIT
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
    kill -0 "$application" 2>/dev/null || { tail -30 "$log" >&2; echo "The application did not start" >&2; exit 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
}

# prepare_fast_start: the launch docs/OPERATIONS.md ("Fast start") describes, made ready in
# target/fast-start: the jar extracted (no nested jars to open), its ahead-of-time processed bean
# definitions switched on (-Dspring.aot.enabled=true; process-aot runs in every build), and a cache
# recorded by one training start against this database: an AOT cache on JDK 24 or newer (JEP 483,
# 514, 515: the loaded and linked classes and the profiles of the methods that ran), a CDS archive
# before that. The training start serves one request of each kind of reader page and then stops,
# so what the web server and the first requests load is in the cache too; the JVM writes it as it
# exits. Arguments are JVM options for the training start (the heap size of the starts that use it).
# Sets $fast_start_jar and $fast_start_args for start_application.
prepare_fast_start() {
  local dir=target/fast-start feature path
  rm -rf "$dir" && mkdir -p "$dir"
  java -Djarmode=tools -jar target/talks-tracker-0.1.0-SNAPSHOT.jar extract --destination "$dir/app" >/dev/null
  fast_start_jar=$dir/app/talks-tracker-0.1.0-SNAPSHOT.jar
  if [ "$(java_feature_version)" -ge 24 ]; then
    feature=(-XX:AOTCacheOutput="$dir/app.aot"); fast_start_args=(-XX:AOTCache="$dir/app.aot")
  else
    feature=(-XX:ArchiveClassesAtExit="$dir/app.jsa"); fast_start_args=(-XX:SharedArchiveFile="$dir/app.jsa")
  fi
  fast_start_args+=(-Dspring.aot.enabled=true)
  application_jar=$fast_start_jar start_application "$dir/training.log" "$@" "${feature[@]}" -Dspring.aot.enabled=true
  for path in / /rounds "/rounds/$round" "/search?q=talks" /timeline /exchanges /memoranda \
    "/memoranda/compare?a=${memoranda[0]}&b=${memoranda[1]}" "/parties/$party" "/people/$person"; do
    curl -fs -o /dev/null "http://127.0.0.1:$port$path"
  done
  stop_application
}

# The major version of the java on the PATH (17, 21, 25…).
java_feature_version() {
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

stop_application() {
  kill "$application"; wait "$application" || true
  trap - EXIT
}
