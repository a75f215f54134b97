#!/usr/bin/env bash
# The load benchmark of docs/benchmarks.md: generates the dataset at full and
# at one-tenth scale, serves it with the release build on loopback, and runs
# wrk against seven pages and actions and against nginx serving the saved
# HTML of the same lesson page (the static-file ceiling). Both scales' servers
# run side by side and each page is measured at one scale, then the other, so
# that the growth table compares like with like on a shared machine.
#
#   scripts/bench/run.sh           full run; rewrites the results section of docs/benchmarks.md
#   scripts/bench/run.sh --smoke   a tiny dataset and one-second runs, so the script cannot rot
#   scripts/bench/run.sh --quick   one-tenth scale only, results printed and not written: a
#                                  before/after check of one change
#
# Needs target/release/server (make build), target/debug/generate-dataset
# (make dataset-tool), wrk and nginx (make bench-tools),
# and python3 for the query plans.
# Settings: DURATION (10s), CONNECTIONS (64), THREADS (2), SERVER (the binary),
# DATASET (the data generator).
set -euo pipefail
cd "$(dirname "$0")/../.."

SMOKE=0
QUICK=0
[[ "${1:-}" == "--smoke" ]] && SMOKE=1
[[ "${1:-}" == "--quick" ]] && QUICK=1
SERVER=${SERVER:-target/release/server}
DATASET=${DATASET:-target/debug/generate-dataset}
THREADS=${THREADS:-2}
if ((SMOKE)); then
	SCALES=(0.01)
	DURATION=${DURATION:-1s}
	CONNECTIONS=${CONNECTIONS:-4}
else
	SCALES=(1 0.1)
	((QUICK)) && SCALES=(0.1)
	DURATION=${DURATION:-10s}
	CONNECTIONS=${CONNECTIONS:-64}
fi
for tool in "$SERVER" "$DATASET" wrk nginx curl; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build bench-tools)" >&2; exit 2; }
done

WORK=$(mktemp -d)
# nginx workers run as an unprivileged user when started by root.
chmod 755 "$WORK"
SERVER_PIDS=()
NGINX_PID=""
stop() {
	local pid
	for pid in "${SERVER_PIDS[@]}" $NGINX_PID; do
		kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	done
	SERVER_PIDS=()
	NGINX_PID=""
	return 0
}
trap 'stop; rm -rf "$WORK"' EXIT

# A free loopback port.
free_port() {
	local port
	for port in $(shuf -i 20000-60000 -n 50); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	echo "bench: no free port" >&2
	exit 2
}

wait_for() {
	local url=$1
	for _ in $(seq 1 200); do
		curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
		sleep 0.05
	done
	echo "bench: $url did not answer" >&2
	exit 2
}

# The session cookie of an account ("hrh_session=…").
login() {
	curl -sS -o /dev/null -D - -X POST -H "Origin: $BASE" \
		--data-urlencode "email=$1" --data-urlencode "password=$PASSWORD" \
		"$BASE/api/login" | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(hrh_session=[^;]*\).*/\1/p' | tail -1
}

# wrk's summary as "requests/s p50-ms p99-ms errors".
summarise() {
	awk '
	function ms(v) {
		if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
		if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
		if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 }
		return v
	}
	/^ +50%/ { p50 = ms($2) }
	/^ +99%/ { p99 = ms($2) }
	/Requests\/sec:/ { rps = $2 }
	/Socket errors:/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
	/Non-2xx or 3xx responses:/ { errors += $5 }
	END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

