import Testing
@testable import PyEngine

/// Containers and the iteration builtins; expectations produced by CPython 3.11.
struct CollectionsTests {
    @Test func listMethods() {
        expectPrints("a = [3, 1, 2]\na.append(4); a.insert(0, 9); a.extend((5,))\nprint(a, a.pop(), a.pop(0), a.index(2), a.count(1))\na.remove(1); a.reverse(); print(a, a.copy())\n",
                     "[3, 1, 2, 4] 5 9 2 1\n[4, 2, 3] [4, 2, 3]\n")
    }

    @Test func listErrors() {
        expectPrints("for f in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1].append()]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "<class 'IndexError'> pop from empty list\n<class 'ValueError'> list.remove(x): x not in list\n<class 'ValueError'> 3 is not in list\n<class 'TypeError'> list.append() takes exactly one argument (0 given)\n")
    }

    @Test func stableSort() {
        expectPrints("p = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]\nprint(sorted(p, key=lambda t: t[0]), sorted(p, key=lambda t: t[0], reverse=True))\nxs = [5, -3, 2]; xs.sort(key=lambda n: -n); print(xs)\ntry:\n    sorted([1, 'a'])\nexcept TypeError as e:\n    print(e)\n",
                     "[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')] [(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]\n[5, 2, -3]\n'<' not supported between instances of 'str' and 'int'\n")
    }

    @Test func tupleMethods() {
        expectPrints("t = (1, 2, 2)\nprint(t.count(2), t.index(2), tuple('ab'), tuple([1]))\n",
                     "2 1 ('a', 'b') (1,)\n")
    }

    @Test func dictConstruction() {
        expectPrints("print(dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict.fromkeys('ab', 0))\nfor f in [lambda: dict([(1, 2, 3)]), lambda: dict([1])]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "{'a': 1} {1: 2} {1: 2, 'b': 3} {'a': 0, 'b': 0}\n<class 'ValueError'> dictionary update sequence element #0 has length 3; 2 is required\n<class 'TypeError'> cannot convert dictionary update sequence element #0 to a sequence\n")
    }

    @Test func dictMethods() {
        expectPrints("d = {'a': 1, 'b': 2}\nprint(d.get('z', 0), d.setdefault('c', 3), d.pop('a'), d.popitem(), d)\nd.update([('x', 1)], y=2); print(d, list(reversed(d)))\ntry:\n    {}.popitem()\nexcept KeyError as e:\n    print(e)\n",
                     "0 3 1 ('c', 3) {'b': 2}\n{'b': 2, 'x': 1, 'y': 2} ['y', 'x', 'b']\n'popitem(): dictionary is empty'\n")
    }

    @Test func dictViews() {
        expectPrints("d = {'a': 1, 'b': 2}\nk = d.keys(); d['c'] = 3\nprint(k, d.values(), d.items(), len(k), 'c' in k, ('a', 1) in d.items())\nprint(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}))\n",
                     "dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)]) 3 True True\n{'a'} ['a', 'b', 'c', 'z'] ['b', 'c']\n")
    }

    @Test func setMethods() {
        expectPrints("s = {1, 2, 3}\ns.add(4); s.discard(9); s.remove(1)\nprint(s, s.union([7]), s.intersection([2, 3]), s.difference({2}), s.symmetric_difference({3, 8}))\nprint(s.issubset(range(9)), s.isdisjoint([1]), frozenset([2, 1]))\nfor f in [lambda: s.remove(9), lambda: set().pop(), lambda: frozenset().add(1)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "{2, 3, 4} {2, 3, 4, 7} {2, 3} {3, 4} {8, 2, 4}\nTrue True frozenset({1, 2})\n<class 'KeyError'> 9\n<class 'KeyError'> 'pop from an empty set'\n<class 'AttributeError'> 'frozenset' object has no attribute 'add'\n")
    }

    @Test func range() {
        expectPrints("r = range(3, 30, 4)\nprint(r, r.start, r.step, len(r), r.index(11), r.count(15), 7 in r, list(reversed(r)), r[1:3])\nfor f in [lambda: range(1, 2, 0), lambda: range(1.5)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "range(3, 30, 4) 3 4 7 2 1 True [27, 23, 19, 15, 11, 7, 3] range(7, 15, 4)\n<class 'ValueError'> range() arg 3 must not be zero\n<class 'TypeError'> 'float' object cannot be interpreted as an integer\n")
    }

    @Test func lazyBuiltins() {
        expectPrints("print(list(enumerate('ab', 1)), list(zip('ab', [1, 2, 3])), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1])))\nprint(type(map(str, [])), type(zip()), type(enumerate([])), type(reversed([])), type(reversed('a')))\ntry:\n    list(zip([1], [1, 2], strict=True))\nexcept ValueError as e:\n    print(e)\n",
                     "[(1, 'a'), (2, 'b')] [('a', 1), ('b', 2)] [2, 4] [1]\n<class 'map'> <class 'zip'> <class 'enumerate'> <class 'list_reverseiterator'> <class 'reversed'>\nzip() argument 2 is longer than argument 1\n")
    }

    @Test func bigRange() {
        expectPrints("B = 2 ** 64\nr = range(B, B + 3)\nprint(r, list(r), r[-1], r.start, r.stop, r.step, bool(range(B, B)), B + 1 in r, 5 in r, type(iter(r)).__name__)\nfor f in [lambda: r[3], lambda: len(range(B)), lambda: range(B).index(-1)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "range(18446744073709551616, 18446744073709551619) [18446744073709551616, 18446744073709551617, 18446744073709551618] 18446744073709551618 18446744073709551616 18446744073709551619 1 False True False longrange_iterator\n<class 'IndexError'> range object index out of range\n<class 'OverflowError'> Python int too large to convert to C ssize_t\n<class 'ValueError'> -1 is not in range\n")
    }

    @Test func bigRangeSlicingAndSearch() {
        expectPrints("B = 2 ** 64\nr = range(-B, B, 3)\nprint(r[10 ** 10], r[1:10 ** 30:2], r[::-1], r[5:2], range(10)[::2 ** 70], r.index(-B + 30), r.count(-B + 1))\nprint(list(reversed(range(B, B + 7, 3))), list(range(2 ** 63 - 1, 2 ** 63 + 1)), sum(range(B, B + 4)))\n",
                     "-18446744043709551616 range(-18446744073709551613, 18446744073709551617, 6) range(18446744073709551614, -18446744073709551619, -3) range(-18446744073709551601, -18446744073709551610, 3) range(0, 10, 1180591620717411303424) 10 0\n[18446744073709551622, 18446744073709551619, 18446744073709551616] [9223372036854775807, 9223372036854775808] 73786976294838206470\n")
    }

    @Test func rangeAtIntLimits() {
        expectPrints("m = range(-2 ** 63, 2 ** 63 - 1, 3)\nprint(len(m), m[-1], m.index(m[-1]), 2 ** 63 - 5 in m, list(reversed(range(0, -5, -2 ** 63))))\ntry:\n    len(range(-2 ** 63, 2 ** 63 - 1))\nexcept OverflowError as e:\n    print(e)\n",
                     "6148914691236517205 9223372036854775804 6148914691236517204 False [0]\nPython int too large to convert to C ssize_t\n")
    }

    @Test func rangeEqualityAndHash() {
        expectPrints("B = 2 ** 64\nprint(range(B, B) == range(0), range(B, B + 1) == range(B, B + 1, 9), range(0, B) != range(0, B + 1))\nprint(hash(range(B, B + 1)) == hash(range(B, B + 1, 5)), hash(range(3)) == hash((3, 0, 1)), {range(B, B + 2): 1}[range(B, B + 2)])\n",
                     "True True True\nTrue True 1\n")
    }

    @Test func reductions() {
        expectPrints("print(sum([1, 2]), sum([[1]], []), min(3, 1), max('abc'), max([], default=0), min([3, -4], key=lambda x: x * x), any([0, 1]), all([]))\nfor f in [lambda: sum(['a'], ''), lambda: max([]), lambda: reversed(5)]:\n    try:\n        f()\n    except Exception as e:\n        print(type(e), e)\n",
                     "3 [1] 1 c 0 3 True True\n<class 'TypeError'> sum() can't sum strings [use ''.join(seq) instead]\n<class 'ValueError'> max() arg is an empty sequence\n<class 'TypeError'> 'int' object is not reversible\n")
    }
}
