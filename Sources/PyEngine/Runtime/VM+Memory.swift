#if canImport(Glibc)
import Glibc
#endif

/// The memory ceiling: MemoryError instead of exhausting the machine. Big single
/// allocations are checked before they happen; gradual growth is caught by a
/// periodic look at the heap from the eval loop.
extension VM {
    /// Instructions between heap checks (a power of two, minus one, as a mask).
    static let heapCheckMask = (1 << 20) - 1

    /// Raises MemoryError if allocating `bytes` more would pass the ceiling.
    func reserveMemory(_ bytes: Int) throws {
        let limit = config.memoryLimitBytes
        guard limit > 0 else { return }
        if bytes < 0 || bytes > limit || heapInUse() + bytes > limit {
            throw PyBaseException(type: ExceptionTypes.memoryError)
        }
    }

    /// Raises MemoryError when a collection of `elements` values would pass the ceiling.
    func checkMemory(_ elements: Int) throws {
        let limit = config.memoryLimitBytes
        if limit > 0 && elements > limit / MemoryLayout<Value>.stride {
            throw PyBaseException(type: ExceptionTypes.memoryError)
        }
    }

    /// Called from the eval loop every `heapCheckMask + 1` instructions.
    func checkHeap() throws {
        let limit = config.memoryLimitBytes
        if limit > 0 && heapInUse() > limit {
            throw PyBaseException(type: ExceptionTypes.memoryError)
        }
    }

    /// Bytes currently allocated through malloc.
    private func heapInUse() -> Int {
        #if canImport(Glibc)
        let info = mallinfo2()
        return Int(info.uordblks) + Int(info.hblkhd)
        #else
        return 0
        #endif
    }
}
