#!/usr/bin/env python3
"""Exercises Purser's MCP server with the reference Python MCP client (the `mcp` package on PyPI).

    python scripts/mcp-client-check.py --stdio-purser .build/debug/purser --stdio-fleet FLEET --stdio-data DATA
    python scripts/mcp-client-check.py --http-url http://127.0.0.1:8080/mcp --http-token-file TOKEN --http-fleet FLEET

Over each transport given it lists the tools, calls every one with valid arguments and checks what
comes back, checks that bad arguments are JSON-RPC errors naming the argument, that no tool can
apply, approve, merge or bypass the gate, and that the propose tools only add a branch or an audit
event (the fleet's checked-out branch and working tree stay as they were). Over HTTP it also checks
that a missing or wrong bearer token gets 401, and that a change set needing an approval is opened
only after a person approved it through the control plane's API (the agent's own request is not
enough). Prints one line per check; exits 1 on the first failed check.
"""
import argparse
import asyncio
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import httpx
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import McpError

READ_TOOLS = {"plan_revision", "component_details", "cost_report", "cost_anomalies", "cost_forecast",
              "governance_evidence", "audit_log", "list_recommendations"}
PROPOSE_TOOLS = {"open_recommendation_branch", "request_approval"}
# Verbs no agent tool may start with: the person's side of the boundary.
FORBIDDEN = ("apply", "approve", "merge", "publish", "deploy", "bypass", "override", "force", "delete", "push")
INVALID_PARAMS = -32602


class CheckFailed(Exception):
    pass


def check(condition, what):
    if not condition:
        raise CheckFailed(what)
    print(f"ok: {what}", flush=True)


def git(fleet, *args):
    return subprocess.run(["git", "-C", fleet, *args], check=True, capture_output=True, text=True).stdout.strip()


def fleet_state(fleet):
    """What the propose tools must leave alone: the checked-out branch, its commit, the working tree."""
    return git(fleet, "symbolic-ref", "HEAD"), git(fleet, "rev-parse", "HEAD"), git(fleet, "status", "--porcelain")


def recommendation_branches(fleet):
    out = git(fleet, "for-each-ref", "--format=%(refname:short)", "refs/heads/purser/recommendations/")
    return set(out.split()) if out else set()


async def call_json(session, name, arguments):
    started = time.monotonic()
    result = await session.call_tool(name, arguments)
    text = "".join(c.text for c in result.content if c.type == "text")
    if result.isError:
        raise CheckFailed(f"{name} {arguments} answered an error: {text}")
    print(f"    {name} {json.dumps(arguments)[:80]}: {(time.monotonic() - started) * 1000:.0f} ms, {len(text)} bytes", flush=True)
    return json.loads(text)


async def call_refused(session, label, name, arguments):
    """A call that must run and answer isError; its text."""
    result = await session.call_tool(name, arguments)
    text = "".join(c.text for c in result.content if c.type == "text")
    check(result.isError, f"[{label}] {name} is refused ({text[:120]}…)")
    return text


async def expect_invalid_params(session, label, name, arguments, argument):
    try:
        await session.call_tool(name, arguments)
    except McpError as error:
        check(error.error.code == INVALID_PARAMS and f"'{argument}'" in error.error.message,
              f"[{label}] {name} {json.dumps(arguments)} is JSON-RPC error {error.error.code} naming '{argument}': {error.error.message}")
        return
    raise CheckFailed(f"{name} {arguments} was accepted; expected a JSON-RPC error naming '{argument}'")


async def check_tools(session, label):
    init = await session.initialize()
    check(init.serverInfo.name == "purser", f"[{label}] initialize: server {init.serverInfo.name} {init.serverInfo.version}, protocol {init.protocolVersion}")
    listed = (await session.list_tools()).tools
    names = {t.name for t in listed}
    check(names == READ_TOOLS | PROPOSE_TOOLS, f"[{label}] tools/list names exactly the read and propose tools: {sorted(names)}")
    check(not [n for n in names if n.startswith(FORBIDDEN)], f"[{label}] no tool applies, approves, merges, publishes or bypasses")
    for tool in listed:
        read = tool.name in READ_TOOLS
        check(tool.annotations is not None and tool.annotations.readOnlyHint == read and tool.annotations.destructiveHint is False,
              f"[{label}] {tool.name} is annotated {'read-only' if read else 'a proposal'}, not destructive")
        check(tool.inputSchema.get("type") == "object" and tool.inputSchema.get("additionalProperties") is False,
              f"[{label}] {tool.name} declares its arguments")


