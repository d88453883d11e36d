#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads one regular file of at most a given size, without following a link and without blocking.
enum BoundedFileReader {
    enum Outcome {
        case contents(Data)
        case refused(RefusedFile.Reason)
    }

    /// `expected` is the file's `lstat` status, taken before opening: the file opened must still be
    /// that regular file, so a file swapped for a link or a FIFO in between is refused too.
    static func read(_ path: String, expected: FileStatus, limit: Int) throws(FileStatus.Errno) -> Outcome {
        // O_NOFOLLOW refuses a link; O_NONBLOCK keeps a FIFO from blocking the open.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ELOOP { return .refused(.symbolicLink) }
            throw FileStatus.Errno(errno)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileStatus.Errno(errno) }
        let opened = FileStatus(info)
        guard opened.kind == .regular, opened.device == expected.device, opened.inode == expected.inode else {
            if case .special(let kind) = opened.kind { return .refused(.notARegularFile(kind)) }
            return .refused(.notARegularFile("it changed while being read"))
        }
        if opened.size > limit { return .refused(.tooLarge(opened.size)) }
        // Read until the end rather than trusting the size, and stop past the limit, so a file that
        // grows meanwhile is still bounded. Straight into the buffer the Data keeps: no zeroed
        // chunk to copy from (64 KiB cleared per file was most of reading a fleet).
        var capacity = max(opened.size + 1, 4096)
        guard var storage = malloc(capacity) else { throw FileStatus.Errno(ENOMEM) }
        var length = 0
        while true {
            if length == capacity {
                capacity = min(capacity * 2, limit + 1)
                guard let grown = realloc(storage, capacity) else { free(storage); throw FileStatus.Errno(ENOMEM) }
                storage = grown
            }
            let count = posixRead(descriptor, storage + length, capacity - length)
            if count < 0 {
                if errno == EINTR { continue }
                let failure = errno
                free(storage)
                throw FileStatus.Errno(failure)
            }
            if count == 0 { break }
            length += count
            if length > limit {
                free(storage)
                return .refused(.tooLarge(length))
            }
        }
        return .contents(Data(bytesNoCopy: storage, count: length, deallocator: .free))
    }
}

/// `read(2)`, named apart from the enum's own `read`.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(descriptor, buffer, count)
    #else
    return Glibc.read(descriptor, buffer, count)
    #endif
}
