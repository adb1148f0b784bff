#!/usr/bin/env bash
# Statement run: killed with SIGKILL at random points and run again, it must end with the same manifest (record,
# kind, SHA-256 of the HTML and of the PDF) as a run never interrupted; the PDFs must be tagged and carry the
# figures; the print file must list the paper members. Uses the built binary (.build/debug/lgps).
#   usage: tests/statements/resume.sh [MEMBERS]
set -euo pipefail
cd "$(dirname "$0")/../.."
lgps=.build/debug/lgps
members=${1:-150}
work=$(mktemp -d "${TMPDIR:-/tmp}/lgps-resume.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

run_args=(statements run --year 2025 --issued-on 2026-06-01 --pdfs all --batch-size 20)
for name in straight killed; do
  env -u DATABASE_URL "$lgps" generate --members "$members" --seed 31 --sqlite "$work/$name.sqlite" > /dev/null
done
env -u DATABASE_URL "$lgps" "${run_args[@]}" --sqlite "$work/straight.sqlite" --out "$work/straight" > "$work/straight.log" 2>&1
env -u DATABASE_URL "$lgps" statements manifest --year 2025 --sqlite "$work/straight.sqlite" > "$work/straight.manifest"

# Kill the second run at three random moments (statements phase and PDF phase), then let it finish.
for delay in $(shuf -i 1-40 -n 3 | sort -n); do
  env -u DATABASE_URL "$lgps" "${run_args[@]}" --sqlite "$work/killed.sqlite" --out "$work/killed" > "$work/killed.log" 2>&1 &
  pid=$!
  sleep "$(awk "BEGIN { print $delay / 10 }")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "killed after $(awk "BEGIN { print $delay / 10 }") s"
done
env -u DATABASE_URL "$lgps" "${run_args[@]}" --sqlite "$work/killed.sqlite" --out "$work/killed" > "$work/killed.log" 2>&1
env -u DATABASE_URL "$lgps" statements manifest --year 2025 --sqlite "$work/killed.sqlite" > "$work/killed.manifest"

check "the straight run stored statements" "[ -s '$work/straight.manifest' ]"
check "every statement has a PDF" "! grep -q ' -\$' '$work/straight.manifest'"
check "the killed-and-resumed run has the same manifest as the straight run" \
  "cmp -s '$work/straight.manifest' '$work/killed.manifest'"
check "the run's files are byte-identical too (extract, exceptions, manifest, print file)" \
  "diff -r -x report.txt '$work/straight' '$work/killed' > /dev/null"
check "the report gives the statutory deadline" "grep -q 'active: 31 August 2026' '$work/straight/report.txt'"
check "the extract has a row per active statement" \
  "[ \$(( \$(wc -l < '$work/straight/extract-active.csv') - 1 )) -eq \$(grep -c ' active ' '$work/straight.manifest') ]"
pdf=$(ls "$work/straight/print"/*.pdf 2>/dev/null | head -1 || true)
check "members who get paper are in the print file" "[ -n '$pdf' ] && [ -s '$work/straight/print/manifest.csv' ]"
if [ -n "$pdf" ]; then
  check "the PDF is tagged" "pdfinfo '$pdf' | grep -q 'Tagged: *yes'"
  pdftotext "$pdf" "$work/statement.txt"
  record=$(basename "$pdf" .pdf | cut -d- -f2)
  name=$(awk -F, -v r="$record" '$3 == r { print $5 }' "$work/straight/print/manifest.csv" | tr -d '"')
  surname=${name##* }
  check "the PDF's text has the member's name ($name)" "grep -qF '$surname' '$work/statement.txt'"
  check "the PDF's text has the figures (a £ amount)" "grep -q '£[0-9]' '$work/statement.txt'"
fi
echo "$failures failed"
[ "$failures" -eq 0 ]
