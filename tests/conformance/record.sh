#!/usr/bin/env bash
# record.sh — kept for `npm run record` (package.json): the recorder is scripts/record.sh.
exec bash "$(dirname "$0")/../../scripts/record.sh" "$@"
