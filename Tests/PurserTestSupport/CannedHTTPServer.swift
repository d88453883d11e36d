import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loopback sockets for the failure tests.
public enum LocalSocket {
    public struct Failure: Error { public var call: String }

    /// A bound, listening socket on 127.0.0.1 at a free port; nothing accepts on it.
    public static func listening() throws -> (descriptor: Int32, port: Int) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { close(fd); throw Failure(call: "bind") }
        return (fd, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A port nothing listens on: bound, then closed.
    public static func closedPort() throws -> Int {
        let (fd, port) = try listening()
        close(fd)
        return port
    }
}

/// Answers every connection with the same bytes, recording each request's head.
public final class CannedHTTPServer: Sendable {
    public let port: Int
    private let descriptor: Int32
    private let received = Mutex<[String]>([])

    public var requests: [String] { received.withLock { $0 } }

    public init(response: String) throws {
        (descriptor, port) = try LocalSocket.listening()
        let fd = descriptor, bytes = Array(response.utf8)
        Thread.detachNewThread { [received = Recorder(server: self)] in
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }
                var buffer = [UInt8](repeating: 0, count: 65536)
                let count = recv(client, &buffer, buffer.count, 0)
                if count > 0 { received.record(String(decoding: buffer[..<count], as: UTF8.self)) }
                #if canImport(Glibc)
                _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                #else
                _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
                #endif
                shutdown(client, Int32(SHUT_WR))
                close(client)
            }
        }
    }

    /// Reaches the server weakly, so the thread does not keep it (and its socket) alive.
    private final class Recorder: @unchecked Sendable {
        weak var server: CannedHTTPServer?
        init(server: CannedHTTPServer) { self.server = server }
        func record(_ request: String) { server?.received.withLock { $0.append(request) } }
    }

    deinit {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
    }
}
