import Hummingbird
import NIOCore

/// The request context of every Purser route: Hummingbird's basic context with Purser's body limit.
public struct PurserRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var maxUploadSize: Int

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.maxUploadSize = 10 * 1024 * 1024
    }
}
