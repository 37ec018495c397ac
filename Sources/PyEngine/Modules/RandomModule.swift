import PyNumerics

/// `random`: a Mersenne Twister in Swift with the selection functions on top,
/// drawing exactly the numbers python3 draws after the same `random.seed(n)`.
///
/// Without a seed python3 draws one from the OS; the engine uses a fixed seed
/// instead, so every run of a program prints the same thing.
extension VM {
    private static let defaultSeed = BigInt(20_231_114)

    func makeRandomModule() throws -> PyModule {
        let generator = RandomState(MersenneTwister(seed: Self.defaultSeed))
        let native = [
            nativeFunction("seed") { vm, args in
                try args.expect("seed", min: 0, max: 1)
                generator.mt = MersenneTwister(seed: try vm.randomSeed(args.count == 1 ? args[0] : .none))
                return .none
            },
            nativeFunction("random") { _, args in
                try args.expect("random", min: 0, max: 0)
                return .float(generator.mt.nextDouble())
            },
            nativeFunction("getrandbits") { vm, args in
                try args.expect("getrandbits", min: 1, max: 1)
                guard case .int(let k) = args[0] else {
                    throw PyError.notAnInteger(vm.typeName(args[0]))
                }
                if k < 0 { throw PyError.value("number of bits must be non-negative") }
                return .integer(generator.mt.bits(k))
            },
            nativeFunction("_uniform_below") { vm, args in
                guard let n = vm.integer(args[0]) else { throw PyError.type("_uniform_below() needs an int") }
                return .integer(generator.below(n.bigValue))
            },
        ]
        return try makeModule("random", native: native, source: Self.randomSource)
    }

    /// The integer a seed value stands for, as python3's `seed` reads it.
    private func randomSeed(_ a: Value) throws -> BigInt {
        switch a {
        case .none: return Self.defaultSeed
        case .float: return BigInt(try hash(a)).magnitude
        case .str(let s):
            // python3 mixes in a SHA-512 digest here; the engine uses the UTF-8 bytes alone.
            return s.value.utf8.reduce(BigInt(0)) { ($0 << 8) | BigInt(Int($1)) }
        default:
            guard let n = integer(a) else {
                throw PyError.type("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            return n.bigValue
        }
    }

    /// The selection functions, over the native `_uniform_below` (uniform int in
    /// [0, n)) and `random()`. Which draws each makes is fixed by python3's
    /// results: a seeded program must pick the same items.
    private static let randomSource = """
    def _whole(value, role):
        # An int argument; integral floats are accepted as python3 still does.
        if isinstance(value, int):
            return value
        try:
            whole = int(value)
        except TypeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
        if whole != value:
            raise ValueError(f"non-integer {role} for randrange()")
        return whole

    def randrange(start, stop=None, step=1):
        low = _whole(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if low <= 0:
                raise ValueError("empty range for randrange()")
            return _uniform_below(low)
        width = _whole(stop, "stop") - low
        stride = _whole(step, "step")
        if stride == 1:
            if width <= 0:
                raise ValueError(f"empty range for randrange() ({low}, {low + width}, {width})")
            return low + _uniform_below(width)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-width // stride)
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return low + stride * _uniform_below(count)

    def randint(a, b):
        return randrange(a, b + 1)

    def choice(seq):
        size = len(seq)
        if size == 0:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[_uniform_below(size)]

    def shuffle(x):
        # Fisher-Yates from the end: slot i swaps with a slot in [0, i].
        i = len(x) - 1
        while i > 0:
            j = _uniform_below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def _expanded(population, counts):
        counts = list(counts)
        if len(counts) != len(population):
            raise ValueError('The number of counts does not match the population')
        if not all(isinstance(c, int) for c in counts):
            raise TypeError('Counts must be integers')
        if sum(counts) <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [item for item, c in zip(population, counts) for _ in range(c)]

    def _pool_limit(k):
        # Up to this population size, sampling draws from a shrinking copy;
        # beyond it, from the population itself, redrawing repeated indices.
        limit = 21
        if k > 5:
            limit += 4 ** _ceil_log4(3 * k)
        return limit

    def _ceil_log4(n):
        power = 0
        while 4 ** power < n:
            power += 1
        return power

    def sample(population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        if counts is not None:
            population = _expanded(population, counts)
        n = len(population)
        if k < 0 or k > n:
            raise ValueError("Sample larger than population or is negative")
        if n <= _pool_limit(k):
            pool = list(population)
            picked = []
            for remaining in range(n, n - k, -1):
                j = _uniform_below(remaining)
                picked.append(pool[j])
                pool[j] = pool[remaining - 1]
            return picked
        taken = set()
        picked = []
        while len(picked) < k:
            j = _uniform_below(n)
            if j not in taken:
                taken.add(j)
                picked.append(population[j])
        return picked

    def _first_above(bounds, x, last):
        # The first index in [0, last] whose bound exceeds x (binary search).
        low, high = 0, last
        while low < high:
            middle = (low + high) // 2
            if bounds[middle] > x:
                high = middle
            else:
                low = middle + 1
        return low

    def choices(population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None and weights is None:
            scale = n + 0.0
            return [population[int(random() * scale)] for _ in range(k)]
        if cum_weights is None:
            if isinstance(weights, int):
                raise TypeError(f'The number of choices must be a keyword argument: k={weights}')
            cum_weights, running = [], 0
            for w in weights:
                running = running + w
                cum_weights.append(running)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total in (float('inf'), float('-inf')):
            raise ValueError("Total of weights must be finite")
        return [population[_first_above(cum_weights, random() * total, n - 1)] for _ in range(k)]

    def uniform(a, b):
        return a + (b - a) * random()
    """
}

/// The generator a run's `random` module draws from.
private final class RandomState {
    var mt: MersenneTwister

    init(_ mt: MersenneTwister) { self.mt = mt }

    /// A uniform int in [0, n): draw bit_length(n) bits until the value is below n.
    func below(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        let k = n.bitLength
        var r = mt.bits(k)
        while !(r < n) { r = mt.bits(k) }
        return r
    }
}
