import Testing
@testable import PurserModel

/// `spec.model.version` with `repository: mlflow-registry`: semantic versions, MLflow version
/// numbers and `@alias` references (docs/spec.md, `spec.model`).
@Suite struct MLflowVersionTests {
    @Test(arguments: [
        ("\"2.1.0\"", MLflowVersionReference.semantic("2.1.0")),
        ("v7.3.0-rc.1", .semantic("v7.3.0-rc.1")),
        ("\"3\"", .number(3)),
        ("3", .number(3)),
        ("\"9223372036854775807\"", .number(Int64.max)),
        ("\"@champion\"", .alias("champion")),
        ("'@Prod_blue-2'", .alias("Prod_blue-2")),
        ("\"@v\"", .alias("v")),
        ("\"@version2\"", .alias("version2")),
    ])
    func mlflowRegistryAcceptsVersionNumbersAndAliases(written: String, expected: MLflowVersionReference) throws {
        let yaml = MarkedYAML(replacing("    version: \"1.0.0\"", with: "    version: \(written)"))
        let fleet = yaml.decode()
        #expect(fleet.diagnostics == [])
        let component = try #require(fleet.components.first)
        #expect(MLflowVersionReference(component.spec.model.version) == expected)
        #expect(MLflowVersionReference(component.spec.model.version)?.description == component.spec.model.version)
    }

    @Test(arguments: [
        ("\"0\"", "positive integer"),
        ("\"03\"", "without leading zeros"),
        ("\"-3\"", "positive integer"),
        ("\"99999999999999999999\"", "larger than MLflow's version numbers"),
        ("\"@\"", "the alias after '@' is empty"),
        ("\"@champ ion\"", "letters, digits, '_' and '-'"),
        ("\"@champ.ion\"", "letters, digits, '_' and '-'"),
        ("\"@chämpion\"", "letters, digits, '_' and '-'"),
        ("\"@Latest\"", "reserves the alias 'latest'"),
        ("\"@v3\"", "write \"3\" instead"),
        ("\"champion\"", "an alias such as \"@champion\""),
        ("\"2.1\"", "a semantic version such as \"2.1.0\""),
        ("\"models:/chat-model@champion\"", "is not a model version"),
    ])
    func mlflowRegistryRejectsOtherVersionsAtTheValue(written: String, phrase: String) throws {
        let yaml = MarkedYAML(replacing("    version: \"1.0.0\"", with: "    version: 1️⃣\(written)"))
        let fleet = yaml.decode()
        let diagnostic = try #require(fleet.diagnostics.first)
        #expect(fleet.diagnostics.count == 1)
        #expect(diagnostic.code == .invalidValue)
        #expect(diagnostic.path == "spec.model.version")
        #expect(diagnostic.location == yaml.markers["1️⃣"])
        #expect(diagnostic.message.contains(phrase), "\(diagnostic.message)")
        #expect(fleet.components.isEmpty)
    }

    @Test func anAliasLongerThanMLflowAllowsIsRejected() throws {
        let alias = String(repeating: "a", count: 256)
        let yaml = MarkedYAML(replacing("    version: \"1.0.0\"", with: "    version: 1️⃣\"@\(alias)\""))
        let diagnostic = try #require(yaml.decode().diagnostics.first)
        #expect(diagnostic.location == yaml.markers["1️⃣"])
        #expect(diagnostic.message.contains("at most 255 characters"))
        #expect(diagnostic.message.contains("…"), "a long value is quoted as an excerpt")
        #expect(MLflowVersionReference("@" + String(repeating: "a", count: 255)) == .alias(String(repeating: "a", count: 255)))
    }

    @Test(arguments: ["\"3\"", "\"@champion\""])
    func otherRepositoriesStillRequireASemanticVersion(written: String) throws {
        var text = replacing("    version: \"1.0.0\"", with: "    version: 1️⃣\(written)")
        text = replacing("repository: mlflow-registry", with: "repository: huggingface", in: text)
        let yaml = MarkedYAML(text)
        let diagnostic = try #require(yaml.decode().diagnostics.first)
        #expect(diagnostic.code == .invalidValue)
        #expect(diagnostic.location == yaml.markers["1️⃣"])
        #expect(diagnostic.message.contains("is not a semantic version"))
        #expect(diagnostic.hint == "version numbers and aliases are accepted with repository mlflow-registry only")
    }

    @Test func aMissingRepositoryDoesNotHideTheVersionProblem() throws {
        let text = replacing("    repository: mlflow-registry\n", with: "", in: replacing("    version: \"1.0.0\"", with: "    version: 1️⃣\"2.1\""))
        let yaml = MarkedYAML(text)
        let diagnostics = yaml.decode().diagnostics
        #expect(diagnostics.contains { $0.code == .missingField && $0.path == "spec.model.repository" })
        #expect(diagnostics.contains { $0.code == .invalidValue && $0.location == yaml.markers["1️⃣"] })
    }
}