# Runs wrk against a path with a cookie, or with a Lua script and its
# arguments; prints the summary.
load() {
	local path=$1 cookie=$2
	shift 2
	local wrk=(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $cookie")
	if (($#)); then
		"${wrk[@]}" -s "$1" "$BASE$path" -- "${@:2}"
	else
		"${wrk[@]}" "$BASE$path"
	fi | tee -a "$WORK/wrk.log" | summarise
}

RESULTS="$WORK/results.md"
: >"$RESULTS"
declare -A BASE_AT PID_AT READER_AT TUTOR_AT SUMMARY_AT GENERATED_AT BYTES_AT

# Every scale's data and server first, all up before any load.
for SCALE in "${SCALES[@]}"; do
	DATA="$WORK/data-$SCALE"
	started=$(date +%s%N)
	summary=$("$DATASET" --data-dir "$DATA" --courses-dir courses --scale "$SCALE")
	GENERATED_AT[$SCALE]=$((($(date +%s%N) - started) / 1000000))
	SUMMARY_AT[$SCALE]=$summary
	echo "$summary"
	# shellcheck source=/dev/null
	source "$DATA/bench-targets.env"

	PORT=$(free_port)
	BASE="http://127.0.0.1:$PORT"
	RUST_LOG=warn "$SERVER" --data-dir "$DATA" --listen "127.0.0.1:$PORT" --public-url "$BASE" \
		--verify-lookups-per-minute 1000000000 >"$WORK/server-$SCALE.log" 2>&1 &
	PID_AT[$SCALE]=$!
	SERVER_PIDS+=("$!")
	wait_for "$BASE/healthz"
	BASE_AT[$SCALE]=$BASE

	READER_AT[$SCALE]=$(login "$READER_EMAIL")
	TUTOR_AT[$SCALE]=$(login "$TUTOR_EMAIL")
	[[ -n "${READER_AT[$SCALE]}" && -n "${TUTOR_AT[$SCALE]}" ]] || { echo "bench: could not log in" >&2; exit 2; }

	# The submission benchmark's accounts sign in once each; every request
	# then submits a different open attempt with all answers right.
	declare -A COOKIES=()
	: >"$WORK/submissions-$SCALE.tsv"
	while IFS=$'\t' read -r email body; do
		if [[ -z "${COOKIES[$email]:-}" ]]; then
			COOKIES[$email]=$(login "$email")
		fi
		printf '%s\t%s\n' "${COOKIES[$email]}" "$body" >>"$WORK/submissions-$SCALE.tsv"
	done <"$DATA/bench-submissions.tsv"
	unset COOKIES

	# The ceiling's page: the lesson page's HTML, as the reader got it.
	mkdir -p "$WORK/static"
	chmod 755 "$WORK/static"
	curl -fsS -H "Cookie: ${READER_AT[$SCALE]}" "$BASE$LESSON_PATH" -o "$WORK/static/lesson-$SCALE.html"
	BYTES_AT[$SCALE]=$(stat -c %s "$WORK/static/lesson-$SCALE.html")
done

# The ceiling: nginx serving those saved pages.
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<-NGINX
	worker_processes 2;
	daemon off;
	pid $WORK/nginx/nginx.pid;
	error_log $WORK/nginx/logs/error.log;
	events { worker_connections 1024; }
	http {
		access_log off;
		client_body_temp_path $WORK/nginx/body;
		proxy_temp_path $WORK/nginx/proxy;
		fastcgi_temp_path $WORK/nginx/fastcgi;
		uwsgi_temp_path $WORK/nginx/uwsgi;
		scgi_temp_path $WORK/nginx/scgi;
		server {
			listen 127.0.0.1:$NGINX_PORT;
			root $WORK/static;
			location / { default_type text/html; }
		}
	}
NGINX
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
wait_for "http://127.0.0.1:$NGINX_PORT/lesson-${SCALES[0]}.html"

# Each page at every scale in turn, so that a slow minute of a shared
# machine falls on all scales alike instead of on one. Each command is
# evaluated at each scale, with that scale's paths and cookies.
declare -A CEILING_AT ROWS_AT RPS_AT NAME_OF
measure() {
	local name=$1 key=$2 command=$3 scale rps p50 p99 errors share
	for scale in "${SCALES[@]}"; do
		# shellcheck source=/dev/null
		source "$WORK/data-$scale/bench-targets.env"
		BASE=${BASE_AT[$scale]}
		READER=${READER_AT[$scale]}
		TUTOR=${TUTOR_AT[$scale]}
		SUBMISSIONS="$WORK/submissions-$scale.tsv"
		read -r rps p50 p99 errors < <(eval "$command")
		RPS_AT[$scale,$key]=$rps
		NAME_OF[$key]=$name
		if [[ "$key" == ceiling ]]; then
			CEILING_AT[$scale]=$rps
			name="Ceiling: nginx, the lesson page's HTML (${BYTES_AT[$scale]} bytes)"
		fi
		share=$(awk -v a="$rps" -v b="${CEILING_AT[$scale]}" 'BEGIN { printf "%.0f", 100 * a / b }')
		ROWS_AT[$scale]+="| $name | $rps | $share % | $p50 | $p99 | $errors |"$'\n'
	done
}
# shellcheck disable=SC2016
{
	NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
	measure ceiling ceiling 'BASE="$NGINX_BASE" load "/lesson-$scale.html" ""'
	measure "Lesson page (participant)" lesson 'load "$LESSON_PATH" "$READER"'
	# A query string is never served from the lesson page cache: the
	# rendering path, which every reader's first visit at a new point takes.
	measure "Lesson page, rendered each time (query string)" rendered 'load "$LESSON_PATH?rendered=1" "$READER"'
	measure "Course outline with progress" outline 'load "$COURSE_PATH" "$READER"'
	measure "Participant's home" home 'load "$HOME_PATH" "$READER"'
	measure "Set's round page" round 'load "$ROUND_PATH" "$READER"'
	measure "Quiz submission (POST, new attempt each)" submit \
		'load /api/submit_attempt "" scripts/bench/submit.lua "$SUBMISSIONS" "$BASE" "$THREADS"'
	measure "Tutor's progress report (300 participants)" report 'load "$PROGRESS_PATH" "$TUTOR"'
	measure "Public verification page" verify 'load "$VERIFY_PATH" ""'
}
kill "$NGINX_PID" && wait "$NGINX_PID" 2>/dev/null || true
NGINX_PID=""

for SCALE in "${SCALES[@]}"; do
	rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/${PID_AT[$SCALE]}/status")
	{
		echo ""
		echo "#### Scale $SCALE"
		echo ""
		echo "${SUMMARY_AT[$SCALE]}; generation took $(awk -v ms="${GENERATED_AT[$SCALE]}" 'BEGIN { printf "%.1f", ms / 1000 }') s."
		echo ""
		echo "| Page or action | Requests/s | Share of ceiling | p50 ms | p99 ms | Errors |"
		echo "|---|---:|---:|---:|---:|---:|"
		printf '%s' "${ROWS_AT[$SCALE]}"
		echo ""
		echo "Server peak RSS (VmHWM): $rss MB."
	} >>"$RESULTS"
	if grep -q "ERROR" "$WORK/server-$SCALE.log"; then
		echo "bench: the server logged errors:" >&2
		grep "ERROR" "$WORK/server-$SCALE.log" | head -5 >&2
		exit 1
	fi
done
stop

# Query plans: the first scale's server again, logging its statements, for
# one request of each page and action; every statement's plan is then
# checked for full scans. The sessions are in the database, so the cookies
# still work.
SCALE=${SCALES[0]}
DATA="$WORK/data-$SCALE"
# shellcheck source=/dev/null
source "$DATA/bench-targets.env"
READER=${READER_AT[$SCALE]}
TUTOR=${TUTOR_AT[$SCALE]}
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
NO_COLOR=1 RUST_LOG=warn,sqlx::query=debug "$SERVER" --data-dir "$DATA" --listen "127.0.0.1:$PORT" \
	--public-url "$BASE" >"$WORK/queries.log" 2>&1 &
SERVER_PIDS+=("$!")
wait_for "$BASE/healthz"
for page in "$LESSON_PATH $READER" "$COURSE_PATH $READER" "$HOME_PATH $READER" \
	"$ROUND_PATH $READER" "$PROGRESS_PATH $TUTOR" "$VERIFY_PATH"; do
	read -r path cookie <<<"$page"
	curl -fsS -o /dev/null -H "Cookie: ${cookie:-}" "$BASE$path"
done
IFS=$'\t' read -r cookie body < <(tail -1 "$WORK/submissions-$SCALE.tsv")
curl -sS -o /dev/null -H "Cookie: $cookie" -H "Origin: $BASE" --data "$body" "$BASE/api/submit_attempt"
stop
{
	echo ""
	echo "Query plans at scale $SCALE of the statements behind these pages and actions (scripts/bench/query_plans.py):"
	echo ""
	python3 scripts/bench/query_plans.py "$WORK/queries.log" "$DATA/hrh.sqlite3"
} >>"$RESULTS"

if ((${#SCALES[@]} > 1)); then
	{
		echo ""
		echo "#### Growth: full scale against one tenth, each page measured at both in turn"
		echo ""
		echo "| Page or action | Requests/s at scale ${SCALES[0]} | at scale ${SCALES[1]} | Difference |"
		echo "|---|---:|---:|---:|"
		for key in lesson rendered outline home round submit report verify; do
			full=${RPS_AT[${SCALES[0]},$key]}
			tenth=${RPS_AT[${SCALES[1]},$key]}
			echo "| ${NAME_OF[$key]} | $full | $tenth | $(awk -v a="$full" -v b="$tenth" 'BEGIN { printf "%+.0f", 100 * (a - b) / b }') % |"
		done
	} >>"$RESULTS"
fi
cat "$RESULTS"
if grep -qE '\| [1-9][0-9]* \|$' "$RESULTS"; then
	echo "bench: some requests failed" >&2
	exit 1
fi
if ((!SMOKE && !QUICK)); then
	{
		echo "<!-- bench:start -->"
		echo "### $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
		cat "$RESULTS"
		echo "<!-- bench:end -->"
	} >"$WORK/section.md"
	awk -v section="$WORK/section.md" '
		/<!-- bench:start -->/ { while ((getline line < section) > 0) print line; skip = 1; next }
		/<!-- bench:end -->/ { skip = 0; next }
		!skip' docs/benchmarks.md >"$WORK/benchmarks.md"
	cp "$WORK/benchmarks.md" docs/benchmarks.md
	echo "bench: results written to docs/benchmarks.md"
fi