async def check_reads(session, label, expect_plan_events):
    plan = await call_json(session, "plan_revision", {})
    ids = [c["id"] for c in plan["components"]]
    check(plan["verdict"] in ("pass", "warn", "fail") and ids, f"[{label}] plan_revision: verdict {plan['verdict']}, {len(ids)} components")
    details = await call_json(session, "component_details", {"component": ids[0]})
    check(details["component"]["id"] == ids[0] and "kind:" in details["manifests"] and details["verdict"] in ("pass", "warn", "deny"),
          f"[{label}] component_details {ids[0]}: verdict {details['verdict']}, manifests rendered")
    missing = await call_refused(session, label, "component_details", {"component": "nowhere/nothing"})
    check("nowhere/nothing" in missing, f"[{label}] component_details names the unknown component")
    report = await call_json(session, "cost_report", {"by": "team"})
    check(report["dimension"] == "team" and report["rows"], f"[{label}] cost_report by team: {len(report['rows'])} rows, {report['currency']}")
    anomalies = await call_json(session, "cost_anomalies", {"by": "component"})
    check(isinstance(anomalies, list), f"[{label}] cost_anomalies: {len(anomalies)} anomalies")
    forecasts = await call_json(session, "cost_forecast", {"horizon": 7})
    check(forecasts and all(len(f["days"]) == 7 for f in forecasts), f"[{label}] cost_forecast: {len(forecasts)} series, 7 days each")
    evidence = await call_json(session, "governance_evidence", {})
    check(evidence["components"] and all(r["status"] for r in evidence["components"]),
          f"[{label}] governance_evidence: {len(evidence['components'])} components")
    audit = await call_json(session, "audit_log", {"limit": 20})
    kinds = {e["kind"] for e in audit["events"]}
    check(isinstance(audit["events"], list) and (not expect_plan_events or "plan" in kinds), f"[{label}] audit_log: kinds {sorted(kinds)}")
    listing = await call_json(session, "list_recommendations", {})
    check(re.fullmatch(r"[0-9a-f]{64}", listing["changeSet"]) and listing["changes"],
          f"[{label}] list_recommendations: change set {listing['changeSet'][:12]}, {len(listing['changes'])} changes, needs approval: {listing['needsApproval']}")
    return listing


async def check_bad_input(session, label):
    await expect_invalid_params(session, label, "cost_forecast", {"horizon": "soon"}, "horizon")
    await expect_invalid_params(session, label, "cost_forecast", {"horizon": 0}, "horizon")
    await expect_invalid_params(session, label, "plan_revision", {"revison": "HEAD"}, "revison")
    await expect_invalid_params(session, label, "plan_revision", {"revision": "--all"}, "revision")
    await expect_invalid_params(session, label, "component_details", {}, "component")
    await expect_invalid_params(session, label, "cost_report", {"from": "2026-02-30"}, "from")
    await expect_invalid_params(session, label, "request_approval", {"changeSet": "abc", "requester": "agent"}, "changeSet")
    for name in ("approve_recommendation", "apply_recommendations", "merge_branch", "publish_environment"):
        try:
            await session.call_tool(name, {})
        except McpError as error:
            check(error.error.code == INVALID_PARAMS and "unknown tool" in error.error.message,
                  f"[{label}] {name} does not exist: {error.error.message[:90]}…")
            continue
        raise CheckFailed(f"[{label}] {name} was accepted")


async def check_propose_opens_branch(session, label, fleet, listing):
    before, branches = fleet_state(fleet), recommendation_branches(fleet)
    opened = await call_json(session, "open_recommendation_branch", {"changeSet": listing["changeSet"]})
    check(opened["branch"].startswith("purser/recommendations/") and opened["branch"] not in branches,
          f"[{label}] open_recommendation_branch opened {opened['branch']}")
    check(fleet_state(fleet) == before, f"[{label}] the checked-out branch, its commit and the working tree are unchanged")
    check(git(fleet, "rev-parse", opened["branch"] + "^") == before[1], f"[{label}] the branch is one commit on top of HEAD, not merged")
    check(recommendation_branches(fleet) == branches | {opened["branch"]}, f"[{label}] nothing but that branch was added")
    stale = await call_refused(session, label, "open_recommendation_branch", {"changeSet": "0" * 64})
    check("not the current one" in stale, f"[{label}] a change set other than the current one is refused")


