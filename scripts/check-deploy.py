#!/usr/bin/env python3
"""Cross-checks the Dockerfile and the rendered Kubernetes manifests against the package.

Usage: check-deploy.py PURSER_BINARY RENDERED.yaml...

The image cannot be built where no Docker engine runs, so this checks what a build would get
wrong silently: the build stage uses the Swift version the tests ran with, copies every folder Package.swift names and builds the `purser`
product with a static Swift runtime; resource bundles reach the run stage; the run stage has
git, SQLite and libcurl and runs as the non-root user the Deployment runs as; the entrypoint is
the copied binary. In the manifests: every `purser` flag the Deployment passes exists in
`purser up --help`; git-sync runs as Purser's user and publishes the folder `--repo` names;
probes hit /healthz and /readyz on the served port; the webhook's service, port and path reach
the Service and the admission route; a PodDisruptionBudget covers the Deployment's pods.
Prints each problem and exits 1 when there is any.
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
problems: list[str] = []


def problem(where: str, message: str) -> None:
    problems.append(f"{where}: {message}")


def dockerfile_instructions(path: Path) -> list[tuple[int, str, str]]:
    """(line, INSTRUCTION, arguments) with continuations joined and comments dropped."""
    result, pending, start = [], "", 0
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        pending += line
        keyword, _, arguments = pending.partition(" ")
        result.append((start, keyword.upper(), arguments.strip()))
        pending = ""
    return result


def check_dockerfile(package: str) -> int:
    path = ROOT / "Dockerfile"
    stages: list[dict] = []
    for line, keyword, arguments in dockerfile_instructions(path):
        if keyword == "FROM":
            parts = arguments.split()
            stages.append({"line": line, "image": parts[0], "name": parts[2] if len(parts) == 3 and parts[1].upper() == "AS" else None,
                           "run": [], "copy": [], "user": None, "entrypoint": None})
        elif not stages:
            problem(f"Dockerfile:{line}", f"{keyword} before the first FROM")
        elif keyword == "RUN":
            stages[-1]["run"].append((line, arguments))
        elif keyword == "COPY":
            stages[-1]["copy"].append((line, arguments.split()))
        elif keyword == "USER":
            stages[-1]["user"] = (line, arguments)
        elif keyword == "ENTRYPOINT":
            stages[-1]["entrypoint"] = (line, yaml.safe_load(arguments))
    if len(stages) < 2:
        problem("Dockerfile", "expected a build stage and a run stage")
        return -1
    build, run = stages[0], stages[-1]
    if not re.fullmatch(r"swift:\d+\.\d+(\.\d+)?-noble", build["image"]):
        problem(f"Dockerfile:{build['line']}", f"the build stage should start from a swift:X.Y(.Z)-noble image, not {build['image']}")
    toolchain = swift_version()
    tag = re.match(r"swift:(\d+\.\d+(?:\.\d+)?)-", build["image"])
    if toolchain and tag and not toolchain.startswith(tag.group(1)):
        problem(f"Dockerfile:{build['line']}", f"the image builds with Swift {tag.group(1)}, the tests ran with {toolchain}")
    if not run["image"].startswith("ubuntu:noble"):
        problem(f"Dockerfile:{run['line']}", f"the run stage should be the toolchain's Ubuntu (ubuntu:noble), not {run['image']}")

    # Every folder holding a target must be in the build context the build stage copies.
    copied = {Path(args[-2]).as_posix().lstrip("./") for _, args in build["copy"] if not args[0].startswith("--from")}
    folders = {"Sources", "Tests"} | {p.split("/")[0] for p in re.findall(r'path:\s*"([^"]+)"', package)}
    for folder in sorted(folders):
        if folder not in copied:
            problem("Dockerfile", f"the build stage does not COPY ./{folder}, which Package.swift's targets live in")
        if not (ROOT / folder).is_dir():
            problem("Package.swift", f"names the folder {folder}, which does not exist")
    builds = [(line, shlex.split(cmd.split("&&")[0])) for line, cmd in build["run"] if cmd.startswith("swift build")]
    if not builds:
        problem("Dockerfile", "the build stage runs no `swift build`")
    for line, argv in builds:
        for flag in ("--static-swift-stdlib", "-c"):
            if flag not in argv:
                problem(f"Dockerfile:{line}", f"`swift build` lacks {flag}")
        if "-c" in argv and argv[argv.index("-c") + 1] != "release":
            problem(f"Dockerfile:{line}", "`swift build` should build -c release")
        if "--product" not in argv or argv[argv.index("--product") + 1] != "purser":
            problem(f"Dockerfile:{line}", "`swift build` should build --product purser")
    if not re.search(r'\.executable\(name:\s*"purser"', package):
        problem("Package.swift", "has no executable product `purser`")
    staged = " ".join(cmd for _, cmd in build["run"])
    if re.search(r"resources:\s*\[", package) and ".resources" not in staged:
        problem("Dockerfile", "Package.swift has resource bundles, but the build stage does not stage the *.resources folders")

    installs = " ".join(cmd for _, cmd in run["run"])
    needs = {"git": "git", "libsqlite3-0": "SQLite (GRDB)", "ca-certificates": "TLS clients"}
    if any("import FoundationNetworking" in p.read_text() for p in (ROOT / "Sources").rglob("*.swift")):
        needs["libcurl4"] = "FoundationNetworking"
    for package_name, why in needs.items():
        if not re.search(rf"\b{re.escape(package_name)}", installs):
            problem("Dockerfile", f"the run stage does not install {package_name} ({why})")
    copies_from_build = [args for _, args in run["copy"] if args[0] == f"--from={build['name']}"]
    if not copies_from_build:
        problem("Dockerfile", f"the run stage copies nothing --from={build['name']}")
    user = run["user"]
    if user is None:
        problem("Dockerfile", "the run stage sets no USER (it would run as root)")
        return -1
    uid = user[1].split(":")[0]
    if not uid.isdigit() or int(uid) == 0:
        problem(f"Dockerfile:{user[0]}", f"USER should be a numeric non-root id (Kubernetes' runAsNonRoot checks numbers), not {user[1]}")
        return -1
    entrypoint = run["entrypoint"]
    if entrypoint is None:
        problem("Dockerfile", "the run stage has no ENTRYPOINT")
    elif copies_from_build:
        destination = copies_from_build[0][-1].rstrip("/")
        if entrypoint[1][0] != f"{destination}/purser":
            problem(f"Dockerfile:{entrypoint[0]}", f"ENTRYPOINT {entrypoint[1][0]} is not the copied binary {destination}/purser")
    return int(uid)


def swift_version() -> str | None:
    """The version of the `swift` on PATH (the toolchain the tests ran with), if there is one."""
    try:
        text = subprocess.run(["swift", "--version"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r"Swift version (\d+\.\d+(?:\.\d+)?)", text)
    return found.group(1) if found else None


def up_flags(binary: str) -> set[str]:
    text = subprocess.run([binary, "up", "--help"], check=True, capture_output=True, text=True).stdout
    return set(re.findall(r"(--[a-z][a-z0-9-]*)", text))


def check_manifests(files: list[str], uid: int, flags: set[str]) -> None:
    for file in files:
        objects = [o for o in yaml.safe_load_all(Path(file).read_text()) if o]
        by_kind: dict[str, list[dict]] = {}
        for o in objects:
            by_kind.setdefault(o["kind"], []).append(o)
        deployments = [d for d in by_kind.get("Deployment", []) if d["metadata"]["name"] == "purser"]
        if len(deployments) != 1:
            problem(file, "expected one Deployment purser")
            continue
        deployment = deployments[0]
        where = f"{file}: Deployment purser"
        pod = deployment["spec"]["template"]["spec"]
        pod_uid = pod.get("securityContext", {}).get("runAsUser")
        if pod.get("securityContext", {}).get("runAsNonRoot") is not True:
            problem(where, "the pod must set runAsNonRoot: true")
        containers = {c["name"]: c for c in pod["containers"]}
        purser = containers.get("purser")
        syncers = [c for c in pod["containers"] + pod.get("initContainers", []) if "git-sync" in c["image"]]
        if purser is None or not syncers:
            problem(where, "needs the containers purser and git-sync")
            continue
        for container in [purser] + syncers:
            context = container.get("securityContext", {})
            if context.get("runAsUser", pod_uid) != uid:
                problem(where, f"container {container['name']} runs as {context.get('runAsUser', pod_uid)}, not the image's user {uid}")
            if context.get("readOnlyRootFilesystem") is not True:
                problem(where, f"container {container['name']} needs readOnlyRootFilesystem: true")
            if context.get("allowPrivilegeEscalation") is not False:
                problem(where, f"container {container['name']} needs allowPrivilegeEscalation: false")
        args = purser.get("args", [])
        if not args or args[0] != "up":
            problem(where, "the purser container must run `purser up`")
        options = {}
        for arg in args[1:]:
            name, _, value = arg.partition("=")
            if name not in flags:
                problem(where, f"`purser up` has no flag {name}")
            options[name] = value
        mounts = {m["mountPath"]: m for m in purser.get("volumeMounts", [])}

        def mounted(path: str) -> dict | None:
            return next((m for p, m in mounts.items() if path == p or path.startswith(p.rstrip("/") + "/")), None)

        for flag in ("--repo", "--data", "--tls-cert", "--tls-key", "--token-file"):
            if flag in options and mounted(options[flag]) is None:
                problem(where, f"{flag}={options[flag]} is on no volume mounted in the purser container")
        if "--data" in options and (mounted(options["--data"]) or {}).get("readOnly"):
            problem(where, "the --data folder must be writable")
        for syncer in syncers:
            sync = dict(a.partition("=")[::2] for a in syncer.get("args", []))
            published = sync.get("--root", "").rstrip("/") + "/" + sync.get("--link", "")
            if options.get("--repo") != published:
                problem(where, f"{syncer['name']} publishes {published}, but purser reads --repo={options.get('--repo')}")
        port = int(options.get("--port", 8080))
        ports = {p.get("name"): p["containerPort"] for p in purser.get("ports", [])}
        scheme = "HTTPS" if "--tls-cert" in options else "HTTP"
        for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
            get = purser.get(probe, {}).get("httpGet")
            if not get or get.get("path") != path:
                problem(where, f"{probe} should GET {path}")
                continue
            if ports.get(get["port"], get["port"]) != port or get.get("scheme", "HTTP") != scheme:
                problem(where, f"{probe} must use {scheme} on the served port {port}")
        labels = deployment["spec"]["selector"]["matchLabels"]
        if deployment["spec"].get("replicas", 1) < 2:
            problem(where, "run at least 2 replicas: the webhook fails closed")
        budgets = [b for b in by_kind.get("PodDisruptionBudget", []) if b["spec"]["selector"].get("matchLabels") == labels]
        if not budgets:
            problem(file, "no PodDisruptionBudget selects the Deployment's pods")
        services = [s for s in by_kind.get("Service", []) if s["spec"].get("selector") == labels]
        if not services:
            problem(file, "no Service selects the Deployment's pods")
            continue
        service = services[0]
        for webhook_config in by_kind.get("ValidatingWebhookConfiguration", []):
            for hook in webhook_config["webhooks"]:
                target = hook["clientConfig"].get("service", {})
                if (target.get("name"), target.get("namespace")) != (service["metadata"]["name"], service["metadata"].get("namespace")):
                    problem(file, f"webhook {hook['name']} calls {target.get('namespace')}/{target.get('name')}, not the Service")
                service_port = next((p for p in service["spec"]["ports"] if p["port"] == target.get("port", 443)), None)
                if service_port is None or ports.get(service_port.get("targetPort"), service_port.get("targetPort")) != port:
                    problem(file, f"webhook {hook['name']} port {target.get('port', 443)} does not reach the served port {port}")
                if target.get("path") != "/admission/validate":
                    problem(file, f"webhook {hook['name']} must call /admission/validate")
                expected = {"fail": "Fail", "ignore": "Ignore"}[options.get("--failure-policy", "fail")]
                if hook.get("failurePolicy") != expected:
                    problem(file, f"webhook {hook['name']} failurePolicy should be {expected}, like purser's --failure-policy")
        if not by_kind.get("ValidatingWebhookConfiguration"):
            problem(file, "no ValidatingWebhookConfiguration")


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    package = (ROOT / "Package.swift").read_text()
    uid = check_dockerfile(package)
    check_manifests(sys.argv[2:], uid, up_flags(sys.argv[1]))
    for line in problems:
        print(line, file=sys.stderr)
    print(f"check-deploy: Dockerfile and {len(sys.argv) - 2} rendered file(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
