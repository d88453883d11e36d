import Rego
import Testing

/// METADATA annotations and `rego.metadata.rule` / `rego.metadata.chain`, from OPA's policy
/// reference ("Annotations"): scopes rule, document, package and subpackages, authors and
/// related resources in their object form, package annotations seen from every module of the
/// package, and a located error for a scope that does not fit the statement.
@Suite struct MetadataAnnotationTests {
    func evaluate(_ modules: [String], _ ref: String) throws -> RegoValue? {
        let engine = try RegoEngine(modules: modules.enumerated().map { RegoModule(path: "m\($0.offset).rego", source: $0.element) })
        return try engine.evaluateRef(ref, input: nil)
    }

    @Test func ruleReturnsTheActiveDefinitionsAnnotation() throws {
        let policy = """
            # METADATA
            # title: GPU policy
            package fleet.gpu

            # METADATA
            # title: Too many GPUs
            # description: A component may request at most two GPUs.
            # authors:
            # - Platform Team <platform@purser.test>
            # - name: Ada
            # related_resources:
            # - https://purser.test/policies/gpu
            # custom:
            #   severity: high
            deny contains msg if {
                meta := rego.metadata.rule()
                msg := sprintf("%s (%s)", [meta.title, meta.custom.severity])
            }

            plain := rego.metadata.rule()
            """
        #expect(try evaluate([policy], "data.fleet.gpu.deny") == .set([.string("Too many GPUs (high)")]))
        #expect(try evaluate([policy], "data.fleet.gpu.plain") == .object([:]))
        let engine = try RegoEngine(modules: [RegoModule(path: "p.rego", source: policy.replacingOccurrences(of: "msg := sprintf(\"%s (%s)\", [meta.title, meta.custom.severity])", with: "msg := meta"))])
        let annotation = try #require(try engine.evaluateRef("data.fleet.gpu.deny", input: nil))
        let want: RegoValue = [
            "scope": "rule", "title": "Too many GPUs", "description": "A component may request at most two GPUs.",
            "authors": [["name": "Platform Team", "email": "platform@purser.test"], ["name": "Ada"]],
            "related_resources": [["ref": "https://purser.test/policies/gpu"]],
            "custom": ["severity": "high"],
        ]
        #expect(annotation == .set([want]))
    }

    @Test func chainGoesFromTheRuleOutToItsPackages() throws {
        let parent = """
            # METADATA
            # scope: subpackages
            # organizations:
            # - Purser
            package fleet
            """
        let policy = """
            # METADATA
            # description: Budget rules
            package fleet.budget

            # METADATA
            # scope: document
            # description: Daily budget checks
            over := false if { false }

            # METADATA
            # title: Over budget
            over := rego.metadata.chain()
            """
        let chain = try evaluate([parent, policy], "data.fleet.budget.over")
        let want: RegoValue = [
            ["path": ["fleet", "budget", "over"], "annotations": ["scope": "rule", "title": "Over budget"]],
            ["path": ["fleet", "budget", "over"], "annotations": ["scope": "document", "description": "Daily budget checks"]],
            ["path": ["fleet", "budget"], "annotations": ["scope": "package", "description": "Budget rules"]],
            ["path": ["fleet"], "annotations": ["scope": "subpackages", "organizations": ["Purser"]]],
        ]
        #expect(chain == want)
    }

    @Test func aRuleWithoutAnnotationsStillStartsTheChain() throws {
        let chain = try evaluate(["package fleet\n\nx := rego.metadata.chain()\n"], "data.fleet.x")
        #expect(chain == [["path": ["fleet", "x"]]])
    }

    @Test func aScopeThatDoesNotFitIsAParseError() throws {
        let bad = """
            package fleet

            # METADATA
            # scope: package
            x := 1
            """
        #expect {
            try evaluate([bad], "data.fleet.x")
        } throws: { error in
            guard let error = error as? RegoError else { return false }
            return error.code == .parse && "\(error)".contains("m0.rego:3")
        }
    }
}
