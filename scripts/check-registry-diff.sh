#!/usr/bin/env bash
# Registry evolution (issue 19): what the registry changed since the branch
# left main, and whether every package's version says so.
#
# Compares the registry at the merge base with origin/main (else main) with
# the working tree: `diff --against BASE --check-versions`, as GitHub
# Actions workflow commands when GITHUB_ACTIONS is set. Fails (exit 1) when a
# package was not bumped as the change requires or the packages' versions
# disagree. Skips, saying why, when there is nothing to compare against: not
# a git repository, no main branch, no merge base, the merge base is HEAD
# (main itself), or the registry did not exist there yet.
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
  echo "check-registry-diff: $1; skipped"
  exit 0
}

git rev-parse --git-dir >/dev/null 2>&1 || skip "not a git repository"

base=""
for ref in origin/main main; do
  if git rev-parse --verify --quiet "$ref^{commit}" >/dev/null; then
    base=$(git merge-base HEAD "$ref" 2>/dev/null || true)
    [ -n "$base" ] && break
  fi
done
[ -n "$base" ] || skip "no merge base with origin/main or main"
[ "$base" != "$(git rev-parse HEAD)" ] || skip "HEAD is the merge base with main; nothing to compare"

format=text
[ -n "${GITHUB_ACTIONS:-}" ] && format=github

echo "check-registry-diff: comparing the registry at $(git rev-parse --short "$base") (merge base with main) with the working tree"
status=0
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
cargo run -q -p error-codes-codegen -- diff --against "$base" --format "$format" --check-versions \
  2> >(tee "$errors" >&2) || status=$?
wait
# The registry is new on this branch: nothing was published before it.
if [ "$status" -eq 2 ] && grep -q "no registry at revision" "$errors"; then
  skip "the registry did not exist at the merge base"
fi
exit "$status"
