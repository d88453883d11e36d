import Foundation
import Testing
import PurserTestSupport

/// `purser drift --kubeconfig`: live objects read over HTTPS from an API server
/// (`scripts/kube-api-server.py`, which serves discovery and paged lists in the API's shapes and
/// checks client certificates and bearer tokens), with real certificates made by openssl.
@Suite(.serialized) struct DriftKubeconfigTests {
    static var python: String? { PipelineCommandTests.python }

    /// A CA, a server certificate for 127.0.0.1, and a client certificate, as kubeadm would issue.
    struct Certificates {
        let folder: URL
        var ca: URL { folder.appendingPathComponent("ca.crt") }
        var serverCertificate: URL { folder.appendingPathComponent("server.crt") }
        var serverKey: URL { folder.appendingPathComponent("server.key") }
        var clientCertificate: URL { folder.appendingPathComponent("client.crt") }
        var clientKey: URL { folder.appendingPathComponent("client.key") }
        var otherCA: URL { folder.appendingPathComponent("other-ca.crt") }

        init(in folder: URL) throws {
            self.folder = folder
            func openssl(_ arguments: [String]) throws {
                let result = try PurserCLI.run(URL(fileURLWithPath: "/usr/bin/openssl"), arguments, in: folder)
                guard result.status == 0 else { throw ControlPlaneProcess.ReadyFailure(description: "openssl \(arguments.joined(separator: " ")): \(result.stderr)") }
            }
            let caExtensions = ["-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]
            try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=purser-test-ca"] + caExtensions)
            try openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "2", "-subj", "/CN=someone-else"] + caExtensions)
            try "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n".write(to: folder.appendingPathComponent("server.ext"), atomically: true, encoding: .utf8)
            try "extendedKeyUsage=clientAuth\n".write(to: folder.appendingPathComponent("client.ext"), atomically: true, encoding: .utf8)
            for (name, subject) in [("server", "/CN=kube-apiserver"), ("client", "/O=system:masters/CN=purser-drift")] {
                try openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", subject])
                try openssl(["x509", "-req", "-in", "\(name).csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "\(name).crt",
                             "-days", "2", "-extfile", "\(name).ext"])
            }
        }
    }

    /// The stand-in API server over a folder of objects; stopped with SIGKILL.
    final class APIServer {
        let process = Process()
        let port: Int

        init(objects: URL, certificates: Certificates, token: String, pageSize: Int, without: [String] = []) throws {
            process.executableURL = URL(fileURLWithPath: DriftKubeconfigTests.python!)
            process.arguments = [PurserCLI.repoRoot.appendingPathComponent("scripts/kube-api-server.py").path, "--objects", objects.path,
                                 "--cert", certificates.serverCertificate.path, "--key", certificates.serverKey.path,
                                 "--client-ca", certificates.ca.path, "--token", token, "--page-size", String(pageSize)]
                + without.flatMap { ["--without", $0] }
            let stdout = Pipe()
            process.standardOutput = stdout
            process.standardError = FileHandle.nullDevice
            try process.run()
            let line = String(decoding: stdout.fileHandleForReading.availableData, as: UTF8.self)
            guard line.hasPrefix("PORT="), let port = Int(line.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                kill(process.processIdentifier, SIGKILL)
                throw ControlPlaneProcess.ReadyFailure(description: "the API server did not start: \(line)")
            }
            self.port = port
        }

        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func kubeconfig(server: String, cluster: String, user: String) -> String {
        """
        apiVersion: v1
        kind: Config
        current-context: test
        clusters:
        - name: test-cluster
          cluster:
            server: \(server)
        \(cluster)
        users:
        - name: test-user
          user:
        \(user)
        contexts:
        - name: test
          context: {cluster: test-cluster, user: test-user}
        - name: other
          context: {cluster: test-cluster, user: test-user, namespace: ai-prod}
        """
    }

    /// A scratch folder (the caller removes it) with certificates, and the example fleet rendered
    /// into its `live` folder: what the stand-in API server serves.
    static func scenario() throws -> (scratch: URL, certificates: Certificates, live: URL) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("purser-kube-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        do {
            let certificates = try Certificates(in: scratch)
            let live = scratch.appendingPathComponent("live")
            let render = try PurserCLI.run(["render", "examples/fleet", "--out", live.path])
            guard render.status == 0 else { throw ControlPlaneProcess.ReadyFailure(description: "render failed: \(render.stderr)") }
            return (scratch, certificates, live)
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
    }

    @Test func readsTheClusterThroughTheAPIAndReportsWhatTheFolderReportWould() throws {
        guard Self.python != nil else {
            #expect(!PipelineCommandTests.inCI, "PURSER_TEST_PIPELINE_PYTHON is not set (scripts/test.sh installs it with scripts/pipeline-tools-venv.sh)")
            return
        }
        let (scratch, certificates, live) = try Self.scenario()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The cluster runs the render with one hand edit.
        let edited = live.appendingPathComponent("ai-prod/product-vision-search.yaml")
        let original = try String(contentsOf: edited, encoding: .utf8)
        try #require(original.contains("averageUtilization: 70"))
        try original.replacingOccurrences(of: "averageUtilization: 70", with: "averageUtilization: 85").write(to: edited, atomically: true, encoding: .utf8)
        let folderReport = try PurserCLI.run(["drift", "examples/fleet", "--live", live.path, "--json"])
        #expect(folderReport.status == 1, "\(folderReport.stdout)\(folderReport.stderr)")

        let token = "drift-reader-\(UUID().uuidString)"
        // Pages of two objects: every list is read across several `continue` tokens.
        let server = try APIServer(objects: live, certificates: certificates, token: token, pageSize: 2)
        defer { server.stop() }
        let url = "https://127.0.0.1:\(server.port)"

        // A client certificate, with files relative to the kubeconfig's folder.
        let byCertificate = scratch.appendingPathComponent("by-certificate.kubeconfig")
        try Self.kubeconfig(server: url, cluster: "    certificate-authority: ca.crt",
                            user: "    client-certificate: client.crt\n    client-key: client.key").write(to: byCertificate, atomically: true, encoding: .utf8)
        let viaCertificate = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", byCertificate.path, "--json"])
        #expect(viaCertificate.status == 1, "\(viaCertificate.stdout)\(viaCertificate.stderr)")
        #expect(viaCertificate.stdout == folderReport.stdout, "API:\n\(viaCertificate.stdout)\nfolder:\n\(folderReport.stdout)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(viaCertificate.stdout.utf8)) as? [String: Any])
        let changed = try #require(report["changed"] as? [[String: Any]])
        #expect(changed.count == 1 && (changed.first?["object"] as? [String: Any])?["kind"] as? String == "HorizontalPodAutoscaler", "\(viaCertificate.stdout)")
        #expect((changed.first?["fields"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["spec.metrics[0].resource.target.averageUtilization"], "\(viaCertificate.stdout)")
        #expect((report["compared"] as? Int ?? 0) > 20 && (report["missingInCluster"] as? [Any])?.isEmpty == true)

        // A bearer token from a file, the CA inline; --context picks another context.
        try "\(token)\n".write(to: scratch.appendingPathComponent("token"), atomically: true, encoding: .utf8)
        let caData = try Data(contentsOf: certificates.ca).base64EncodedString()
        let byToken = scratch.appendingPathComponent("by-token.kubeconfig")
        try Self.kubeconfig(server: url, cluster: "    certificate-authority-data: \(caData)", user: "    tokenFile: token")
            .write(to: byToken, atomically: true, encoding: .utf8)
        let viaToken = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", byToken.path, "--context", "other", "--json"])
        #expect(viaToken.status == 1 && viaToken.stdout == folderReport.stdout, "\(viaToken.stdout)\(viaToken.stderr)")
        let text = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", byToken.path])
        #expect(text.stdout.contains("changed spec.metrics[0].resource.target.averageUtilization: rendered 70, live 85"), "\(text.stdout)")

        // The cluster in sync: the edit undone.
        try original.write(to: edited, atomically: true, encoding: .utf8)
        let syncedServer = try APIServer(objects: live, certificates: certificates, token: token, pageSize: 500)
        defer { syncedServer.stop() }
        let synced = scratch.appendingPathComponent("synced.kubeconfig")
        try Self.kubeconfig(server: "https://127.0.0.1:\(syncedServer.port)", cluster: "    certificate-authority-data: \(caData)", user: "    token: \(token)")
            .write(to: synced, atomically: true, encoding: .utf8)
        let inSync = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", synced.path])
        #expect(inSync.status == 0 && inSync.stdout.hasPrefix("in sync: "), "\(inSync.stdout)\(inSync.stderr)")
    }

    @Test func refusedCredentialsUntrustedServersAndPluginsAreClearErrors() throws {
        guard Self.python != nil else {
            #expect(!PipelineCommandTests.inCI, "PURSER_TEST_PIPELINE_PYTHON is not set (scripts/test.sh installs it with scripts/pipeline-tools-venv.sh)")
            return
        }
        let (scratch, certificates, live) = try Self.scenario()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let server = try APIServer(objects: live, certificates: certificates, token: "the-token", pageSize: 500, without: ["argoproj.io/v1alpha1"])
        defer { server.stop() }
        let url = "https://127.0.0.1:\(server.port)"
        let caData = try Data(contentsOf: certificates.ca).base64EncodedString()
        func drift(cluster: String, user: String, _ extra: [String] = []) throws -> PurserCLI.Result {
            let file = scratch.appendingPathComponent("\(UUID().uuidString).kubeconfig")
            try Self.kubeconfig(server: url, cluster: cluster, user: user).write(to: file, atomically: true, encoding: .utf8)
            return try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", file.path] + extra)
        }

        // Without Argo Rollouts' CRD the cluster cannot run a Rollout: named, and each one missing.
        let noRollouts = try drift(cluster: "    certificate-authority-data: \(caData)", user: "    token: the-token", ["--json"])
        #expect(noRollouts.status == 1, "\(noRollouts.stdout)\(noRollouts.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(noRollouts.stdout.utf8)) as? [String: Any])
        #expect(report["unservedKinds"] as? [String] == ["AnalysisTemplate (argoproj.io/v1alpha1)", "Rollout (argoproj.io/v1alpha1)"], "\(noRollouts.stdout)")
        let missing = (report["missingInCluster"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(missing.count == 10 && Set(missing) == ["AnalysisTemplate", "Rollout"] && (report["changed"] as? [Any])?.isEmpty == true, "\(noRollouts.stdout)")

        let wrongToken = try drift(cluster: "    certificate-authority-data: \(caData)", user: "    token: not-the-token")
        #expect(wrongToken.status == 2 && wrongToken.stderr.contains("answered 401") && wrongToken.stderr.contains("were not accepted"), "\(wrongToken.stderr)")

        // The server's certificate is checked: against the system's roots, or another CA, it fails.
        let untrusted = try drift(cluster: "", user: "    token: the-token")
        #expect(untrusted.status == 3 && untrusted.stderr.contains("TLS"), "\(untrusted.stderr)")
        let otherCA = try drift(cluster: "    certificate-authority: other-ca.crt", user: "    token: the-token")
        #expect(otherCA.status == 3 && otherCA.stderr.contains("TLS"), "\(otherCA.stderr)")
        // insecure-skip-tls-verify is honoured, as kubectl does.
        let insecure = try drift(cluster: "    insecure-skip-tls-verify: true", user: "    token: the-token")
        #expect(insecure.status == 1, "\(insecure.stderr)")

        let plugin = try drift(cluster: "    certificate-authority-data: \(caData)", user: "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws")
        #expect(plugin.status == 2 && plugin.stderr.contains(".kubeconfig:12:5: user 'test-user': exec: credential plugins are not run"), "\(plugin.stderr)")
        let unknownContext = try drift(cluster: "    certificate-authority-data: \(caData)", user: "    token: the-token", ["--context", "tes"])
        #expect(unknownContext.status == 2 && unknownContext.stderr.contains("no contexts entry named 'tes'") && unknownContext.stderr.contains("did you mean 'test'?"), "\(unknownContext.stderr)")
        let missingKey = try drift(cluster: "    certificate-authority-data: \(caData)", user: "    client-certificate: client.crt")
        #expect(missingKey.status == 2 && missingKey.stderr.contains("needs both a client certificate and its key"), "\(missingKey.stderr)")
        let badYAML = scratch.appendingPathComponent("bad.kubeconfig")
        try "apiVersion: v1\nclusters: [\n".write(to: badYAML, atomically: true, encoding: .utf8)
        let broken = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", badYAML.path])
        #expect(broken.status == 2 && broken.stderr.contains("bad.kubeconfig:"), "\(broken.stderr)")
        let both = try PurserCLI.run(["drift", "examples/fleet", "--kubeconfig", badYAML.path, "--live", scratch.path])
        #expect(both.status == 2 && both.stderr.contains("exactly one of --live"), "\(both.stderr)")
    }
}
