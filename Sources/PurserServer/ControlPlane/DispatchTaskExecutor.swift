import Dispatch

/// A task executor that runs each job on dispatch's global concurrent queue.
final class DispatchTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue.global()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
