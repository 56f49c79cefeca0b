#!/usr/bin/env bash
# Copies Common Ground's data from the embedded H2 database into PostgreSQL.
#
#   scripts/h2-to-postgres.sh <commonground.jar> <H2 file without .mv.db> <psql connection>
#   e.g. scripts/h2-to-postgres.sh bot/target/commonground.jar ./data/commonground \
#          "host=db dbname=commonground user=commonground"
#
# Before: stop the app (an H2 file is open in one process only) and take a `backup`; start the
# app once against the empty PostgreSQL database so its migrations create the schema, then stop
# it. The copy runs in one transaction: it replaces the starter tags the migrations seeded,
# copies every table in foreign-key order and moves each id sequence past the copied ids.
# Scheduled tasks, recently seen request signatures and the migration history are not copied;
# the app recreates what it needs. H2_USER and H2_PASSWORD are used if the H2 file has them.
set -euo pipefail

if [[ $# -ne 3 ]]; then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
jar=$1
h2_file=$2
postgres=$3

# Parents before children.
tables=(organisation organisation_alias organisation_tenant tag tag_alias member member_tag
  consent_history tag_suggestion round round_member round_pair warm_intro declined_pair
  blocked_person blocked_organisation meeting_feedback meeting_outcome slack_copy sent_message
  teams_user network_setting programme_break network_admin audit_log processed_event)
# Console sign-ins and sessions are not copied: admins sign in again after the move.
not_copied=(flyway_schema_history scheduled_tasks seen_request data_revision console_sign_in
  console_session)

h2_url="jdbc:h2:file:${h2_file};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE"
h2() {
  java -cp "$jar" org.h2.tools.Shell -url "$h2_url" \
    -user "${H2_USER:-}" -password "${H2_PASSWORD:-}" -sql "$1"
}

# A table added by a later migration must be added above, not silently left behind.
known=" ${tables[*]} ${not_copied[*]} "
for table in $(h2 "SELECT table_name FROM information_schema.tables
                   WHERE table_schema = 'public' ORDER BY table_name" | sed '1d;$d'); do
  if [[ $known != *" $table "* ]]; then
    echo "Table $table is not known to this script; add it to the list in parent-first order." >&2
    exit 1
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export_sql=""
for table in "${tables[@]}"; do
  export_sql+="CALL CSVWRITE('$work/$table.csv', 'SELECT * FROM $table', 'charset=UTF-8');"
done
h2 "$export_sql" > /dev/null

{
  echo "BEGIN;"
  echo "TRUNCATE $(IFS=,; echo "${tables[*]}") CASCADE;"
  for table in "${tables[@]}"; do
    echo "\\copy $table FROM '$work/$table.csv' WITH (FORMAT csv, HEADER true)"
  done
  cat <<'SQL'
DO $$
DECLARE c record;
BEGIN
  FOR c IN SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = current_schema()
             AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), '
                   || 'COALESCE((SELECT MAX(%I) FROM %I), 0) + 1, false)',
                   c.table_name, c.column_name, c.column_name, c.table_name);
  END LOOP;
END
$$;
COMMIT;
SQL
} | psql -v ON_ERROR_STOP=1 --quiet "$postgres" > /dev/null

counts=""
for table in "${tables[@]}"; do
  counts+="SELECT '$table', count(*) FROM $table UNION ALL "
done
psql --quiet --no-align --tuples-only --field-separator=' ' "$postgres" \
  -c "${counts% UNION ALL }" | awk '{ printf "%-20s %s rows\n", $1, $2 }'
echo "Copied. Point every replica at PostgreSQL and start them."
