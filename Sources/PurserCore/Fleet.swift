import Foundation
import PurserConcurrency
import PurserCost
import PurserGit
import PurserModel

/// A fleet decoded from a snapshot: settings, valid components, pricing, policies and every
/// diagnostic found on the way.
public struct Fleet: Sendable {
    public var name: String
    public var settings: FleetSettings
    public var components: [Component]
    /// Valid `MultimodalDataPipeline`s, sorted by id (docs/pipeline-spec.md).
    public var pipelines: [Pipeline] = []
    public var catalog: PricingCatalog
    /// Rego policy sources by fleet-relative path (`policies/**/*.rego`).
    public var policies: [SourceFile]
    /// Every file read, for rendering diagnostics with their source line.
    public var sources: [String: SourceFile]
    public var diagnostics: [Diagnostic]
    /// Evaluation reports under `reports/`, for the `ai-alignment-report-id` annotation.
    public var evidence: GovernanceEvidence
    /// OPA Gatekeeper ConstraintTemplates and constraints (`policies/**/*.yaml`).
    public var gatekeeper = GatekeeperDocuments()
    /// The purser.yaml environment whose overrides were applied (`deployed(in:)`); nil: none.
    public var environment: String?

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Decodes a snapshot. Never throws: every problem becomes a located diagnostic.
    public static func decode(_ snapshot: Snapshot, defaultName: String) -> Fleet {
        var sources: [String: SourceFile] = [:]
        var diagnostics: [Diagnostic] = []
        // Checking the UTF-8 and indexing the lines of hundreds of files: on all cores.
        let decodedFiles = ConcurrentMap.map(Array(snapshot.files)) { path, data in SourceFile.decoding(data, path: path) }
        for decodedFile in decodedFiles {
            switch decodedFile {
            case .success(let file): sources[file.path] = file
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let componentFiles = sources.values.filter { $0.path.hasPrefix("components/") }.sorted { $0.path < $1.path }
        let pricingContext = DecodingContext()
        let catalog = PricingCatalog.merged(overrides: sources["pricing.yaml"], context: pricingContext)
        var decoded = FleetDecoder.decode(componentFiles: componentFiles, settingsFile: sources[FleetSettings.fileName],
                                          acceleratorKeys: Set(catalog.accelerators.keys))
        // A component file that is not UTF-8 has its own diagnostic; the fleet does have components.
        if !snapshot.files.keys.contains(where: { $0.hasPrefix("components/") }) {
            decoded.diagnostics.append(Diagnostic(code: .noComponents, location: SourceLocation(file: "components/", line: 1, column: 1),
                                                  message: "no component files found; expected YAML files under components/"))
        }
        diagnostics += decoded.diagnostics + pricingContext.diagnostics

        let components = decoded.components
        var reports: [EvaluationReport] = []
        for (path, data) in snapshot.files where path.hasPrefix("reports/") {
            switch EvaluationReport.decode(path: path, data: data) {
            case .success(let report): reports.append(report)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        let policies = sources.values.filter { $0.path.hasPrefix("policies/") && $0.path.hasSuffix(".rego") }.sorted { $0.path < $1.path }
        let gatekeeperFiles = sources.values.filter { $0.path.hasPrefix("policies/") && ($0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml")) }
            .sorted { $0.path < $1.path }
        let gatekeeperContext = DecodingContext()
        let gatekeeper = GatekeeperDocuments.decode(gatekeeperFiles, context: gatekeeperContext)
        diagnostics += gatekeeperContext.diagnostics
        var fleet = Fleet(name: decoded.settings.name ?? defaultName, settings: decoded.settings, components: components, catalog: catalog,
                          policies: policies, sources: sources, diagnostics: diagnostics.sorted(),
                          evidence: GovernanceEvidence(reports: reports, maxAgeDays: decoded.settings.governance.evidenceMaxAgeDays))
        fleet.gatekeeper = gatekeeper
        fleet.pipelines = decoded.pipelines
        return fleet
    }
}
