#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stops evaluation with an error before it overflows the current thread's stack: evaluation
/// recurses once per expression, ref step and list element, and policies can be arbitrarily long.
struct StackGuard {
    /// Lowest stack address evaluation may reach (a margin above the real end of the stack).
    let limit: UInt

    static let margin: UInt = 256 * 1024
    /// Used when the stack bounds cannot be read: stay within this much below the entry frame.
    static let fallbackBudget: UInt = 384 * 1024

    #if canImport(Glibc)
    private typealias GetAttr = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
    /// glibc's `pthread_getattr_np`, looked up at run time (it is not exported to Swift).
    private static let getattr: GetAttr? = {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np") else { return nil }
        return unsafeBitCast(sym, to: GetAttr.self)
    }()
    #endif

    /// Per-thread cache of the limit: reading the bounds can be slow (glibc parses /proc for the
    /// main thread), so it is done once per thread.
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { free($0) }
        return k
    }()

    init() {
        if let cached = pthread_getspecific(StackGuard.key) {
            limit = cached.load(as: UInt.self)
            return
        }
        limit = StackGuard.computeLimit()
        if let box = malloc(MemoryLayout<UInt>.size) {
            box.storeBytes(of: limit, as: UInt.self)
            pthread_setspecific(StackGuard.key, box)
        }
    }

    private static func computeLimit() -> UInt {
        var low: UInt = 0
        var size: UInt = 0
        #if canImport(Glibc)
        if let getattr = StackGuard.getattr {
            var attr = pthread_attr_t()
            if getattr(pthread_self(), &attr) == 0 {
                var addr: UnsafeMutableRawPointer?
                var bytes = 0
                if pthread_attr_getstack(&attr, &addr, &bytes) == 0, let addr {
                    low = UInt(bitPattern: addr)
                    size = UInt(bytes)
                }
                pthread_attr_destroy(&attr)
            }
        }
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        size = UInt(pthread_get_stacksize_np(pthread_self()))
        low = top - size
        #endif
        if low != 0 {
            // Keep a margin for built-ins and the caller: a quarter of small stacks, 256 KB of large ones.
            return low + min(StackGuard.margin, size / 4)
        }
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > StackGuard.fallbackBudget ? here - StackGuard.fallbackBudget : 0
    }

    /// True when the caller's frame is within the margin of the end of the stack.
    @inline(__always)
    func exhausted() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < limit
    }

    /// Stack left to the caller before the margin: what a recursive reader may still use.
    func remainingBytes() -> UInt {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > limit ? here - limit : 0
    }
}
