import PurserModel

/// Where a runtime loads a component's model from, derived from `spec.model`:
///
/// - `repository: mlflow-registry`: MLflow's registry URI, `models:/<name>/<number>` for a version
///   number, `models:/<name>@<alias>` for an alias, and `models:/<name>/<version>` as written for a
///   semantic version (MLflow resolves numbers and aliases only; the registry check resolves tags);
/// - a repository with a scheme (`s3://bucket/models`, `gs://…`, `https://…`, `file:///…`):
///   `<repository>/<name>/<version>`;
/// - anything else is a path in the serving container, relative to its working directory unless
///   it starts with `/`: `<repository>/<name>/<version>`.
enum ModelURI {
    static func of(_ model: ModelSpec) -> String {
        if model.repository == MLflowVersionReference.repository {
            if case .alias(let alias) = MLflowVersionReference(model.version) { return "models:/\(model.name)@\(alias)" }
            return "models:/\(model.name)/\(model.version)"
        }
        return "\(root(model.repository))/\(model.name)/\(model.version)"
    }

    /// The repository without trailing slashes (a bare `/` stays).
    static func root(_ repository: String) -> String {
        var root = repository
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root
    }
}
