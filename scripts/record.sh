#!/usr/bin/env bash
# record.sh — re-records CPython 3.11's stdout/stderr/exit code for the conformance corpora (npm run record).
#   scripts/record.sh                 # both corpora: tests/corpus (ours) and tests/conformance/corpus (lecture)
#   scripts/record.sh own [A.py ...]  # only tests/corpus, or only these programs of it
#   scripts/record.sh lecture [A.py]  # only the lecture corpus (its own record.sh; hangs take 90 s each)
# Each program runs like tests/conformance/corpus/record.sh: cwd = its folder, clean env (LANG=C.UTF-8,
# TZ=UTC, PYTHONHASHSEED=0, unbuffered), stdin /dev/null, stdout through a pipe, the folder path removed
# from stderr. For tests/corpus the exit codes go to tests/corpus/manifest.json; files starting with `_`
# are helper modules imported by programs, not programs. Env: PYTHON (default python3), JOBS (default 2).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
PY_CMD=${PYTHON:-python3}
if ! command -v "$PY_CMD" >/dev/null 2>&1; then
  echo "record.sh: $PY_CMD not found; recording needs CPython 3.11 (set PYTHON=/path/to/python3.11)" >&2
  exit 2
fi
PY=$("$PY_CMD" -c 'import sys; print(sys.executable)' 2>/dev/null) ||
  { echo "record.sh: refusing to record: $PY_CMD is not a working Python (need CPython 3.11)" >&2; exit 2; }
if ! "$PY" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "record.sh: refusing to record: need CPython 3.11, got $("$PY" -V 2>&1) (set PYTHON=...)" >&2
  exit 2
fi
JOBS=${JOBS:-2}

which=${1:-all}
case $which in
  own | lecture | all) shift || true ;;
  *.py) which=own ;;
  *) echo "usage: scripts/record.sh [own|lecture|all] [FILE.py ...]" >&2; exit 2 ;;
esac

record_own() {
  local dir="$ROOT/tests/corpus"
  cd "$dir" || exit 2
  local esc
  esc=$(printf '%s/' "$dir" | sed -e 's/[]\/$*.^[|]/\\&/g')
  export DIR="$dir" ESC="$esc" PY
  run_one() {
    local f=$1 b=${1%.py} rc
    env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC \
        PYTHONHASHSEED=0 PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
        timeout -k 5 60 "$PY" "$f" </dev/null 2>"$b.stderr.raw" | sed -e "s|$ESC||g" >"$b.stdout"
    rc=${PIPESTATUS[0]}
    sed -e "s|$ESC||g" "$b.stderr.raw" >"$b.stderr" && rm -f "$b.stderr.raw"
    printf '%s\t%s\n' "$f" "$rc" >"$b.exit.tmp"
    printf '%s\t%s\n' "$f" "$rc"
  }
  export -f run_one
  local files=()
  if [ $# -gt 0 ]; then
    for f in "$@"; do files+=("$(basename "$f")"); done
  else
    for f in *.py; do case $f in _*) ;; *) files+=("$f") ;; esac; done
  fi
  printf '%s\0' "${files[@]}" | xargs -0 -r -n1 -P "$JOBS" bash -c 'run_one "$1"' _
  # Merge the exit codes into manifest.json: keep other entries, drop programs that no longer exist.
  "$PY" - "${files[@]}" <<'EOF'
import glob, json, os, sys
path = "manifest.json"
old = {e["file"]: e for e in json.load(open(path))} if os.path.exists(path) else {}
for f in sys.argv[1:]:
    b = f[:-3]
    with open(b + ".exit.tmp") as fh:
        rc = int(fh.read().split("\t")[1])
    os.remove(b + ".exit.tmp")
    e = old.get(f, {"file": f, "category": "exact", "varies": []})
    e["exit_code"] = rc
    old[f] = e
programs = {f for f in glob.glob("*.py") if not f.startswith("_")}
entries = [old[f] for f in sorted(old) if f in programs]
with open(path, "w") as fh:
    json.dump(entries, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
print(f"tests/corpus/manifest.json: {len(entries)} programs", file=sys.stderr)
EOF
}

record_lecture() {
  JOBS=$JOBS PYTHON="$PY" bash "$ROOT/tests/conformance/corpus/record.sh" "$@"
}

case $which in
  own) (record_own "$@") ;;
  lecture) (record_lecture "$@") ;;
  all) (record_own) && (record_lecture) ;;
esac