async def run_stdio(args):
    label = "stdio"
    params = StdioServerParameters(command=args.stdio_purser, args=["mcp", "--fleet", args.stdio_fleet, "--data", args.stdio_data])
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await check_tools(session, label)
        listing = await check_reads(session, label, expect_plan_events=False)
        await check_bad_input(session, label)
        await check_propose_opens_branch(session, label, args.stdio_fleet, listing)
        requested = await call_json(session, "request_approval", {"changeSet": listing["changeSet"], "requester": "capacity-agent", "reason": "saves money"})
        check(requested["event"]["kind"] == "recommendation-approval-request" and requested["event"]["actor"] == "mcp:capacity-agent",
              f"[{label}] request_approval recorded event {requested['event']['seq']} by {requested['event']['actor']}")


def http_status(url, token, method="POST", body=b'{"jsonrpc":"2.0","id":1,"method":"tools/list"}'):
    headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body if method == "POST" else None, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def approve_as_person(base, token, change_set):
    body = json.dumps({"approver": "jane", "note": "reviewed the change set"}).encode()
    request = urllib.request.Request(f"{base}/api/v1/recommendations/{change_set}/approve", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


async def run_http(args):
    label = "http"
    token = open(args.http_token_file).read().strip()
    check(http_status(args.http_url, None) == 401, f"[{label}] POST /mcp without a token: 401")
    check(http_status(args.http_url, token + "x") == 401, f"[{label}] POST /mcp with a wrong token: 401")
    check(http_status(args.http_url, token, method="GET") == 405, f"[{label}] GET /mcp (no event stream in stateless mode): 405")
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=httpx.Timeout(120)) as http, \
            streamable_http_client(args.http_url, http_client=http) as (read, write, _), ClientSession(read, write) as session:
        await check_tools(session, label)
        listing = await check_reads(session, label, expect_plan_events=True)
        await check_bad_input(session, label)
        check(listing["needsApproval"], f"[{label}] the change set needs an approval ({'; '.join(listing['approvalReasons'])})")
        before, branches = fleet_state(args.http_fleet), recommendation_branches(args.http_fleet)
        refused = await call_refused(session, label, "open_recommendation_branch", {"changeSet": listing["changeSet"]})
        check("approval" in refused, f"[{label}] open_recommendation_branch without an approval is refused")
        requested = await call_json(session, "request_approval", {"changeSet": listing["changeSet"], "requester": "capacity-agent"})
        check(requested["event"]["kind"] == "recommendation-approval-request" and not requested["approved"],
              f"[{label}] request_approval recorded a request, not an approval")
        await call_refused(session, label, "open_recommendation_branch", {"changeSet": listing["changeSet"]})
        check(recommendation_branches(args.http_fleet) == branches and fleet_state(args.http_fleet) == before,
              f"[{label}] a request alone opens no branch and changes nothing")
        base = args.http_url.rsplit("/mcp", 1)[0]
        check(approve_as_person(base, token, listing["changeSet"]) == 201, f"[{label}] a person approves through the control plane's API")
        after = await call_json(session, "list_recommendations", {})
        check(after["approved"] and not after["needsApproval"], f"[{label}] list_recommendations shows the approval")
        await check_propose_opens_branch(session, label, args.http_fleet, after)
        audit = await call_json(session, "audit_log", {"subject": f"recommendations/{listing['changeSet']}"})
        kinds = [e["kind"] for e in audit["events"]]
        check(kinds.count("recommendation-approval") == 1 and "recommendation-approval-request" in kinds,
              f"[{label}] the trail holds the agent's request and the person's approval: {kinds}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stdio-purser")
    parser.add_argument("--stdio-fleet")
    parser.add_argument("--stdio-data")
    parser.add_argument("--http-url")
    parser.add_argument("--http-token-file")
    parser.add_argument("--http-fleet")
    args = parser.parse_args()
    if not args.stdio_purser and not args.http_url:
        parser.error("give --stdio-purser (with --stdio-fleet, --stdio-data) or --http-url (with --http-token-file, --http-fleet)")
    try:
        if args.stdio_purser:
            asyncio.run(run_stdio(args))
        if args.http_url:
            asyncio.run(run_http(args))
    except CheckFailed as failure:
        print(f"FAILED: {failure}", flush=True)
        sys.exit(1)
    print("all MCP client checks passed", flush=True)


if __name__ == "__main__":
    main()
