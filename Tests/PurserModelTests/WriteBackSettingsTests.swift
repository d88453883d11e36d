import Foundation
import Testing
import PurserModel

@Suite struct WriteBackSettingsTests {
    @Test("without a writeBack section nothing is pushed and nothing needs approval")
    func defaults() {
        let settings = FleetSettings().writeBack
        #expect(settings.pullRequest == nil && settings.baseBranch == nil)
        #expect(settings.approval.monthlySavingAbove == nil && settings.approval.riskAbove == nil)
    }

    @Test("reads recommendations.writeBack, leaving the section's other keys to the recommendation settings")
    func readsSettings() throws {
        let file = MarkedYAML("""
        recommendations:
          window: 14d
          writeBack:
            baseBranch: main
            pullRequest:
              provider: gitlab
              repository: platform/ml/fleet
              tokenEnv: PURSER_GITLAB_TOKEN
              apiURL: https://gitlab.example.com/api/v4/
            approval:
              monthlySavingAbove: 500
              riskAbove: low
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context).writeBack
        #expect(context.diagnostics.isEmpty)
        #expect(settings.baseBranch == "main")
        let pullRequest = try #require(settings.pullRequest)
        #expect(pullRequest.provider == .gitlab && pullRequest.repository == "platform/ml/fleet" && pullRequest.remote == "origin")
        #expect(pullRequest.tokenEnv == "PURSER_GITLAB_TOKEN" && pullRequest.apiURL == "https://gitlab.example.com/api/v4")
        #expect(settings.approval.monthlySavingAbove == 500 && settings.approval.riskAbove == .low)
    }

    @Test("mistakes are reported where they are written")
    func reportsMistakes() {
        let file = MarkedYAML("""
        recommendations:
          writeBack:
            baseBranch: 1️⃣feature..x
            pullRequest:
              provider: 2️⃣bitbucket
              repository: acme/fleet
              tokenEnv: 3️⃣ghp_0123456789abcdef-token
            approval:
              monthlySavingAbove: 4️⃣-5
              5️⃣riskAbov: high
        """, path: "purser.yaml")
        let context = DecodingContext()
        let settings = FleetSettings.decode(file.file, context: context).writeBack
        func at(_ marker: String) -> Diagnostic? { context.diagnostics.first { $0.location == file.markers[marker] } }
        #expect(at("1️⃣")?.path == "recommendations.writeBack.baseBranch")
        #expect(at("2️⃣")?.path == "recommendations.writeBack.pullRequest.provider")
        #expect(at("3️⃣")?.message.contains("never the token itself") == true)
        #expect(at("4️⃣")?.code == .outOfRange)
        #expect(at("5️⃣")?.hint == "did you mean 'riskAbove'?")
        #expect(settings.pullRequest == nil && settings.baseBranch == nil)
    }
}
