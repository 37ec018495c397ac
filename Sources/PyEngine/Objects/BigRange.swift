import PyNumerics

/// A range's exact bounds, for ranges beyond Int and for the operations that
/// are simplest to state once for any int (slicing, equality, hashing).
struct BigRange {
    let start: BigInt
    let stop: BigInt
    let step: BigInt
    let length: BigInt

    /// `step` is not zero.
    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        let forward = !step.isNegative
        if forward ? start < stop : stop < start {
            let distance = forward ? stop - start : start - stop
            length = (distance - .one).truncatingDivMod(step.magnitude).quotient + .one
        } else {
            length = .zero
        }
    }

    /// The item at `i` (0 <= i < length).
    func item(_ i: BigInt) -> BigInt { start + i * step }

    /// The item at a Python index (negative counts from the end), if in range.
    func item(atIndex i: BigInt) -> BigInt? {
        let at = i.isNegative ? i + length : i
        guard !at.isNegative && at < length else { return nil }
        return item(at)
    }

    /// The position of `value`, if the range holds it.
    func index(of value: BigInt) -> BigInt? {
        let inside = step.isNegative ? (stop < value && !(start < value)) : (!(value < start) && value < stop)
        guard inside else { return nil }
        let (quotient, remainder) = (value - start).truncatingDivMod(step)
        return remainder.isZero ? quotient : nil
    }

    /// `range[start:stop:step]`, given the slice's parts (nil for None) as
    /// CPython clamps them to the range's length.
    func slice(start sliceStart: BigInt?, stop sliceStop: BigInt?, step sliceStep: BigInt) -> BigRange {
        let backward = sliceStep.isNegative
        let lower: BigInt = backward ? -.one : .zero
        let upper = backward ? length - .one : length
        func clamp(_ bound: BigInt?, _ defaultValue: BigInt) -> BigInt {
            guard var i = bound else { return defaultValue }
            if i.isNegative {
                i += length
                if i < lower { i = lower }
            } else if upper < i {
                i = upper
            }
            return i
        }
        let first = clamp(sliceStart, backward ? upper : lower)
        let last = clamp(sliceStop, backward ? lower : upper)
        return BigRange(start: item(first), stop: item(last), step: step * sliceStep)
    }

    /// The items in the opposite order, as (first, step).
    var reversedStart: (first: BigInt, step: BigInt) { (item(length - .one), -step) }

    /// Ranges are equal when they hold the same items.
    func sameItems(as other: BigRange) -> Bool {
        guard length == other.length else { return false }
        if length.isZero { return true }
        guard start == other.start else { return false }
        return length == .one || step == other.step
    }
}
