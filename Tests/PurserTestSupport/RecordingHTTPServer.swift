import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback HTTP server that reads each whole request (head and `Content-Length` body), records
/// it, and answers with the next status of `statuses` (the last one repeating) and the JSON
/// `body`. One connection at a time; the connection is closed after each answer.
public final class RecordingHTTPServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: Data
    }

    public let port: Int
    private let descriptor: Int32
    private let state: Mutex<(requests: [Request], statuses: [Int])>

    public var url: String { "http://127.0.0.1:\(port)" }
    public var requests: [Request] { state.withLock { $0.requests } }

    public init(statuses: [Int] = [200], body: String = "{}") throws {
        (descriptor, port) = try LocalSocket.listening()
        state = Mutex(([], statuses.isEmpty ? [200] : statuses))
        let fd = descriptor
        Thread.detachNewThread { [recorder = Recorder(server: self)] in
            while true {
                let client = accept(fd, nil, nil)
                guard client >= 0 else { return }
                guard let request = Self.read(client), let status = recorder.record(request) else { close(client); continue }
                let answer = "HTTP/1.1 \(status) X\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)"
                let bytes = Array(answer.utf8)
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

    private static func read(_ client: Int32) -> Request? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        var expected = 0
        while true {
            if let end = headEnd, data.count >= end + expected { break }
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            data.append(contentsOf: buffer[..<count])
            if headEnd == nil, let range = find(separator, in: data) {
                headEnd = range
                let head = String(decoding: data[..<range], as: UTF8.self)
                for line in head.split(separator: "\r\n").dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    if parts.count == 2, parts[0].lowercased() == "content-length" { expected = Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0 }
                }
                if head.lowercased().contains("expect: 100-continue") {
                    let go = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
                    _ = go.withUnsafeBytes { send(client, $0.baseAddress, $0.count, 0) }
                }
            }
        }
        guard let end = headEnd else { return nil }
        let lines = String(decoding: data[..<end], as: UTF8.self).split(separator: "\r\n").map(String.init)
        let first = lines.first?.split(separator: " ").map(String.init) ?? []
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Request(method: first.first ?? "", path: first.count > 1 ? first[1] : "", headers: headers,
                       body: Data(data[(end + 4)..<min(data.count, end + 4 + expected)]))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    private final class Recorder: @unchecked Sendable {
        weak var server: RecordingHTTPServer?
        init(server: RecordingHTTPServer) { self.server = server }
        func record(_ request: Request) -> Int? {
            server?.state.withLock { state in
                state.requests.append(request)
                return state.statuses.count > 1 ? state.statuses.removeFirst() : state.statuses[0]
            }
        }
    }

    deinit {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
    }
}
