#!/usr/bin/env bash
# The load benchmark of docs/benchmarks.md: generates the dataset at full and
# at one-tenth scale, serves it with the release build on loopback, and runs
# wrk against seven pages and actions and against nginx serving the saved
# HTML of the same lesson page (the static-file ceiling).
#
#   scripts/bench/run.sh           full run; rewrites the results section of docs/benchmarks.md
#   scripts/bench/run.sh --smoke   a tiny dataset and one-second runs, so the script cannot rot
#   scripts/bench/run.sh --quick   one-tenth scale only, results printed and not written: a
#                                  before/after check of one change
#
# Needs target/release/server (make build), wrk and nginx (make bench-tools),
# and python3 for the query plans.
# Settings: DURATION (10s), CONNECTIONS (64), THREADS (2), SERVER (the binary).
set -euo pipefail
cd "$(dirname "$0")/../.."

SMOKE=0
QUICK=0
[[ "${1:-}" == "--smoke" ]] && SMOKE=1
[[ "${1:-}" == "--quick" ]] && QUICK=1
SERVER=${SERVER:-target/release/server}
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
for tool in "$SERVER" wrk nginx curl; do
	command -v "$tool" >/dev/null || { echo "bench: $tool is missing (make build bench-tools)" >&2; exit 2; }
done

