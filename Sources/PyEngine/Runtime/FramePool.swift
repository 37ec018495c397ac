/// Finished frames of one code object, kept for its next calls (several while
/// it recurses) so that a call needs no allocation. A fixed block of retained
/// references: cheaper to push and pop than a Swift array, which checks
/// uniqueness and capacity on every change.
struct FramePool: ~Copyable {
    /// How many frames a pool keeps at most.
    static let capacity = 64

    /// Allocated when the first frame is kept.
    private var frames: UnsafeMutablePointer<Unmanaged<Frame>>?
    private var count = 0

    init() {}

    deinit {
        guard let frames else { return }
        for i in 0..<count { frames[i].release() }
        frames.deallocate()
    }

    var isFull: Bool { count == FramePool.capacity }

    /// A kept frame, if there is one.
    mutating func take() -> Frame? {
        guard count > 0, let frames else { return nil }
        count -= 1
        return frames[count].takeRetainedValue()
    }

    /// Keeps a finished, cleared frame (the pool must not be full).
    mutating func keep(_ frame: consuming Frame) {
        let frames = frames ?? .allocate(capacity: FramePool.capacity)
        self.frames = frames
        frames[count] = .passRetained(frame)
        count += 1
    }
}
