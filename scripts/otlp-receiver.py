#!/usr/bin/env python3
"""A minimal OTLP/HTTP trace receiver for the tracing tests.

Listens on 127.0.0.1 (a free port unless --port), accepts POST /v1/traces in the OTLP protobuf
encoding (gzip or not), decodes each ExportTraceServiceRequest with the OpenTelemetry project's
own protocol definitions (`opentelemetry-proto` from PyPI), and appends one JSON line per span
to --out: name, kind, traceId, spanId, parentSpanId, status, attributes and resource attributes.
Prints `OTLP_RECEIVER_PORT=N` once it listens.
"""
import argparse
import gzip
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from opentelemetry.proto.collector.trace.v1 import trace_service_pb2


def value(any_value):
    kind = any_value.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return [value(v) for v in any_value.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: value(kv.value) for kv in any_value.kvlist_value.values}
    if kind == "bytes_value":
        return any_value.bytes_value.hex()
    return getattr(any_value, kind)


def make_handler(out_path):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if self.headers.get("Content-Encoding", "") == "gzip":
                body = gzip.decompress(body)
            if self.path != "/v1/traces" or "protobuf" not in self.headers.get("Content-Type", ""):
                self.send_response(404 if self.path != "/v1/traces" else 415)
                self.end_headers()
                return
            request = trace_service_pb2.ExportTraceServiceRequest()
            try:
                request.ParseFromString(body)
            except Exception as error:  # a malformed export is the test's failure, reported here
                print(f"otlp-receiver: cannot decode an export: {error}", file=sys.stderr)
                self.send_response(400)
                self.end_headers()
                return
            with open(out_path, "a", encoding="utf-8") as out:
                for resource_spans in request.resource_spans:
                    resource = {kv.key: value(kv.value) for kv in resource_spans.resource.attributes}
                    for scope_spans in resource_spans.scope_spans:
                        for span in scope_spans.spans:
                            out.write(json.dumps({
                                "name": span.name,
                                "kind": span.kind,
                                "traceId": span.trace_id.hex(),
                                "spanId": span.span_id.hex(),
                                "parentSpanId": span.parent_span_id.hex(),
                                "status": span.status.code,
                                "statusMessage": span.status.message,
                                "attributes": {kv.key: value(kv.value) for kv in span.attributes},
                                "resource": resource,
                            }) + "\n")
            answer = trace_service_pb2.ExportTraceServiceResponse().SerializeToString()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-protobuf")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--port", type=int, default=0)
    arguments = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", arguments.port), make_handler(arguments.out))
    print(f"OTLP_RECEIVER_PORT={server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
