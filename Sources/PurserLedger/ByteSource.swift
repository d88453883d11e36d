import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file as a stream of fixed-size blocks, transparently decompressing gzip.
///
/// Gzip files (detected by their magic bytes, whatever their name) are decompressed by a
/// `gzip -dc` child process whose output is streamed through a pipe: Foundation on Linux has no
/// zlib binding, and an external decompressor runs on the second core while we parse. A
/// corrupt or truncated gzip stream makes `gzip` exit non-zero, which is reported as an IO error.
final class ByteSource {
    /// Bytes per block; also the unit of the content digest, so it must never change.
    static let blockSize = 1 << 22

    let path: String
    /// The file as the caller named it, for messages.
    let name: String
    /// Size of the file on disk (compressed size for gzip), for progress.
    let fileSize: Int64
    /// Whether the file is gzip-compressed.
    let isGzip: Bool
    private var fd: Int32
    private var process: Process?
    private var pipe: Pipe?
    /// For gzip: the most decompressed bytes this file may produce (see `IngestLimits`).
    private let decompressedBudget: Int64
    private let limits: IngestLimits
    private var produced: Int64 = 0
    /// The bytes of an in-memory source (`init(bytes:name:)`), and how far they have been read.
    private var memory: [UInt8]?
    private var memoryOffset = 0

    /// Opens `url`; a plain file is read from `offset` (which must be a multiple of `blockSize`).
    ///
    /// Only regular files are read: a FIFO or a device such as `/dev/zero` never ends, so the
    /// path is checked with `stat` before it is opened (opening a FIFO would block).
    init(url: URL, offset: Int64 = 0, limits: IngestLimits = IngestLimits()) throws {
        path = url.path
        name = url.relativePath
        self.limits = limits
        var info = stat()
        guard stat(path, &info) == 0 else { throw Self.pathError(name, errno) }
        try Self.requireRegular(info, name)
        // O_NONBLOCK: should the path become a FIFO after the check, opening it does not hang.
        let opened = open(path, O_RDONLY | O_NONBLOCK)
        guard opened >= 0 else { throw Self.pathError(name, errno) }
        guard fstat(opened, &info) == 0 else {
            close(opened)
            throw LedgerError(.io, file: name, message: "cannot inspect the opened file: \(String(cString: strerror(errno)))")
        }
        do { try Self.requireRegular(info, name) } catch { close(opened); throw error }
        _ = fcntl(opened, F_SETFL, fcntl(opened, F_GETFL) & ~O_NONBLOCK)
        fileSize = Int64(info.st_size)
        decompressedBudget = limits.decompressedBudget(compressedBytes: fileSize)
        var magic: [UInt8] = [0, 0]
        let n = pread(opened, &magic, 2, 0)
        isGzip = n == 2 && magic[0] == 0x1F && magic[1] == 0x8B
        if isGzip {
            close(opened)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc", "--", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch {
                throw LedgerError(.io, file: name, message: "cannot run gzip to decompress: \(error)")
            }
            self.process = process
            self.pipe = pipe
            fd = pipe.fileHandleForReading.fileDescriptor
        } else {
            fd = opened
            if offset > 0 { lseek(fd, off_t(offset), SEEK_SET) }
            #if canImport(Glibc)
            _ = posix_fadvise(fd, off_t(offset), 0, POSIX_FADV_SEQUENTIAL)
            #endif
        }
    }

    /// A source over bytes already in memory (a plain CSV; gzip is read from files only).
    init(bytes: [UInt8], name: String, limits: IngestLimits = IngestLimits()) {
        path = name
        self.name = name
        self.limits = limits
        fileSize = Int64(bytes.count)
        decompressedBudget = limits.decompressedBudget(compressedBytes: fileSize)
        isGzip = false
        fd = -1
        memory = bytes
    }

    /// The most bytes the next `readBlock` can return: the reader sizes its buffer by it, so a
    /// small in-memory source does not cost a block-sized allocation.
    var nextReadLimit: Int {
        guard let memory else { return Self.blockSize }
        return min(Self.blockSize, memory.count - memoryOffset)
    }

    /// A path the user gave that cannot be read is invalid input, not an IO failure.
    private static func pathError(_ name: String, _ code: Int32) -> LedgerError {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOENT, ENOTDIR:
            return LedgerError(.fileNotFound, file: name, message: "no such file: \(reason)")
        case EACCES, EPERM, ELOOP, ENAMETOOLONG:
            return LedgerError(.unreadableFile, file: name, message: "cannot open the file for reading: \(reason)")
        default:
            return LedgerError(.io, file: name, message: "cannot open file: \(reason)")
        }
    }

    private static func requireRegular(_ info: stat, _ name: String) throws {
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = "a directory"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw LedgerError(.notRegularFile, file: name, message: "is \(kind), expected a CSV file (only regular files are read)")
    }

    /// Fills `buffer` with up to `blockSize` bytes; fewer only at the end of the stream.
    /// Throws `limit-exceeded` once a gzip stream decompresses beyond its budget.
    func readBlock(into buffer: UnsafeMutableRawPointer) throws -> Int {
        if let memory {
            let n = min(Self.blockSize, memory.count - memoryOffset)
            if n > 0 { memory.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + memoryOffset, byteCount: n) } }
            memoryOffset += n
            return n
        }
        var filled = 0
        while filled < Self.blockSize {
            let n = read(fd, buffer + filled, Self.blockSize - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw LedgerError(.io, file: name, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            filled += n
        }
        if isGzip {
            produced += Int64(filled)
            if produced > decompressedBudget { throw decompressionLimitError() }
        }
        return filled
    }

    private func decompressionLimitError() -> LedgerError {
        let byCap = decompressedBudget == limits.maxDecompressedBytes
        let rule = byCap ? "IngestLimits.maxDecompressedBytes = \(limits.maxDecompressedBytes)"
            : "\(limits.decompressedAllowanceBytes) bytes + \(limits.maxDecompressionRatio) × the \(fileSize) compressed bytes (IngestLimits.decompressedAllowanceBytes, maxDecompressionRatio)"
        return LedgerError(.limitExceeded, file: name,
                           message: "gzip stream decompresses to more than \(decompressedBudget) bytes (\(rule)): a decompression bomb or not a cost export; stopped after \(produced) bytes")
    }

    /// Closes the file; for gzip, waits for the decompressor and reports a failure.
    func finish() throws {
        if let process {
            // The pipe's FileHandle owns the descriptor: never close `fd` ourselves.
            fd = -1
            try? pipe?.fileHandleForReading.close()
            pipe = nil
            process.waitUntilExit()
            self.process = nil
            if process.terminationStatus != 0 {
                throw LedgerError(.io, file: name, message: "gzip could not decompress the file (corrupt or truncated?)")
            }
        } else if fd >= 0 {
            close(fd)
            fd = -1
        }
    }

    deinit {
        if let process {
            try? pipe?.fileHandleForReading.close()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        } else if pipe != nil {
            try? pipe?.fileHandleForReading.close()
        } else if fd >= 0 {
            close(fd)
        }
    }
}
