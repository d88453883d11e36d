#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/README.md) and runs each for a while.
# Exits non-zero when any target crashes, times out or runs out of memory; the input that did it
# is left in fuzz/crashes/<target>/.
#
#   scripts/fuzz.sh [TARGET...] [--seconds N] [--runs N] [--build-only] [-- LIBFUZZER_FLAG...]
#
# TARGET is a name from fuzz/README.md, with or without the fuzz- prefix (default: all).
# --seconds N   run each target for N seconds (default 60)
# --runs N      run each target for N executions instead of a time
# --build-only  build the fuzz binaries and stop
# Flags after -- go to every libFuzzer run unchanged (for example -jobs=2 or -fork=1 -ignore_crashes=1).
set -euo pipefail
cd "$(dirname "$0")/.."

all_targets=(component-yaml rego-compile rego-builtins json-rego-value admission-review focus-csv)

max_len_of() {
  case "$1" in
    rego-builtins) echo 512 ;;      # a built-in name and a few small arguments
    rego-compile) echo 8192 ;;
    *) echo 16384 ;;
  esac
}

seconds=60
runs=""
build_only=false
targets=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --seconds=*) seconds="${1#*=}"; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --runs=*) runs="${1#*=}"; shift ;;
    --build-only) build_only=true; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *)
      name="${1#fuzz-}"
      known=false
      for t in "${all_targets[@]}"; do [ "$t" = "$name" ] && known=true; done
      $known || { echo "unknown target $1; targets: ${all_targets[*]}" >&2; exit 2; }
      targets+=("$name"); shift ;;
  esac
done
[ "${#targets[@]}" -gt 0 ] || targets=("${all_targets[@]}")

# Debug configuration with -O: SwiftPM builds it incrementally and it runs about as fast as release.
# -DFUZZING makes each target's main hand over to libFuzzer's driver instead of replaying files.
scratch=.build-fuzz
build_flags=(--scratch-path "$scratch" -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -O)
for target in "${targets[@]}"; do
  log=$(mktemp)
  echo "building fuzz-$target"
  if ! swift build "${build_flags[@]}" --product "fuzz-$target" >"$log" 2>&1; then
    # gold warns about every sanitizer helper symbol it cannot export; that noise hides the error.
    grep -v "Cannot export local symbol" "$log" | tail -40
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
done
$build_only && exit 0
bin_dir=$(swift build "${build_flags[@]}" --show-bin-path)

# Swift's own crash reporter forks a helper that reads the crashed process's memory: under ASan that
# helper's reads are reported as a second crash and the helper lingers. libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
# Leak detection is off (also in the processes -fork starts): LeakSanitizer cannot see Swift
# references stored in enum payloads with tag bits and reports every compiled Rego program and
# Foundation's Process bookkeeping as leaked. ASan's fake stacks for use-after-return detection
# move locals to the heap, which the Rego engine's stack guard (it measures stack addresses)
# would read as an exhausted stack, so they are off.
export ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

failed=()
summary=()
for target in "${targets[@]}"; do
  # New inputs go to a scratch corpus; the committed seeds stay as they are.
  work="$scratch/corpus/$target"
  crashes="fuzz/crashes/$target"
  mkdir -p "$work" "$crashes"
  limit=(-max_total_time="$seconds")
  [ -n "$runs" ] && limit=(-runs="$runs")
  log="$scratch/fuzz-$target.log"
  echo "fuzzing fuzz-$target (${limit[0]#-}), log in $log"
  crashes_before=$(find "$crashes" -type f | wc -l)
  status=0
  "$bin_dir/fuzz-$target" "$work" "fuzz/corpus/$target" \
    "${limit[@]}" -rss_limit_mb=2048 -max_len="$(max_len_of "$target")" -timeout=10 -detect_leaks=0 \
    -artifact_prefix="$crashes/" -print_final_stats=1 "${extra[@]}" >"$log" 2>&1 || status=$?
  executions=$({ grep -h "stat::number_of_executed_units" "$log" || true; } | awk '{ total += $2 } END { print total + 0 }')
  if [ "$executions" -eq 0 ]; then
    # -fork mode prints no final stats; its progress lines count every job's executions.
    executions=$({ grep -oE "^#[0-9]+" "$log" || true; } | tail -1 | tr -d '#')
    executions=${executions:-0}
  fi
  # With -fork and -ignore_crashes libFuzzer may exit 0 after crashes; the saved inputs tell.
  new_crashes=$(( $(find "$crashes" -type f | wc -l) - crashes_before ))
  if [ "$status" -eq 0 ] && [ "$new_crashes" -gt 0 ]; then status=1; fi
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    grep -E "^(==[0-9]+==ERROR|SUMMARY|Fatal error|.*Fatal error:)|artifact_prefix|Test unit written" "$log" | head -10 || true
    summary+=("fuzz-$target: FAILED (exit $status, $new_crashes new inputs in $crashes/) after $executions executions")
  else
    summary+=("fuzz-$target: ok, $executions executions")
  fi
done

printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
  echo "failed: ${failed[*]} (crash inputs in fuzz/crashes/; replay one with $bin_dir/fuzz-TARGET FILE)" >&2
  exit 1
fi
