import Foundation
import OTel
import ServiceLifecycle
import Tracing

/// OpenTelemetry tracing of the control plane, off unless an OTLP endpoint is configured
/// (`purser up --otlp-endpoint URL`): spans for every HTTP request (W3C `traceparent` from the
/// caller is continued), each plan, each FOCUS ingest and each admission evaluation, exported
/// over OTLP/HTTP (protobuf) in batches. The standard `OTEL_*` environment variables
/// (`OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_BSP_SCHEDULE_DELAY`, `OTEL_TRACES_SAMPLER`, …) adjust it.
public enum ServerTracing {
    /// Installs the process-wide tracer (once per process) and returns the exporter, a service
    /// to run beside the server: it sends what is buffered on shutdown.
    /// - Parameter endpoint: the collector's base URL (`http://collector:4318`); spans go to
    ///   its `/v1/traces`, as with `OTEL_EXPORTER_OTLP_ENDPOINT`.
    public static func bootstrap(endpoint: String, replica: String) throws -> any Service {
        guard let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw ServerError("--otlp-endpoint must be an http:// or https:// URL, got '\(endpoint)'", kind: .invalidInput)
        }
        var configuration = OTel.Configuration.default
        configuration.serviceName = "purser"
        configuration.resourceAttributes["service.instance.id"] = replica
        configuration.diagnosticLogLevel = .warning
        configuration.logs.enabled = false
        configuration.metrics.enabled = false
        configuration.traces.enabled = true
        configuration.traces.otlpExporter.protocol = .httpProtobuf
        configuration.traces.otlpExporter.endpoint = endpoint.hasSuffix("/") ? endpoint + "v1/traces" : endpoint + "/v1/traces"
        configuration.propagators = [.traceContext]
        do {
            return try OTel.bootstrap(configuration: configuration)
        } catch {
            throw ServerError("cannot start OpenTelemetry tracing to \(endpoint): \(error)", kind: .invalidInput)
        }
    }
}
