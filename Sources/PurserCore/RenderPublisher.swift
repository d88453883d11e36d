import Foundation
import PurserGit
import PurserRender

/// Commits rendered manifests to the fleet repo's rendered branch, the branch Argo CD or Flux syncs.
public enum RenderPublisher {
    /// - Returns: the branch's commit and whether a new one was made (false when nothing changed).
    /// - Parameter message: the commit message; nil describes the render and its source revision.
    public static func commit(_ rendered: [RenderedComponent], fleetPath: String, branch: String, sourceRevision: String?,
                              message: String? = nil) async throws -> GitRepository.BranchCommit {
        let repository = try await GitRepository.containing(URL(fileURLWithPath: fleetPath).standardizedFileURL)
        var files: [String: Data] = [:]
        for component in rendered { files[component.relativePath] = Data(component.yaml.utf8) }
        let source = sourceRevision.map { "revision \(String($0.prefix(12)))" } ?? "the working tree"
        let message = message ?? "Render \(rendered.count) components from \(source)\n\nWritten by purser render; every file is generated."
        return try await repository.commit(files: files, toBranch: branch, message: message)
    }
}
