import PurserModel

/// Turns a component into plain Kubernetes objects: a Deployment (rolling) or an Argo Rollouts
/// `Rollout` (canary, blueGreen) running its runtime's container, a Service (and a preview Service
/// for blueGreen), an `autoscaling/v2` HorizontalPodAutoscaler, and an `AnalysisTemplate` for
/// rollout metrics. A KServe component is one `InferenceService` (KServe makes the rest).
public struct ComponentRenderer: Sendable {
    public let options: RenderOptions

    public init(options: RenderOptions) { self.options = options }

    public func render(_ component: Component, decisions: RenderDecisions) -> RenderedComponent {
        guard let container = RuntimeContainer.of(component, options: options) else {
            return RenderedComponent(id: component.id, objects: [InferenceServiceRenderer(renderer: self).render(component, decisions: decisions)])
        }
        let release = component.spec.release
        var objects: [KubernetesObject] = []
        let usesRollout = release.strategy != .rolling
        objects.append(usesRollout ? rollout(component, container: container, decisions: decisions)
                                   : deployment(component, container: container, decisions: decisions))
        objects.append(service(component, name: component.metadata.name))
        if release.strategy == .blueGreen { objects.append(service(component, name: previewServiceName(component))) }
        objects.append(autoscaler(component, decisions: decisions, targetKind: usesRollout ? "Rollout" : "Deployment"))
        if usesRollout, !release.rolloutMetrics.isEmpty { objects.append(AnalysisTemplateRenderer(options: options).render(component)) }
        return RenderedComponent(id: component.id, objects: objects)
    }

    /// `Kind/name` of each object `render` makes for the component, in the same order, without
    /// building them: what a plan lists when nothing reads the objects themselves.
    public func objectNames(_ component: Component) -> [String] {
        let name = component.metadata.name
        guard RuntimeContainer.of(component, options: options) != nil else { return ["InferenceService/" + name] }
        let release = component.spec.release
        let usesRollout = release.strategy != .rolling
        var names = [(usesRollout ? "Rollout/" : "Deployment/") + name, "Service/" + name]
        if release.strategy == .blueGreen { names.append("Service/" + previewServiceName(component)) }
        names.append("HorizontalPodAutoscaler/" + name)
        if usesRollout, !release.rolloutMetrics.isEmpty { names.append("AnalysisTemplate/" + name) }
        return names
    }

    func previewServiceName(_ component: Component) -> String { String((component.metadata.name + "-preview").prefix(63)) }

    // MARK: metadata

    func selectorLabels(_ component: Component) -> [String: String] {
        ["app.kubernetes.io/name": component.metadata.name, "app.kubernetes.io/instance": component.metadata.name]
    }

    func labels(_ component: Component) -> [String: String] {
        var labels = component.metadata.labels
        for (key, value) in selectorLabels(component) { labels[key] = value }
        labels["app.kubernetes.io/managed-by"] = "purser"
        labels["app.kubernetes.io/component"] = "model-server"
        labels["app.kubernetes.io/version"] = labelSafe(component.spec.model.version)
        return labels
    }

    func metadata(_ component: Component, name: String, extraAnnotations: [String: String] = [:]) -> ManifestValue {
        var annotations = component.metadata.annotations
        annotations["purser.io/model"] = "\(component.spec.model.name)@\(component.spec.model.version)"
        annotations["purser.io/source"] = component.source.location.file
        for (key, value) in extraAnnotations { annotations[key] = value }
        return .map([
            ("name", .string(name)),
            ("namespace", .string(component.metadata.namespace)),
            ("labels", .sorted(labels(component))),
            ("annotations", .sorted(annotations)),
        ])
    }

