#if canImport(Glibc)
import Glibc
private func openStreamSocket() -> Int32 { Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0) }
private func closeSocket(_ socket: Int32) { _ = Glibc.close(socket) }
private func connectSocket(_ socket: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Glibc.connect(socket, address, length) }
#elseif canImport(Darwin)
import Darwin
private func openStreamSocket() -> Int32 { Darwin.socket(AF_INET, SOCK_STREAM, 0) }
private func closeSocket(_ socket: Int32) { _ = Darwin.close(socket) }
private func connectSocket(_ socket: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 { Darwin.connect(socket, address, length) }
#endif

/// One keep-alive HTTP/1.1 connection over a blocking socket: write a request, read its response.
///
/// The generator's own cost is part of every latency it records; a blocking read wakes the thread
/// that timed the request, with no event-loop or task hop between the answer and the clock
/// (bench/server/README.md compares it with the AsyncHTTPClient generator it replaced).
final class BlockingHTTPConnection {
    struct Failure: Error, CustomStringConvertible { var description: String }

    let host: String
    let port: UInt16
    private var socket: Int32 = -1
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// Bytes of `buffer` read but not yet consumed (the start of the next response, if any).
    private var pending = 0..<0

    init(host: String, port: UInt16) {
        (self.host, self.port) = (host, port)
    }

    deinit { close() }

    func close() {
        if socket >= 0 { closeSocket(socket) }
        socket = -1
        pending = 0..<0
    }

    /// Sends `request` (a complete HTTP/1.1 request) and returns the response's status code once
    /// its whole body has arrived. Reconnects first when the server closed the connection.
    func exchange(_ request: [UInt8]) throws -> Int {
        if socket < 0 { try connect() }
        let written = request.withUnsafeBytes { bytes in
            var sent = 0
            while sent < bytes.count {
                let n = write(socket, bytes.baseAddress! + sent, bytes.count - sent)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return errno }
                sent += n
            }
            return 0
        }
        // A server may answer and close before it has read the whole request (413 to an
        // oversized body): its answer, if it sent one, is still in the socket.
        if written != 0 && written != EPIPE && written != ECONNRESET {
            errno = written
            throw failure("write")
        }
        return try readResponse()
    }

    private func connect() throws {
        socket = openStreamSocket()
        guard socket >= 0 else { throw failure("socket") }
        var one: Int32 = 1
        _ = setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        // A server that stops answering fails the request after 30 s instead of holding the thread.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        _ = setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else {
            close()
            throw Failure(description: "\(host) is not an IPv4 address")
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connectSocket(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw failure("connect to \(host):\(port)") }
    }

    /// Reads more bytes after `pending`; false at end of stream.
    private func fill() throws -> Bool {
        if pending.lowerBound > 0 {
            // Keep the unconsumed bytes at the front so one buffer holds a whole head.
            let count = pending.count
            buffer.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: $0.baseAddress! + pending.lowerBound, byteCount: count) }
            pending = 0..<count
        }
        guard pending.upperBound < buffer.count else { throw Failure(description: "response head larger than \(buffer.count) bytes") }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress! + pending.upperBound, $0.count - pending.upperBound) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                close()
                throw Failure(description: "no answer within 30 s")
            }
            if n < 0 { throw failure("read") }
            pending = pending.lowerBound..<(pending.upperBound + n)
            return n > 0
        }
    }

    private func readResponse() throws -> Int {
        // The head: up to the blank line.
        var headEnd: Int?
        while true {
            headEnd = Self.find([13, 10, 13, 10], in: buffer[pending])
            if headEnd != nil { break }
            guard try fill() else {
                close()
                throw Failure(description: "the server closed the connection before answering")
            }
        }
        let head = String(decoding: buffer[pending.lowerBound..<headEnd!], as: UTF8.self)
        pending = (headEnd! + 4)..<pending.upperBound
        let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            close()
            throw Failure(description: "not an HTTP/1.x status line: \(lines.first ?? "")")
        }
        var contentLength: Int?, chunked = false, closeAfter = false
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmed.lowercased()
            switch name {
            case "content-length": contentLength = Int(value)
            case "transfer-encoding": chunked = value.contains("chunked")
            case "connection": closeAfter = value.contains("close")
            default: break
            }
        }
        if chunked {
            while true {
                let size = try readLine()
                guard let length = Int(size.split(separator: ";").first?.trimmed ?? "", radix: 16), length >= 0 else {
                    close()
                    throw Failure(description: "bad chunk size '\(size)'")
                }
                if length == 0 {
                    while try !readLine().isEmpty {}  // trailers
                    break
                }
                try skip(length)
                _ = try readLine()
            }
        } else if let contentLength {
            try skip(contentLength)
        } else {
            // No length: the body runs to the end of the stream.
            while try fill() { pending = pending.upperBound..<pending.upperBound }
            closeAfter = true
        }
        if closeAfter { close() }
        return status
    }

    private func skip(_ count: Int) throws {
        var remaining = count
        while true {
            let take = min(remaining, pending.count)
            pending = (pending.lowerBound + take)..<pending.upperBound
            remaining -= take
            if remaining == 0 { return }
            pending = 0..<0
            guard try fill() else {
                close()
                throw Failure(description: "the server closed the connection in the middle of a body")
            }
        }
    }

    private func readLine() throws -> String {
        while true {
            if let end = Self.find([13, 10], in: buffer[pending]) {
                let line = String(decoding: buffer[pending.lowerBound..<end], as: UTF8.self)
                pending = (end + 2)..<pending.upperBound
                return line
            }
            guard try fill() else {
                close()
                throw Failure(description: "the server closed the connection in the middle of a chunked body")
            }
        }
    }

    /// The index in `bytes`' base of the first occurrence of `pattern`.
    private static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - pattern.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private func failure(_ what: String) -> Failure {
        let reason = String(cString: strerror(errno))
        close()
        return Failure(description: "\(what): \(reason)")
    }
}

private extension StringProtocol {
    var trimmed: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
