#if canImport(Glibc)
import Glibc
#endif

/// The memory ceiling: MemoryError instead of exhausting the machine. Big single
/// allocations are checked before they happen; gradual growth is caught by a
/// periodic look at the heap from the eval loop.
extension VM {
    /// Instructions between heap checks.
    static let heapCheckInterval = 1 << 20

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

    /// Called from the eval loop every `heapCheckInterval` instructions.
    func checkHeap() throws {
        let limit = config.memoryLimitBytes
        if limit > 0 && heapInUse() > limit {
            throw PyBaseException(type: ExceptionTypes.memoryError)
        }
    }

    /// Resident memory of the process, from /proc (0 where that is unavailable).
    private func heapInUse() -> Int {
        #if canImport(Glibc)
        let fd = Glibc.open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { _ = Glibc.close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = Glibc.read(fd, &buffer, buffer.count)
        guard n > 0 else { return 0 }
        // "size resident shared ...", in pages.
        let fields = String(decoding: buffer[0..<n], as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return 0
        #endif
    }
}