    /// Label values allow [A-Za-z0-9._-], at most 63, alphanumeric at both ends.
    func labelSafe(_ value: String) -> String {
        func alphanumeric(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        var bytes = value.utf8.map { alphanumeric($0) || $0 == 46 || $0 == 45 || $0 == 95 ? $0 : 95 }.prefix(63)
        while let first = bytes.first, !alphanumeric(first) { bytes.removeFirst() }
        while let last = bytes.last, !alphanumeric(last) { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: objects

    func deployment(_ component: Component, container: RuntimeContainer, decisions: RenderDecisions) -> KubernetesObject {
        let spec: ManifestValue = .map([
            ("revisionHistoryLimit", .int(5)),
            ("selector", .map([("matchLabels", .sorted(selectorLabels(component)))])),
            ("strategy", .map([("type", .string("RollingUpdate")), ("rollingUpdate", .map([("maxSurge", .string("25%")), ("maxUnavailable", .int(0))]))])),
            ("template", PodTemplateRenderer(options: options).render(component, container: container, labels: labels(component),
                                                                      annotations: decisions.workloadAnnotations)),
        ])
        return object(component, apiVersion: "apps/v1", kind: "Deployment", name: component.metadata.name, spec: spec,
                      annotations: decisions.workloadAnnotations)
    }

    func rollout(_ component: Component, container: RuntimeContainer, decisions: RenderDecisions) -> KubernetesObject {
        let release = component.spec.release
        let strategy: ManifestValue
        if release.strategy == .canary {
            var steps: [ManifestValue] = []
            for (index, weight) in release.steps.enumerated() where weight < 100 {
                steps.append(.map([("setWeight", .int(weight))]))
                if !release.rolloutMetrics.isEmpty, options.canaryJudgeURL != nil {
                    steps.append(judgedExperiment(component))
                } else if !release.rolloutMetrics.isEmpty {
                    steps.append(.map([("analysis", .map([("templates", .list([.map([("templateName", .string(component.metadata.name))])])),
                                                          ("args", analysisArgs(component))]))]))
                } else {
                    steps.append(.map([("pause", .map([("duration", .string(index == 0 ? "5m" : "10m"))]))]))
                }
            }
            strategy = .map([("canary", .map([("steps", .list(steps))]))])
        } else {
            var blueGreen: [(String, ManifestValue)] = [
                ("activeService", .string(component.metadata.name)),
                ("previewService", .string(previewServiceName(component))),
                ("autoPromotionEnabled", .bool(release.rolloutMetrics.isEmpty)),
            ]
            if !release.rolloutMetrics.isEmpty {
                blueGreen.append(("prePromotionAnalysis", .map([("templates", .list([.map([("templateName", .string(component.metadata.name))])])),
                                                                ("args", analysisArgs(component))])))
            }
            strategy = .map([("blueGreen", .map(blueGreen))])
        }
        let spec: ManifestValue = .map([
            ("revisionHistoryLimit", .int(5)),
            ("selector", .map([("matchLabels", .sorted(selectorLabels(component)))])),
            ("strategy", strategy),
            ("template", PodTemplateRenderer(options: options).render(component, container: container, labels: labels(component),
                                                                      annotations: decisions.workloadAnnotations)),
        ])
        return object(component, apiVersion: "argoproj.io/v1alpha1", kind: "Rollout", name: component.metadata.name, spec: spec,
                      annotations: decisions.workloadAnnotations)
    }

    /// With a canary judge, each canary step runs an Argo Rollouts experiment: a fresh baseline
    /// (the stable pod spec) and a canary started side by side for the judge's window, so the judge
    /// compares pods of the same age under the same traffic rather than the canary against
    /// long-running stable pods; the analysis gets the experiment's own pod template hashes and
    /// must complete before the rollout goes on.
    func judgedExperiment(_ component: Component) -> ManifestValue {
        let args: ManifestValue = .list([
            .map([("name", .string("service-name")), ("value", .string(component.metadata.name))]),
            .map([("name", .string(AnalysisTemplateRenderer.canaryHashArgument)), ("value", .string("{{templates.canary.podTemplateHash}}"))]),
            .map([("name", .string(AnalysisTemplateRenderer.baselineHashArgument)), ("value", .string("{{templates.baseline.podTemplateHash}}"))]),
        ])
        return .map([("experiment", .map([
            ("duration", .string(AnalysisTemplateRenderer.judgeWindow)),
            ("templates", .list([
                .map([("name", .string("baseline")), ("specRef", .string("stable"))]),
                .map([("name", .string("canary")), ("specRef", .string("canary"))]),
            ])),
            ("analyses", .list([.map([
                ("name", .string(component.metadata.name)),
                ("templateName", .string(component.metadata.name)),
                ("requiredForCompletion", .bool(true)),
                ("args", args),
            ])])),
        ]))])
    }

    /// The service name, and with a canary judge the pod template hashes Argo Rollouts fills in:
    /// `Latest` is the canary (or blue-green preview), `Stable` the baseline it is judged against.
    func analysisArgs(_ component: Component) -> ManifestValue {
        var args: [ManifestValue] = [.map([("name", .string("service-name")), ("value", .string(component.metadata.name))])]
        if options.canaryJudgeURL != nil {
            args.append(.map([("name", .string(AnalysisTemplateRenderer.canaryHashArgument)), ("valueFrom", .map([("podTemplateHashValue", .string("Latest"))]))]))
            args.append(.map([("name", .string(AnalysisTemplateRenderer.baselineHashArgument)), ("valueFrom", .map([("podTemplateHashValue", .string("Stable"))]))]))
        }
        return .list(args)
    }

    func service(_ component: Component, name: String) -> KubernetesObject {
        let spec: ManifestValue = .map([
            ("type", .string("ClusterIP")),
            ("selector", .sorted(selectorLabels(component))),
            ("ports", .list([.map([("name", .string("http")), ("port", .int(80)), ("targetPort", .string("http")), ("protocol", .string("TCP"))])])),
        ])
        return object(component, apiVersion: "v1", kind: "Service", name: name, spec: spec)
    }

    func autoscaler(_ component: Component, decisions: RenderDecisions, targetKind: String) -> KubernetesObject {
        let scaling = component.spec.governance.costOptimization.autoscaling
        var annotations: [String: String] = [:]
        // HPA cannot scale to zero without the alpha HPAScaleToZero gate; keep 1 and say so.
        if scaling.minReplicas == 0 { annotations["purser.io/scale-to-zero"] = "true" }
        if decisions.maxReplicas < scaling.maxReplicas {
            annotations["purser.io/budget-capped-max-replicas"] = "\(scaling.maxReplicas)->\(decisions.maxReplicas)"
        }
        let spec: ManifestValue = .map([
            ("scaleTargetRef", .map([
                ("apiVersion", .string(targetKind == "Rollout" ? "argoproj.io/v1alpha1" : "apps/v1")),
                ("kind", .string(targetKind)),
                ("name", .string(component.metadata.name)),
            ])),
            ("minReplicas", .int(max(1, scaling.minReplicas))),
            ("maxReplicas", .int(max(1, decisions.maxReplicas))),
            ("metrics", .list([.map([
                ("type", .string("Resource")),
                ("resource", .map([("name", .string("cpu")), ("target", .map([("type", .string("Utilization")), ("averageUtilization", .int(scaling.targetCPUUtilizationPercentage))]))])),
            ])])),
        ])
        return object(component, apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: component.metadata.name, spec: spec, annotations: annotations)
    }

    func object(_ component: Component, apiVersion: String, kind: String, name: String, spec: ManifestValue, annotations: [String: String] = [:]) -> KubernetesObject {
        KubernetesObject(apiVersion: apiVersion, kind: kind, name: name, namespace: component.metadata.namespace, body: .map([
            ("apiVersion", .string(apiVersion)),
            ("kind", .string(kind)),
            ("metadata", metadata(component, name: name, extraAnnotations: annotations)),
            ("spec", spec),
        ]))
    }
}
