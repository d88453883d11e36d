#!/usr/bin/env bash
# Fails when a source target imports a module docs/ARCHITECTURE.md does not allow it.
# The allowed imports are the "may import" column of the Modules table there: one source of truth.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import pathlib, re, sys

architecture = pathlib.Path("docs/ARCHITECTURE.md").read_text()
section = architecture.split("## Modules", 1)[1].split("\n## ", 1)[0]
# Always allowed: the toolchain's own libraries.
system = {"Foundation", "FoundationEssentials", "FoundationNetworking", "Dispatch", "Synchronization", "Glibc", "Darwin", "Musl"}
allowed, only_in = {}, {}
for line in section.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 3 or not cells[0].startswith("`"):
        continue
    target = cells[0].strip("`")
    allowed[target] = set()
    for item in re.finditer(r"`([A-Za-z_][A-Za-z0-9_]*)`(?:\s*\(in `([^`]+)` only\))?", cells[2]):
        allowed[target].add(item.group(1))
        if item.group(2):
            only_in[(target, item.group(1))] = item.group(2)

problems = []
for folder in sorted(pathlib.Path("Sources").iterdir()):
    if not folder.is_dir():
        continue
    target = folder.name
    if target not in allowed:
        problems.append(f"Sources/{target}: no row in the Modules table of docs/ARCHITECTURE.md")
        continue
    for file in sorted(folder.rglob("*.swift")):
        for number, line in enumerate(file.read_text().splitlines(), 1):
            m = re.match(r"\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)", line)
            if not m:
                continue
            module = m.group(1)
            if module in system:
                continue
            if module not in allowed[target]:
                problems.append(f"{file}:{number}: {target} may not import {module}")
            elif (target, module) in only_in and file.name != only_in[(target, module)]:
                problems.append(f"{file}:{number}: {target} may import {module} in {only_in[(target, module)]} only")

if problems:
    print("import check failed:", *problems, sep="\n  ")
    sys.exit(1)
print(f"import check passed: {len(allowed)} targets, every import allowed by docs/ARCHITECTURE.md")
PY
