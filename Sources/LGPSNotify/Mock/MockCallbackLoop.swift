import ServiceLifecycle

/// Settles the mock's messages and sends their callbacks every so often, until shutdown (the demo's mock).
public struct MockCallbackLoop: Service {
    let callbacks: MockNotifyCallbacks
    let every: Duration

    public init(callbacks: MockNotifyCallbacks, every: Duration) {
        self.callbacks = callbacks
        self.every = every
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await callbacks.deliverPending()
                try await Task.sleep(for: every)
            }
        }
    }
}
