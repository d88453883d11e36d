import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import PurserServer

@Suite("TLS")
struct TLSTests {
    /// A self-signed certificate for 127.0.0.1 made by the openssl CLI.
    static func makeCertificate(in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("tls.crt").path, key = folder.appendingPathComponent("tls.key").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                             "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ServerError("openssl failed") }
        return (cert, key)
    }

    @Test("the admission webhook answers over HTTPS with cert and key files")
    func webhookOverTLS() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purser-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (cert, key) = try Self.makeCertificate(in: folder)
        try await TestFleet.withApp(.ahc(.https), configure: {
            $0.tlsCertificatePath = cert
            $0.tlsKeyPath = key
        }) { client, plane, _ in
            let response = try await client.execute(uri: "/admission/validate", method: .post,
                                                    body: ByteBuffer(string: try admissionReview(plane, component: "ai-prod/video-moderation", uid: "tls-1")))
            #expect(response.status == .ok)
            let answer = try response.json()["response"] as? [String: Any] ?? [:]
            #expect(answer["uid"] as? String == "tls-1")
            #expect(answer["allowed"] as? Bool == false)
        }
    }

    @Test("unreadable TLS files are a clear startup error")
    func badFiles() async throws {
        #expect(throws: ServerError.self) { try TLSFiles.configuration(certificate: "/nonexistent/tls.crt", key: "/nonexistent/tls.key") }
    }
}
