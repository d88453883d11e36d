import Foundation
import PurserModel

/// The parts of a kubeconfig file (`kind: Config`, clientcmd v1) that reach one API server: the
/// chosen context's cluster (server, CA, TLS verification) and user (bearer token, client
/// certificate, or basic auth). Relative file paths are relative to the kubeconfig's folder, as
/// kubectl reads them. Credential plugins (`exec`, `auth-provider`), impersonation and proxies
/// are refused by name rather than half-honoured.
public struct Kubeconfig: Sendable {
    /// One API server and the credentials to present to it.
    public struct Connection: Sendable {
        public var context: String
        /// e.g. `https://127.0.0.1:6443`; no trailing slash.
        public var server: URL
        /// PEM certificates to trust instead of the system's; nil: the system's.
        public var certificateAuthorityPEM: Data?
        public var insecureSkipTLSVerify = false
        public var bearerToken: String?
        public var clientCertificatePEM: Data?
        public var clientKeyPEM: Data?
        public var basicAuth: (user: String, password: String)?
    }

    /// A kubeconfig that cannot be used; invalid input, located when a field is at fault.
    public struct Invalid: ClassifiedFailure {
        public var description: String
        public var failureKind: FailureKind { .invalidInput }
    }

    /// Files a kubeconfig points at (CA, certificates, keys, token) may be at most this large.
    static let maxReferencedFileBytes = 1 << 20