WORK=$(mktemp -d)
# nginx workers run as an unprivileged user when started by root.
chmod 755 "$WORK"
SERVER_PID=""
NGINX_PID=""
stop() {
	[[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
	[[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
	SERVER_PID=""
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
declare -A FULL_RPS

for SCALE in "${SCALES[@]}"; do
	DATA="$WORK/data-$SCALE"
	started=$(date +%s%N)
	summary=$("$SERVER" --data-dir "$DATA" --courses-dir courses generate-dataset --scale "$SCALE")
	generated=$((($(date +%s%N) - started) / 1000000))
	echo "$summary"
	# shellcheck source=/dev/null
	source "$DATA/bench-targets.env"

	PORT=$(free_port)
	BASE="http://127.0.0.1:$PORT"
	RUST_LOG=warn "$SERVER" --data-dir "$DATA" --listen "127.0.0.1:$PORT" --public-url "$BASE" \
		--verify-lookups-per-minute 1000000000 >"$WORK/server-$SCALE.log" 2>&1 &
	SERVER_PID=$!
	wait_for "$BASE/healthz"

	READER=$(login "$READER_EMAIL")
	TUTOR=$(login "$TUTOR_EMAIL")
	[[ -n "$READER" && -n "$TUTOR" ]] || { echo "bench: could not log in" >&2; exit 2; }

	# The submission benchmark's accounts sign in once each; every request
	# then submits a different open attempt with all answers right.
	declare -A COOKIES=()
	: >"$WORK/submissions.tsv"
	while IFS=$'\t' read -r email body; do
		if [[ -z "${COOKIES[$email]:-}" ]]; then
			COOKIES[$email]=$(login "$email")
		fi
		printf '%s\t%s\n' "${COOKIES[$email]}" "$body" >>"$WORK/submissions.tsv"
	done <"$DATA/bench-submissions.tsv"

	# The ceiling: nginx serving the lesson page's HTML, as the reader got it.
	mkdir -p "$WORK/static"
	chmod 755 "$WORK/static"
	curl -fsS -H "Cookie: $READER" "$BASE$LESSON_PATH" -o "$WORK/static/lesson.html"
	lesson_bytes=$(stat -c %s "$WORK/static/lesson.html")
	NGINX_PORT=$(free_port)
	mkdir -p "$WORK/nginx/logs"
	cat >"$WORK/nginx/nginx.conf" <<-EOF
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
	EOF
	nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
	NGINX_PID=$!
	wait_for "http://127.0.0.1:$NGINX_PORT/lesson.html"
	read -r ceiling c50 c99 cerr < <(BASE="http://127.0.0.1:$NGINX_PORT" load /lesson.html "")
	kill "$NGINX_PID" && wait "$NGINX_PID" 2>/dev/null || true
	NGINX_PID=""

	cat >>"$RESULTS" <<-EOF

		#### Scale $SCALE

		$summary; generation took $(awk -v ms="$generated" 'BEGIN { printf "%.1f", ms / 1000 }') s.

		| Page or action | Requests/s | Share of ceiling | p50 ms | p99 ms | Errors |
		|---|---:|---:|---:|---:|---:|
		| Ceiling: nginx, the lesson page's HTML ($lesson_bytes bytes) | $ceiling | 100 % | $c50 | $c99 | $cerr |
	EOF

	run() {
		local name=$1 key=$2
		shift 2
		local rps p50 p99 errors
		read -r rps p50 p99 errors < <(load "$@")
		printf '| %s | %s | %s %% | %s | %s | %s |\n' "$name" "$rps" \
			"$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.0f", 100 * a / b }')" \
			"$p50" "$p99" "$errors" >>"$RESULTS"
		if [[ "$SCALE" == "${SCALES[0]}" ]]; then
			FULL_RPS[$key]=$rps
		elif [[ -n "${FULL_RPS[$key]:-}" ]]; then
			GROWTH+="| $name | ${FULL_RPS[$key]} | $rps | $(awk -v a="${FULL_RPS[$key]}" -v b="$rps" 'BEGIN { printf "%+.0f", 100 * (a - b) / b }') % |"$'\n'
		fi
	}
	GROWTH=${GROWTH:-}
	run "Lesson page (participant)" lesson "$LESSON_PATH" "$READER"
	run "Course outline with progress" outline "$COURSE_PATH" "$READER"
	run "Participant's home" home "$HOME_PATH" "$READER"
	run "Set's round page" round "$ROUND_PATH" "$READER"
	run "Quiz submission (POST, new attempt each)" submit /api/submit_attempt "" \
		scripts/bench/submit.lua "$WORK/submissions.tsv" "$BASE" "$THREADS"
	run "Tutor's progress report (300 participants)" report "$PROGRESS_PATH" "$TUTOR"
	run "Public verification page" verify "$VERIFY_PATH" ""

	rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
	echo "" >>"$RESULTS"
	echo "Server peak RSS (VmHWM): $rss MB." >>"$RESULTS"
	if grep -q "ERROR" "$WORK/server-$SCALE.log"; then
		echo "bench: the server logged errors:" >&2
		grep "ERROR" "$WORK/server-$SCALE.log" | head -5 >&2
		exit 1
	fi
	stop

	# Query plans: the server again, logging its statements, for one request
	# of each page and action; every statement's plan is then checked for
	# full scans. The sessions are in the database, so the cookies still work.
	if [[ "$SCALE" == "${SCALES[0]}" ]]; then
		PORT=$(free_port)
		BASE="http://127.0.0.1:$PORT"
		NO_COLOR=1 RUST_LOG=warn,sqlx::query=debug "$SERVER" --data-dir "$DATA" --listen "127.0.0.1:$PORT" \
			--public-url "$BASE" >"$WORK/queries.log" 2>&1 &
		SERVER_PID=$!
		wait_for "$BASE/healthz"
		for page in "$LESSON_PATH $READER" "$COURSE_PATH $READER" "$HOME_PATH $READER" \
			"$ROUND_PATH $READER" "$PROGRESS_PATH $TUTOR" "$VERIFY_PATH"; do
			read -r path cookie <<<"$page"
			curl -fsS -o /dev/null -H "Cookie: ${cookie:-}" "$BASE$path"
		done
		IFS=$'\t' read -r cookie body < <(tail -1 "$WORK/submissions.tsv")
		curl -sS -o /dev/null -H "Cookie: $cookie" -H "Origin: $BASE" --data "$body" "$BASE/api/submit_attempt"
		stop
		{
			echo ""
			echo "Query plans of the statements behind these pages and actions (scripts/bench/query_plans.py):"
			echo ""
			python3 scripts/bench/query_plans.py "$WORK/queries.log" "$DATA/hrh.sqlite3"
		} >>"$RESULTS"
	fi
done

if [[ -n "${GROWTH:-}" ]]; then
	cat >>"$RESULTS" <<-EOF

		#### Growth: full scale against one tenth

		| Page or action | Requests/s at scale 1 | at scale 0.1 | Difference |
		|---|---:|---:|---:|
		$GROWTH
	EOF
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
