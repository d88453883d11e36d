import Foundation

/// Runs work on a thread with a large stack and waits for it. Parsing and compiling recurse a few
/// frames per group nesting level and Go allows 1000 levels, more than the 512 KiB stack of a
/// secondary thread holds; the caller's thread is whatever thread evaluates the policy.
enum LargeStack {
    static let size = 32 << 20

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = size
        thread.start()
        done.wait()
        return box.value!
    }
}
