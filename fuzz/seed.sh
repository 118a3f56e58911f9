#!/usr/bin/env bash
# Builds the working corpora of the fuzz targets in fuzz/corpus/<target>/ (git-ignored) from what
# may be committed: the docs-src/ pages, the project's own renderings of them (`render --as`),
# the samples the generator reads from them (`ir`), and the hand-written inputs in fuzz/seeds/.
#
#   fuzz/seed.sh                       # from the repository only
#   fuzz/seed.sh ../shared/veeam-docs/em_rest    # also the pages of a local docs folder
#
# Pages from a docs folder stay in fuzz/corpus/ (never commit them: see .gitignore). Existing
# corpus files are kept, so re-running after a fuzz run only adds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus=$root/fuzz/corpus
seeds=$root/fuzz/seeds
extra=("$@")

codegen() { cargo run -q -p veeam-em-codegen -- "$@"; }

# A file named by its content's hash, so re-runs do not duplicate (libFuzzer's own naming).
put() { # put TARGET < content
  local dir=$corpus/$1 tmp
  mkdir -p "$dir"
  tmp=$(mktemp)
  cat >"$tmp"
  if [ -s "$tmp" ]; then
    mv "$tmp" "$dir/$(sha1sum "$tmp" | cut -c1-40)"
  else
    rm -f "$tmp"
  fi
}

pages=(docs-src/*.md docs-src/*.txt)
for dir in "${extra[@]}"; do
  pages+=("$dir"/*.md)
done
for page in "${pages[@]}"; do
  case "$(basename "$page")" in README* | SOURCE*) continue ;; esac
  # Each page as it is goes to its own reader (by content, as `read::detect` would) and to the
  # whole-model target; each rendering of it goes to that rendering's reader too.
  case "$page" in
  *.pipe-text.txt) put read_pipe_text <"$page" ;;
  *.cell-text.txt) put read_cell_text <"$page" ;;
  *) put read_markdown <"$page" ;;
  esac
  put build_model <"$page"
  for as in html pipe-text cell-text; do
    codegen render --as "$as" "$page" | tee >(put build_model) | put "read_${as//-/_}"
  done
  # Table cells with a "Possible values" list, as the Markdown and pipe-text pages write them.
  grep -h 'Possible values' "$page" | tr '|' '\n' | grep 'Possible values' |
    while IFS= read -r cell; do printf '%s' "$cell" | put cell_list; done || true
done

# The samples the generator finds on the pages (complete, elided and cut short alike).
docs=(--docs docs-src)
for dir in "${extra[@]}"; do docs+=(--docs "$dir"); done
codegen ir "${docs[@]}" | jq -c '[.. | objects | select(has("body") and has("format"))] | unique_by(.body) | .[]' |
  while IFS= read -r sample; do
    format=$(jq -r .format <<<"$sample")
    jq -j .body <<<"$sample" | put "decode_$format"
  done

# The hand-written inputs.
for f in "$seeds"/read/*; do
  put read_markdown <"$f"
  put build_model <"$f"
done
for target in cell_list decode_xml decode_json; do
  for f in "$seeds/$target"/*; do put "$target" <"$f"; done
done

for dir in "$corpus"/*/; do
  printf '%-16s %4d inputs\n' "$(basename "$dir")" "$(find "$dir" -type f | wc -l)"
done