    /// Reads `file` and resolves `context` (nil: `current-context`).
    public static func connection(file: URL, context requested: String?) throws -> Connection {
        let size = (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        guard size <= YAMLLimits.standard.maxFileBytes else { throw Invalid(description: "\(file.path): the kubeconfig is \(size) bytes; at most \(YAMLLimits.standard.maxFileBytes)") }
        let data: Data
        do { data = try Data(contentsOf: file) } catch { throw Invalid(description: "cannot read the kubeconfig \(file.path): \(error.localizedDescription)") }
        let source: SourceFile
        switch SourceFile.decoding(data, path: file.path) {
        case .failure(let diagnostic): throw Invalid(description: diagnostic.description)
        case .success(let decoded): source = decoded
        }
        let parsed = YAMLParser.documents(of: source)
        if let first = parsed.diagnostics.first { throw Invalid(description: first.description) }
        guard parsed.documents.count == 1, let root = parsed.documents.first, case .mapping = root else {
            throw Invalid(description: "\(file.path): a kubeconfig is one mapping (kind: Config)")
        }
        return try Reader(root: root, folder: file.deletingLastPathComponent()).connection(context: requested)
    }

    private struct Reader {
        var root: YAMLNode
        var folder: URL

        func fail(_ node: YAMLNode, _ message: String) -> Invalid { Invalid(description: "\(node.location): \(message)") }

        func child(_ node: YAMLNode, _ key: String) -> YAMLNode? {
            guard case .mapping(let pairs, _) = node else { return nil }
            return pairs.first { $0.key.text == key }?.value
        }

        /// The key itself, for errors about a field's presence.
        func key(_ node: YAMLNode, _ key: String) -> YAMLNode? {
            guard case .mapping(let pairs, _) = node else { return nil }
            return pairs.first { $0.key.text == key }.map { .scalar($0.key) }
        }

        func string(_ node: YAMLNode, _ key: String) throws -> String? {
            guard let value = child(node, key) else { return nil }
            guard case .scalar(let scalar) = value else { throw fail(value, "\(key) must be a string, found \(value.kindDescription)") }
            return scalar.isNull ? nil : scalar.text
        }

        /// The `settings` of the entry named `name` in a list like `clusters: [{name, cluster: {...}}]`.
        func entry(_ list: String, _ field: String, named name: String, from node: YAMLNode) throws -> YAMLNode {
            guard let entries = child(root, list), case .sequence(let items, _) = entries else {
                throw fail(node, "the kubeconfig has no \(list) list, so '\(name)' cannot be found")
            }
            var names: [String] = []
            for item in items {
                let itemName = try string(item, "name")
                if itemName == name {
                    guard let settings = child(item, field), case .mapping = settings else { throw fail(item, "\(list) entry '\(name)' has no \(field) mapping") }
                    return settings
                }
                if let itemName { names.append(itemName) }
            }
            let hint = DidYouMean.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw fail(node, "no \(list) entry named '\(Lexical.excerpt(name))' (known: \(names.isEmpty ? "none" : names.joined(separator: ", ")))\(hint)")
        }

        /// `<field>-data` (base64) or `<field>` (a path), read within bounds.
        func bytes(_ node: YAMLNode, _ field: String) throws -> Data? {
            if let encoded = try string(node, "\(field)-data") {
                guard let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters), !data.isEmpty else {
                    throw fail(child(node, "\(field)-data")!, "\(field)-data is not base64")
                }
                return data
            }
            guard let path = try string(node, field) else { return nil }
            return try file(path, at: child(node, field)!)
        }

        func file(_ path: String, at node: YAMLNode) throws -> Data {
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            guard size <= Kubeconfig.maxReferencedFileBytes else { throw fail(node, "\(url.path) is \(size) bytes; at most \(Kubeconfig.maxReferencedFileBytes)") }
            do { return try Data(contentsOf: url) } catch { throw fail(node, "cannot read \(url.path): \(error.localizedDescription)") }
        }

        func connection(context requested: String?) throws -> Connection {
            if let kind = try string(root, "kind"), kind != "Config" { throw fail(child(root, "kind")!, "kind must be Config, found '\(Lexical.excerpt(kind))'") }
            let name: String
            if let requested { name = requested } else {
                guard let current = try string(root, "current-context"), !current.isEmpty else {
                    throw fail(root, "the kubeconfig sets no current-context; name one with --context")
                }
                name = current
            }
            let contextNode = child(root, "current-context") ?? root
            let context = try entry("contexts", "context", named: name, from: requested == nil ? contextNode : root)
            guard let clusterName = try string(context, "cluster") else { throw fail(context, "context '\(name)' names no cluster") }
            let cluster = try entry("clusters", "cluster", named: clusterName, from: child(context, "cluster")!)

            guard let server = try string(cluster, "server"), let url = URL(string: server.hasSuffix("/") ? String(server.dropLast()) : server),
                  let scheme = url.scheme, ["https", "http"].contains(scheme), url.host != nil else {
                throw fail(child(cluster, "server") ?? cluster, "cluster '\(clusterName)' needs a server URL (https://host:port)")
            }
            for refused in ["proxy-url", "tls-server-name"] where child(cluster, refused) != nil {
                throw fail(key(cluster, refused)!, "\(refused) is not supported; reach the API server directly, or export the objects with `kubectl get -o yaml` and use --live")
            }
            var connection = Connection(context: name, server: url)
            connection.certificateAuthorityPEM = try bytes(cluster, "certificate-authority")
            if let skip = child(cluster, "insecure-skip-tls-verify") {
                guard case .scalar(let scalar) = skip, let flag = scalar.bool else { throw fail(skip, "insecure-skip-tls-verify must be true or false") }
                connection.insecureSkipTLSVerify = flag
            }

            guard let userName = try string(context, "user") else { return connection }
            let user = try entry("users", "user", named: userName, from: child(context, "user")!)
            for (field, why) in [("exec", "credential plugins are not run"), ("auth-provider", "auth-provider plugins are not run"),
                                 ("as", "impersonation is not supported"), ("as-groups", "impersonation is not supported"), ("as-uid", "impersonation is not supported")]
            where child(user, field) != nil {
                throw fail(key(user, field)!, "user '\(userName)': \(field): \(why); give the user a token or client certificate, or export the objects with `kubectl get -o yaml` and use --live")
            }
            if let token = try string(user, "token") {
                connection.bearerToken = token
            } else if let path = try string(user, "tokenFile") {
                let text = String(decoding: try file(path, at: child(user, "tokenFile")!), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { throw fail(child(user, "tokenFile")!, "the token file \(path) is empty") }
                connection.bearerToken = text
            }
            connection.clientCertificatePEM = try bytes(user, "client-certificate")
            connection.clientKeyPEM = try bytes(user, "client-key")
            if (connection.clientCertificatePEM == nil) != (connection.clientKeyPEM == nil) {
                throw fail(user, "user '\(userName)' needs both a client certificate and its key")
            }
            if let username = try string(user, "username") {
                connection.basicAuth = (username, try string(user, "password") ?? "")
            }
            return connection
        }
    }
}
