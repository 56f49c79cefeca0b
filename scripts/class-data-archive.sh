#!/bin/sh
# Writes the class-data sharing (AppCDS) archive that makes `serve` start faster:
#
#   scripts/class-data-archive.sh JAR ARCHIVE
#
# It runs `java -XX:ArchiveClassesAtExit=ARCHIVE -jar JAR serve` once and stops it; the JVM writes
# every class that start-up loaded, already parsed, verified and linked, to ARCHIVE as it exits.
# `java -XX:SharedArchiveFile=ARCHIVE -jar JAR serve` then maps them from the archive instead of
# reading each from the jar. The Dockerfile runs this at image build; ColdStartBench runs it too,
# to measure the image's start with the local JDK. JAVA names the java to use (default: java).
#
# The archive is tied to the JVM build that wrote it and to JAR's path, size and modification
# time: a JVM that finds it doesn't match says so in one warning and starts without it.
#
# No Slack is reachable while an image is built, so serve is pointed at its own port for Slack's
# Web API. It starts all it starts before Slack answers (database and migrations, Bolt and every
# handler, Jetty, the HTTP server) and asks for auth.test; its own server answers that with a 404,
# so the HTTP client's whole exchange is archived too, and serve waits for Slack with /healthz at
# 503. SIGTERM then stops it the way it stops in production. Its database is a throw-away H2 file.
set -eu

if [ "$#" -ne 2 ]; then
  echo "usage: $0 JAR ARCHIVE" >&2
  exit 2
fi
jar=$1
archive=$2
java=${JAVA:-java}
port=${CLASS_DATA_TRAINING_PORT:-39917}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  cat "$work/serve.log" >&2
  echo "class-data-archive: $1" >&2
  exit 1
}

env -i PATH="$PATH" \
  SLACK_BOT_TOKEN=xoxb-class-data-training SLACK_SIGNING_SECRET=class-data-training \
  SLACK_API_URL="http://127.0.0.1:$port/api/" PORT="$port" DATABASE_URL="jdbc:h2:file:$work/db" \
  "$java" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" serve >"$work/serve.log" 2>&1 &
pid=$!

# Started once its own server has answered an auth.test (the first may come before it listens,
# and is asked again a second later); a minute is far more than it needs.
tries=0
until grep -q "Slack did not answer auth.test (HTTP 404)" "$work/serve.log"; do
  kill -0 "$pid" 2>/dev/null || fail "serve stopped before it asked for auth.test"
  tries=$((tries + 1))
  [ "$tries" -le 600 ] || fail "serve did not ask for auth.test within a minute"
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 503 ] \
  || fail "/healthz did not answer 503 while waiting for Slack"
curl -s -o /dev/null "http://127.0.0.1:$port/metrics"

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
# 143 is the JVM's exit code after SIGTERM, once its shutdown hooks have run.
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "serve exited with $status when stopped"
[ -s "$archive" ] || fail "the JVM wrote no archive at $archive"
grep -q "Stopping: finishing requests in flight" "$work/serve.log" || fail "serve did not stop cleanly"
