import PurserModel

/// Paths into a component file and the `SpecChange` that sets one of them.
enum ComponentFields {
    static let resourceLimits = ["spec", "governance", "costOptimization", "resourceLimits"]
    static let autoscaling = ["spec", "governance", "costOptimization", "autoscaling"]

    static func change(_ component: Component, _ path: [String], current: String?, proposed: String) -> SpecChange {
        let written = component.source.fields[path.joined(separator: ".")] != nil
        return SpecChange(component: component.metadata.name, file: component.source.location.file, path: path,
                          current: written ? current : nil, proposed: proposed)
    }
}
