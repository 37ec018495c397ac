/// The attribute names of a Python class's instances, in the order instances
/// first assigned them: CPython's shared-key dicts. An instance that assigns
/// its attributes in this order keeps only their values (`PyInstance.values`),
/// so making one needs no dict.
///
/// Keys are only ever appended, so an index found for a name stays valid for
/// the class's lifetime, and a name absent from the first n keys stays absent
/// from them: inline caches remember both (`AttributeHint`).
final class SharedKeys {
    private(set) var names: [PyStr] = []

    /// CPython's limit too: a class whose instances gather more names gets
    /// ordinary dicts for the rest.
    static let capacity = 30

    var count: Int { names.count }

    /// The index of `name`, checking only keys added since `hint` last looked.
    @inline(__always) func index(of name: PyStr, _ hint: inout AttributeHint) -> Int? {
        if hint.key >= 0 { return hint.key }
        if hint.keysChecked == names.count { return nil }
        return search(name, &hint)
    }

    private func search(_ name: PyStr, _ hint: inout AttributeHint) -> Int? {
        for i in hint.keysChecked..<names.count where names[i] == name {
            hint.key = i
            return i
        }
        hint.keysChecked = names.count
        return nil
    }

    /// Adds `name` (not yet a key) and returns its index, or nil when full.
    func append(_ name: PyStr) -> Int? {
        guard names.count < SharedKeys.capacity else { return nil }
        names.append(name)
        return names.count - 1
    }
}

/// Where an attribute name was found for instances of one class, remembered by
/// an inline cache (or made fresh for a one-off access).
struct AttributeHint {
    /// The name's index among the class's shared keys; -1 while not known.
    var key = -1
    /// How many shared keys are known not to be the name.
    var keysChecked = 0
    /// Where the name was last found in an instance's materialized dict.
    var position = -1
}
