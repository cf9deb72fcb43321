#!/usr/bin/env bash
# The wrk comparison of docs/benchmarks.md: GET /api/v1/matches/suggestions against GET /api/v1/profiles/{id}/summary
# (one row from PostgreSQL as JSON) of the same packaged app, in the same run. Not part of ./mvnw verify.
#
#   ./mvnw package -DskipTests        # once
#   src/bench/wrk/run.sh              # settings below can be overridden from the environment
#
# It starts the packaged app in prod mode on its own ports with a fresh embedded PostgreSQL under /tmp and the local
# Keycloak, lets DemoData create a population (mentorhub.demo-data.outside-dev-mode, bench only), adds a public
# password-grant client "mentorhub-bench" to the local realm through the admin API (it is not in the realm file),
# gives alice a mentee profile, runs wrk against both endpoints, prints the numbers and the ratio, and stops the app
# (which stops PostgreSQL and the Keycloak it started). The population is made in one transaction, so its timeout
# is raised to 30 minutes for this run.
set -euo pipefail
cd "$(dirname "$0")/../../.."

APP_PORT=${APP_PORT:-8093}
KC_PORT=${KC_PORT:-8193}
DB_PORT=${DB_PORT:-54393}
WORK_DIR=${WORK_DIR:-/tmp/mentorhub-bench}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
MENTORS=${MENTORS:-1500}
MENTEES=${MENTEES:-2500}
BOTH=${BOTH:-1000}
LIMIT=${LIMIT:-10}
APP_OPTS=${APP_OPTS:-}
JAR=target/quarkus-app/quarkus-run.jar
BASE=http://localhost:$APP_PORT
KC=http://localhost:$KC_PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw package -DskipTests" >&2; exit 1; }

rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"
LOG=$WORK_DIR/app.log
echo "Starting the app on $APP_PORT (Keycloak $KC_PORT, PostgreSQL $DB_PORT, log $LOG)..."
# shellcheck disable=SC2086 # APP_OPTS: extra JVM options, e.g. a flight recording, split on spaces on purpose
java -Xms1g -Xmx1g ${APP_OPTS:-} \
  -Dquarkus.http.port="$APP_PORT" \
  -Dmentorhub.keycloak.port="$KC_PORT" \
  -Dmentorhub.db.port="$DB_PORT" \
  -Dmentorhub.db.data-dir="$WORK_DIR/postgres" \
  -Dmentorhub.db.embedded=true \
  -Dmentorhub.keycloak.local=true \
  -Dmentorhub.demo-data.enabled=true \
  -Dmentorhub.demo-data.outside-dev-mode=true \
  -Dmentorhub.demo-data.mentors="$MENTORS" \
  -Dmentorhub.demo-data.mentees="$MENTEES" \
  -Dmentorhub.demo-data.both="$BOTH" \
  -Dquarkus.transaction-manager.default-transaction-timeout=PT30M \
  -Dmentorhub.outbox.enabled=false \
  -Dmentorhub.requests.expiry-enabled=false \
  -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
stop() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    echo "Stopping the app (pid $APP_PID)..."
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop EXIT

for _ in $(seq 1 600); do
  if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/q/health/ready" >/dev/null || { echo "The app did not become ready; see $LOG" >&2; exit 1; }
grep -E "Demo data: created|Matching index built" "$LOG" | tail -2

ADMIN_TOKEN=$(curl -fs -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
  "$KC/realms/master/protocol/openid-connect/token" | jq -r .access_token)
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d @src/bench/wrk/bench-client.json "$KC/admin/realms/mentorhub/clients")
case "$STATUS" in 201 | 409) ;; *) echo "Could not add the bench client: HTTP $STATUS" >&2; exit 1 ;; esac

token() {
  curl -fs -d grant_type=password -d client_id=mentorhub-bench -d username=alice -d password=alice \
    "$KC/realms/mentorhub/protocol/openid-connect/token" | jq -r .access_token
}
TOKEN=$(token)
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d @src/bench/wrk/alice-profile.json "$BASE/api/v1/profiles/me"
SUMMARY_ID=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/profiles?role=mentor&size=1" | jq -r '.items[0].id')
SUGGESTIONS="$BASE/api/v1/matches/suggestions?as=mentee&limit=$LIMIT"
SUMMARY="$BASE/api/v1/profiles/$SUMMARY_ID/summary"
echo "Suggestions for alice: $(curl -fs -H "Authorization: Bearer $TOKEN" "$SUGGESTIONS" | jq '.items | length') items"

run() { # name url duration -> prints wrk's output, remembers the RESULT line
  TOKEN=$(token) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s src/bench/wrk/bearer.lua "$2" | tee "$WORK_DIR/$1.txt"
}
echo "Warm-up ($WARMUP each)..."
run warmup-summary "$SUMMARY" "$WARMUP" >/dev/null
run warmup-suggestions "$SUGGESTIONS" "$WARMUP" >/dev/null

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== single-query endpoint: GET /api/v1/profiles/{id}/summary"
run summary "$SUMMARY" "$DURATION"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== suggestions: GET /api/v1/matches/suggestions?as=mentee&limit=$LIMIT"
run suggestions "$SUGGESTIONS" "$DURATION"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

read -r _ S_RPS _ S_NON2XX S_ERR S_P50 S_P99 < <(grep '^RESULT' "$WORK_DIR/summary.txt")
read -r _ G_RPS _ G_NON2XX G_ERR G_P50 G_P99 < <(grep '^RESULT' "$WORK_DIR/suggestions.txt")
echo
echo "summary:     $S_RPS req/s (p50 $S_P50 ms, p99 $S_P99 ms, non-2xx $S_NON2XX, socket errors $S_ERR)"
echo "suggestions: $G_RPS req/s (p50 $G_P50 ms, p99 $G_P99 ms, non-2xx $G_NON2XX, socket errors $G_ERR)"
awk -v g="$G_RPS" -v s="$S_RPS" 'BEGIN { printf "ratio suggestions / summary: %.1f%% (target >= 50%%)\n", 100 * g / s }'
