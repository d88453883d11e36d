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
    /// Size of the file on disk (compressed size for gzip), for progress.
    let fileSize: Int64
    /// Whether the file is gzip-compressed.
    let isGzip: Bool
    private var fd: Int32
    private var process: Process?
    private var pipe: Pipe?

    /// Opens `url`; a plain file is read from `offset` (which must be a multiple of `blockSize`).
    init(url: URL, offset: Int64 = 0) throws {
        path = url.path
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else {
            throw LedgerError(.io, file: path, message: "cannot open file: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        fstat(opened, &info)
        guard (info.st_mode & S_IFMT) != S_IFDIR else {
            close(opened)
            throw LedgerError(.io, file: path, message: "is a directory, expected a CSV file")
        }
        fileSize = Int64(info.st_size)
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
                throw LedgerError(.io, file: path, message: "cannot run gzip to decompress: \(error)")
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

    /// Fills `buffer` with up to `blockSize` bytes; fewer only at the end of the stream.
    func readBlock(into buffer: UnsafeMutableRawPointer) throws -> Int {
        var filled = 0
        while filled < Self.blockSize {
            let n = read(fd, buffer + filled, Self.blockSize - filled)
            if n < 0 {
                if errno == EINTR { continue }
                throw LedgerError(.io, file: path, message: "read failed: \(String(cString: strerror(errno)))")
            }
            if n == 0 { break }
            filled += n
        }
        return filled
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
                throw LedgerError(.io, file: path, message: "gzip could not decompress the file (corrupt or truncated?)")
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
