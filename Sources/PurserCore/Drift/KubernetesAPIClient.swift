import AsyncHTTPClient
import Foundation
import NIOCore
import NIOSSL

/// GET requests to one Kubernetes API server, with the TLS and credentials of a kubeconfig
/// context. Every response is bounded in size and time. AsyncHTTPClient rather than URLSession:
/// on Linux URLSession can neither present a client certificate nor trust a CA of our choosing.
public final class KubernetesAPIClient: Sendable {
    /// Why a request got no usable answer. 401 and 403 are the kubeconfig's fault (invalid input);
    /// anything else is IO.
    public struct Failure: ClassifiedFailure {
        public var description: String
        public var status: Int?
        public var failureKind: FailureKind { status == 401 || status == 403 ? .invalidInput : .internalFailure }
    }

    public static let maxResponseBytes = 16 << 20
    static let requestTimeout = TimeAmount.seconds(30)

    let connection: Kubeconfig.Connection
    let client: HTTPClient
    let authorization: String?

    public init(_ connection: Kubeconfig.Connection) throws {
        self.connection = connection
        var tls = TLSConfiguration.makeClientConfiguration()
        do {
            if let ca = connection.certificateAuthorityPEM {
                let certificates = try NIOSSLCertificate.fromPEMBytes(Array(ca))
                guard !certificates.isEmpty else { throw Kubeconfig.Invalid(description: "context '\(connection.context)': the certificate authority holds no PEM certificate") }
                tls.trustRoots = .certificates(certificates)
            }
            if let certificate = connection.clientCertificatePEM, let key = connection.clientKeyPEM {
                tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(Array(certificate)).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: Array(key), format: .pem))
            }
        } catch let error as Kubeconfig.Invalid {
            throw error
        } catch {
            throw Kubeconfig.Invalid(description: "context '\(connection.context)': a certificate or key is not valid PEM (\(error))")
        }
        if connection.insecureSkipTLSVerify { tls.certificateVerification = .none }
        if let token = connection.bearerToken {
            guard token.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
                throw Kubeconfig.Invalid(description: "context '\(connection.context)': the bearer token holds characters a header cannot carry")
            }
            authorization = "Bearer \(token)"
        } else if let basic = connection.basicAuth {
            authorization = "Basic \(Data("\(basic.user):\(basic.password)".utf8).base64EncodedString())"
        } else {
            authorization = nil
        }
        var configuration = HTTPClient.Configuration(tlsConfiguration: tls, redirectConfiguration: .disallow,
                                                     timeout: .init(connect: .seconds(5), read: .seconds(30)))
        configuration.decompression = .enabled(limit: .size(Self.maxResponseBytes))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The JSON body of `GET <server><path>`; nil for 404 (the resource or API group is not served).
    public func get(_ path: String, query: [(String, String)] = []) async throws -> Data? {
        var components = URLComponents(url: connection.server, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = components.percentEncodedPath + path
        if !query.isEmpty { components.queryItems = query.map { URLQueryItem(name: $0.0, value: $0.1) } }
        guard let url = components.url else { throw Failure(description: "cannot form a URL from \(connection.server) and \(path)") }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "purser-drift")
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            response = try await client.execute(request, timeout: Self.requestTimeout)
            body = try await response.body.collect(upTo: Self.maxResponseBytes)
        } catch let error as NIOTooManyBytesError {
            throw Failure(description: "GET \(url.absoluteString): the answer exceeds \(Self.maxResponseBytes >> 20) MiB (\(error))")
        } catch {
            throw Failure(description: "GET \(url.absoluteString) failed: \(Self.explain(error))")
        }
        let status = Int(response.status.code)
        switch status {
        case 200: return Data(buffer: body)
        case 404: return nil
        default:
            let message = Self.statusMessage(Data(buffer: body)).map { ": \($0)" } ?? ""
            var text = "GET \(url.absoluteString): the API server answered \(status) \(response.status.reasonPhrase)\(message)"
            if status == 401 { text += " (the credentials of context '\(connection.context)' were not accepted)" }
            if status == 403 { text += " (context '\(connection.context)' may not read this; it needs get and list)" }
            throw Failure(description: text, status: status)
        }
    }

    public func shutdown() async { try? await client.shutdown() }

    /// The `message` of a Kubernetes `Status` body, bounded.
    static func statusMessage(_ body: Data) -> String? {
        guard let object = try? JSONSerialization.jsonObject(with: body.prefix(64 << 10)) as? [String: Any], let message = object["message"] as? String else { return nil }
        return String(message.prefix(300))
    }

    static func explain(_ error: Error) -> String {
        if let tls = error as? NIOSSLError { return "TLS: \(tls)" }
        if let tls = error as? BoringSSLError { return "TLS: \(tls)" }
        return String(describing: error)
    }
}
