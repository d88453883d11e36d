#!/usr/bin/env python3
"""Simulated serving pods for the canary judge's Prometheus tests (scripts/start-prometheus.sh).

Serves /metrics in Prometheus' text format with the series MLServer's REST server exports and the
rendered AnalysisTemplate and the judge query for an MLServer component (RolloutMetricQuery):
rest_server_requests_total{path,status_code} and the rest_server_request_duration_seconds histogram
on the inference route, labelled service="canary-demo" and rollouts_pod_template_hash="<hash>" (the
labels Prometheus' Kubernetes discovery adds) for four pods:

  base1  the baseline: 200 requests/s, 1% errors, latency lognormal with median 0.10 s
  same1  exactly base1's counters under another hash (a canary identical to its baseline)
  good1  an independent pod drawn from base1's distribution
  bad1   a bad canary: 10% errors, latency median 0.30 s

Traffic is generated ten times a second from a fixed seed.
"""
import argparse
import math
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERVICE = "canary-demo"
BUCKETS = [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 2.5, 5.0]
PODS = {  # hash: (error probability, median latency in seconds)
    "base1": (0.01, 0.10),
    "good1": (0.01, 0.10),
    "bad1": (0.10, 0.30),
}
ALIASES = {"same1": "base1"}
PER_TICK = 20


class Pod:
    def __init__(self, errors, median, seed):
        self.errors, self.median, self.random = errors, median, random.Random(seed)
        self.codes = {"200": 0, "500": 0}
        self.buckets = [0] * len(BUCKETS)
        self.count, self.sum = 0, 0.0

    def tick(self):
        for _ in range(PER_TICK):
            self.codes["500" if self.random.random() < self.errors else "200"] += 1
            latency = self.median * math.exp(self.random.gauss(0, 0.35))
            self.count += 1
            self.sum += latency
            for i, bound in enumerate(BUCKETS):
                if latency <= bound:
                    self.buckets[i] += 1


lock = threading.Lock()
pods = {h: Pod(e, m, seed) for seed, (h, (e, m)) in enumerate(sorted(PODS.items()))}


def traffic():
    while True:
        with lock:
            for pod in pods.values():
                pod.tick()
        time.sleep(0.1)


ROUTE = 'app_name="mlserver",method="POST",path="/v2/models/{model_name}/infer"'


def exposition():
    lines = ["# HELP rest_server_requests_total Requests served.", "# TYPE rest_server_requests_total counter"]
    views = dict(pods)
    views.update({alias: pods[target] for alias, target in ALIASES.items()})
    with lock:
        for h, pod in sorted(views.items()):
            for code, n in sorted(pod.codes.items()):
                lines.append(f'rest_server_requests_total{{{ROUTE},service="{SERVICE}",rollouts_pod_template_hash="{h}",status_code="{code}"}} {n}')
        lines += ["# HELP rest_server_request_duration_seconds Request latency.", "# TYPE rest_server_request_duration_seconds histogram"]
        for h, pod in sorted(views.items()):
            labels = f'{ROUTE},service="{SERVICE}",rollouts_pod_template_hash="{h}"'
            for bound, n in zip(BUCKETS, pod.buckets):
                lines.append(f'rest_server_request_duration_seconds_bucket{{{labels},le="{bound}"}} {n}')
            lines.append(f'rest_server_request_duration_seconds_bucket{{{labels},le="+Inf"}} {pod.count}')
            lines.append(f"rest_server_request_duration_seconds_sum{{{labels}}} {pod.sum:.6f}")
            lines.append(f"rest_server_request_duration_seconds_count{{{labels}}} {pod.count}")
    return ("\n".join(lines) + "\n").encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/metrics":
            self.send_error(404)
            return
        body = exposition()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    port = parser.parse_args().port
    threading.Thread(target=traffic, daemon=True).start()
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
