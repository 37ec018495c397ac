/// What happens between instructions, off the eval loop's fast path: queued
/// finalizers, the periodic heap check, the instruction limit and thread
/// switches all fold into one counter value, `instructionCheckpoint`, so each
/// instruction pays a single compare for them.
extension VM {
    /// Sets `instructionCheckpoint` to the earliest counter value at which
    /// something is due; at once while finalizers wait.
    func refreshCheckpoint() {
        if finalizers.pending.pointee {
            instructionCheckpoint = .min
        } else {
            instructionCheckpoint = min(instructionLimit, threadSwitchCheckpoint, nextHeapCheck - 1)
        }
    }

    /// The eval loop counted the instruction at `index` of `frame` and passed the
    /// checkpoint. Finalizers run as they would have before that instruction
    /// (with the counter and the frame's position as they were then: warnings
    /// they print name the line that dropped the object); the other checks see
    /// the instruction counted.
    func passCheckpoint(at index: Int, in frame: Frame) throws {
        if finalizers.pending.pointee {
            instructionCounter.pointee -= 1
            try runFinalizers()
            instructionCounter.pointee += 1
        }
        frame.currentInstruction = index
        let count = instructionCounter.pointee
        if count > instructionLimit { throw EngineStop.instructionLimit(config.maxInstructions) }
        if let scheduler { try scheduler.switchIfDue() }
        if count >= nextHeapCheck {
            nextHeapCheck = count + VM.heapCheckInterval
            try checkHeap()
        }
        refreshCheckpoint()
    }
}
