import PyNumerics

/// `random`: CPython's Mersenne Twister in Swift, and CPython's `random.py`
/// algorithms on top of it, so `random.seed(42)` gives python3's numbers.
///
/// Without a seed CPython draws one from the OS; the engine uses a fixed seed
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
                    throw PyError.type("'\(vm.typeName(args[0]))' object cannot be interpreted as an integer")
                }
                if k < 0 { throw PyError.value("number of bits must be non-negative") }
                return .integer(generator.mt.bits(k))
            },
            nativeFunction("_randbelow") { vm, args in
                guard let n = vm.integer(args[0]) else { throw PyError.type("_randbelow() needs an int") }
                return .integer(generator.below(n.bigValue))
            },
        ]
        return try makeModule("random", native: native, source: Self.randomSource)
    }

    /// The integer a seed value stands for, as CPython's `Random.seed` (version 2).
    private func randomSeed(_ a: Value) throws -> BigInt {
        switch a {
        case .none: return Self.defaultSeed
        case .float: return BigInt(try hash(a)).magnitude
        case .str(let s):
            // CPython mixes in a SHA-512 digest here; the engine uses the UTF-8 bytes alone.
            return s.value.utf8.reduce(BigInt(0)) { ($0 << 8) | BigInt(Int($1)) }
        default:
            guard let n = integer(a) else {
                throw PyError.type("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            return n.bigValue
        }
    }

    /// `Random._randbelow` etc., from CPython 3.11's `Lib/random.py`.
    private static let randomSource = """
    def _index(value, which):
        if isinstance(value, int):
            return value
        try:
            i = int(value)
        except TypeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
        if i != value:
            raise ValueError(f"non-integer {which} for randrange()")
        return i

    def randrange(start, stop=None, step=1):
        istart = _index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return _randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _index(stop, "stop")
        width = istop - istart
        istep = _index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + _randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * _randbelow(n)

    def randint(a, b):
        return randrange(a, b + 1)

    def choice(seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[_randbelow(len(seq))]

    def shuffle(x):
        for i in reversed(range(1, len(x))):
            j = _randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(population, k, *, counts=None):
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        if counts is not None:
            expanded = []
            for item, count in zip(population, counts):
                expanded.extend([item] * count)
            population = expanded
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            power = 1
            while power < k * 3:
                power *= 4
            setsize += power
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = _randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            for i in range(k):
                j = _randbelow(n)
                while j in selected:
                    j = _randbelow(n)
                selected.add(j)
                result[i] = population[j]
        return result

    def _bisect(a, x, hi):
        lo = 0
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def choices(population, weights=None, *, cum_weights=None, k=1):
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[int(random() * n)] for i in range(k)]
            cum_weights = []
            total = 0
            for w in weights:
                total = total + w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, hi)] for i in range(k)]

    def uniform(a, b):
        return a + (b - a) * random()
    """
}

/// The generator a run's `random` module draws from.
private final class RandomState {
    var mt: MersenneTwister

    init(_ mt: MersenneTwister) { self.mt = mt }

    /// `_randbelow_with_getrandbits`: a uniform int in [0, n).
    func below(_ n: BigInt) -> BigInt {
        if n.isZero { return n }
        let k = n.bitLength
        var r = mt.bits(k)
        while !(r < n) { r = mt.bits(k) }
        return r
    }
}
