"""A read-only stand-in for the Kubernetes API server, for testing `purser drift --kubeconfig`.

No package we can install here ships kube-apiserver (Debian has kubectl only; PyPI has no
envtest binaries), so this serves the parts of the API a reader of live objects uses, in the
shapes the Kubernetes API reference documents:

- HTTPS only; a client authenticates with a certificate signed by --client-ca, or with
  `Authorization: Bearer <--token>`; anything else gets 401 and a `Status` body.
- Discovery: `GET /api/v1` and `GET /apis/<group>/<version>` answer an `APIResourceList` (with
  subresources such as `deployments/status`); group versions named by --without answer 404, as
  for a CRD that is not installed.
- Lists: `GET /api[s]/<gv>/namespaces/<ns>/<resource>?limit=&continue=` answer `<Kind>List` with
  `metadata.resourceVersion` and, while more remain, `metadata.continue`; pages are at most
  --page-size items whatever `limit` asks (the server may return fewer). Items of built-in types
  carry no `apiVersion`/`kind`, as the API server's typed lists; custom resources keep them.
- Objects come from the YAML files in --objects (single, multi-document, or `kind: List`). The
  server adds what a real one writes: uid, resourceVersion, generation, creationTimestamp,
  managedFields, status, and the documented defaults of Deployments, pod templates and Services.

Usage: python kube-api-server.py --objects DIR --cert C --key K --client-ca CA --token T
       [--page-size N] [--without GROUP/VERSION]...
Prints `PORT=<n>` once listening on 127.0.0.1; serves until killed. Needs PyYAML.
"""
import argparse
import copy
import http.server
import json
import os
import ssl
import sys
import urllib.parse
import uuid

import yaml

RESOURCES = {
    "v1": [("services", "Service", True), ("configmaps", "ConfigMap", True), ("secrets", "Secret", True),
           ("serviceaccounts", "ServiceAccount", True), ("pods", "Pod", True), ("namespaces", "Namespace", False)],
    "apps/v1": [("deployments", "Deployment", True), ("statefulsets", "StatefulSet", True), ("replicasets", "ReplicaSet", True)],
    "autoscaling/v2": [("horizontalpodautoscalers", "HorizontalPodAutoscaler", True)],
    "policy/v1": [("poddisruptionbudgets", "PodDisruptionBudget", True)],
    "networking.k8s.io/v1": [("networkpolicies", "NetworkPolicy", True), ("ingresses", "Ingress", True)],
    "argoproj.io/v1alpha1": [("rollouts", "Rollout", True), ("analysistemplates", "AnalysisTemplate", True),
                             ("analysisruns", "AnalysisRun", True), ("workflows", "Workflow", True),
                             ("cronworkflows", "CronWorkflow", True), ("workflowtemplates", "WorkflowTemplate", True)],
    "serving.kserve.io/v1beta1": [("inferenceservices", "InferenceService", True)],
}
CUSTOM_GROUPS = {"argoproj.io/v1alpha1", "serving.kserve.io/v1beta1"}


def status(code, reason, message):
    return {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}


def with_server_fields(obj, resource_version):
    obj = copy.deepcopy(obj)
    meta = obj.setdefault("metadata", {})
    meta.setdefault("namespace", "default")
    meta["uid"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{obj['kind']}/{meta['namespace']}/{meta['name']}"))
    meta["resourceVersion"] = str(resource_version)
    meta["generation"] = 1
    meta["creationTimestamp"] = "2026-12-01T08:00:00Z"
    meta["managedFields"] = [{"manager": "argocd-controller", "operation": "Apply", "apiVersion": obj["apiVersion"],
                              "time": "2026-12-01T08:00:00Z", "fieldsType": "FieldsV1", "fieldsV1": {"f:spec": {}}}]
    kind, spec = obj["kind"], obj.setdefault("spec", {})
    if kind in ("Deployment", "Rollout"):
        if kind == "Deployment":
            spec.setdefault("progressDeadlineSeconds", 600)
            spec.setdefault("strategy", {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}})
        spec.setdefault("revisionHistoryLimit", 10)
        pod = spec.get("template", {}).setdefault("spec", {})
        pod.setdefault("restartPolicy", "Always")
        pod.setdefault("dnsPolicy", "ClusterFirst")
        pod.setdefault("schedulerName", "default-scheduler")
        pod.setdefault("terminationGracePeriodSeconds", 30)
        for container in pod.get("containers", []):
            container.setdefault("terminationMessagePath", "/dev/termination-log")
            container.setdefault("terminationMessagePolicy", "File")
            container.setdefault("imagePullPolicy", "IfNotPresent")
            for port in container.get("ports", []):
                port.setdefault("protocol", "TCP")
        obj["status"] = {"observedGeneration": 1, "replicas": spec.get("replicas", 1), "readyReplicas": spec.get("replicas", 1)}
    if kind == "Service":
        spec.setdefault("type", "ClusterIP")
        spec.setdefault("sessionAffinity", "None")
        spec["clusterIP"] = "10.96.12.34"
        spec["clusterIPs"] = ["10.96.12.34"]
        spec["ipFamilies"] = ["IPv4"]
        spec["ipFamilyPolicy"] = "SingleStack"
        spec["internalTrafficPolicy"] = "Cluster"
        for port in spec.get("ports", []):
            port.setdefault("protocol", "TCP")
        obj["status"] = {"loadBalancer": {}}
    return obj


def load(folder):
    objects = []
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(os.path.join(root, name), encoding="utf-8") as handle:
                for document in yaml.safe_load_all(handle):
                    if not document:
                        continue
                    items = document.get("items") if document.get("kind", "").endswith("List") else [document]
                    objects.extend(item for item in items or [] if item)
    return [with_server_fields(obj, 1000 + i) for i, obj in enumerate(objects)]


def make_handler(objects, token, page_size, without):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def reply(self, code, body):
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def authenticated(self):
            if self.connection.getpeercert():
                return True
            header = self.headers.get("Authorization", "")
            return bool(token) and header == f"Bearer {token}"

        def do_GET(self):
            if not self.authenticated():
                return self.reply(401, status(401, "Unauthorized", "Unauthorized"))
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query)
            parts = [p for p in url.path.split("/") if p]
            if parts[:1] == ["api"] and len(parts) >= 2:
                group_version, rest = parts[1], parts[2:]
            elif parts[:1] == ["apis"] and len(parts) >= 3:
                group_version, rest = f"{parts[1]}/{parts[2]}", parts[3:]
            else:
                return self.reply(404, status(404, "NotFound", "the server could not find the requested resource"))
            if group_version not in RESOURCES or group_version in without:
                return self.reply(404, status(404, "NotFound", "the server could not find the requested resource"))
            resources = RESOURCES[group_version]
            if not rest:
                listed = []
                for name, kind, namespaced in resources:
                    listed.append({"name": name, "singularName": kind.lower(), "namespaced": namespaced, "kind": kind,
                                   "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"]})
                    listed.append({"name": f"{name}/status", "singularName": "", "namespaced": namespaced, "kind": kind,
                                   "verbs": ["get", "patch", "update"]})
                return self.reply(200, {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": group_version, "resources": listed})
            namespace = None
            if rest[0] == "namespaces" and len(rest) == 3:
                namespace, plural = rest[1], rest[2]
            elif len(rest) == 1:
                plural = rest[0]
            else:
                return self.reply(404, status(404, "NotFound", "the server could not find the requested resource"))
            match = [r for r in resources if r[0] == plural]
            if not match:
                return self.reply(404, status(404, "NotFound", "the server could not find the requested resource"))
            _, kind, _ = match[0]
            items = [o for o in objects if o["apiVersion"] == group_version and o["kind"] == kind
                     and (namespace is None or o["metadata"]["namespace"] == namespace)]
            items.sort(key=lambda o: (o["metadata"]["namespace"], o["metadata"]["name"]))
            limit = int(query.get("limit", ["0"])[0] or 0)
            size = min(limit, page_size) if limit > 0 else page_size
            start = int(query.get("continue", ["0"])[0] or 0)
            page = items[start:start + size]
            metadata = {"resourceVersion": "2000"}
            if start + size < len(items):
                metadata["continue"] = str(start + size)
            if group_version not in CUSTOM_GROUPS:
                page = [{k: v for k, v in o.items() if k not in ("apiVersion", "kind")} for o in page]
            return self.reply(200, {"kind": f"{kind}List", "apiVersion": group_version, "metadata": metadata, "items": page})

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--objects", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--client-ca", required=True)
    parser.add_argument("--token", default="")
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--without", action="append", default=[])
    args = parser.parse_args()
    objects = load(args.objects)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    context.load_verify_locations(args.client_ca)
    context.verify_mode = ssl.CERT_OPTIONAL
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make_handler(objects, args.token, args.page_size, set(args.without)))
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"PORT={server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
