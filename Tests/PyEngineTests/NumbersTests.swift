import Testing
@testable import PyEngine

/// int, float and bool, and the numeric built-in functions.
struct NumbersTests {
    @Test("int() truncates floats, parses text with a base, and asks __int__/__index__")
    func intConstructor() {
        let source = """
        class A:
            def __int__(self): return 7
        class B:
            def __index__(self): return 5
        print(int(), int(3.9), int(-3.9), int("  -12 "), int("ff", 16), int("0x1f", 0), int("1_000"), int(True), int(A()), int(B()))
        print(int("123456789012345678901234567890"), int(1e20), int("z", base=36))
        for args in [("x",), ([],), (1.5, 10), ("1", 1), ("9", 8), (float("nan"),), (float("inf"),)]:
            try:
                int(*args)
            except (ValueError, TypeError, OverflowError) as e:
                print(e)

        """
        #expect(runStdout(source) == """
        0 3 -3 -12 255 31 1000 1 7 5
        123456789012345678901234567890 100000000000000000000 35
        invalid literal for int() with base 10: 'x'
        int() argument must be a string, a bytes-like object or a real number, not 'list'
        int() can't convert non-string with explicit base
        int() base must be >= 2 and <= 36, or 0
        invalid literal for int() with base 8: '9'
        cannot convert float NaN to integer
        cannot convert float infinity to integer

        """)
    }

    @Test("float() parses text, converts ints and asks __float__")
    func floatConstructor() {
        let source = """
        class A:
            def __float__(self): return 2.5
        class B:
            def __index__(self): return 5
        print(float(), float(3), float(" -1.5e3 "), float("inf"), float("-nan"), float(True), float(2**70), float(A()), float(B()))
        for arg in ["x", [], "1.2.3"]:
            try:
                float(arg)
            except (ValueError, TypeError) as e:
                print(e)

        """
        #expect(runStdout(source) == """
        0.0 3.0 -1500.0 inf nan 1.0 1.1805916207174113e+21 2.5 5.0
        could not convert string to float: 'x'
        float() argument must be a string or a real number, not 'list'
        could not convert string to float: '1.2.3'

        """)
    }

    @Test("bool() uses truth and cannot be subclassed")
    func boolConstructor() {
        let source = """
        print(bool(), bool(0), bool(0.0), bool([1]), bool(""), bool("a"), bool(None))
        try:
            class C(bool):
                pass
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        False False False True False True False
        type 'bool' is not an acceptable base type

        """)
    }

    @Test("int methods and attributes")
    func intMethods() {
        let source = """
        print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (7).bit_count(), (-7).bit_count())
        print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, True.real, (5).as_integer_ratio())
        try:
            int.bit_length("x")
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        8 8 0 3 3
        5 5 0 5 1 1 (5, 1)
        descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object

        """)
    }

    @Test("float methods, hex and fromhex")
    func floatMethods() {
        let source = """
        print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
        print((1.5).hex(), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), (2.5).real, (2.5).imag, (2.5).conjugate())
        print(float.fromhex("0x1.8p1"), float.fromhex(" -0X1P-2 "), float.fromhex("ff.8"), float.fromhex((0.1).hex()) == 0.1)
        for text in ["", "0x1p99999"]:
            try:
                float.fromhex(text)
            except (ValueError, OverflowError) as e:
                print(e)
        try:
            (float("nan")).as_integer_ratio()
        except ValueError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        False True (3, 4) (-5, 2)
        0x1.8000000000000p+0 0x1.999999999999ap-4 -0x0.0p+0 0x0.0000000000001p-1022 2.5 0.0 2.5
        3.0 -0.25 255.5 True
        invalid hexadecimal floating-point string
        hexadecimal value too large to represent as a float
        cannot convert NaN to integer ratio

        """)
    }

    @Test("explicit special-method calls and NotImplemented")
    func explicitDunders() {
        let source = """
        print((5).__add__(3), (5).__add__(3.0), (5.0).__add__(3), (5).__radd__(3), (5).__rsub__(2))
        print((5).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (5).__neg__(), (-5).__abs__())
        print((5).__eq__(5), (5).__eq__(5.0), (5.0).__eq__(5), (5).__lt__(6), (5).__ge__("a"), int.__add__(1, 2))
        print((5).__bool__(), (0.0).__bool__(), (5.7).__int__(), (5).__float__(), (5.5).__round__(), (1234).__round__(-2))
        try:
            int.__add__("a", 1)
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        8 NotImplemented 8.0 8 -3
        2.5 3 1 1024 -5 5
        True NotImplemented True True NotImplemented 3
        True False 5 5.0 6 1200
        descriptor '__add__' requires a 'int' object but received a 'str'

        """)
    }

    @Test("abs() and round() with ndigits, half to even, and __abs__/__round__")
    func absAndRound() {
        let source = """
        class A:
            def __abs__(self): return "abs!"
            def __round__(self, n=None): return ("r", n)
        print(abs(-5), abs(-2.5), abs(True), abs(A()), abs(-2**70))
        print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
        print(round(5, 2), round(A()), round(A(), 3), round(2.5, None), round(1.5, ndigits=0), round(123.456, -1))
        for args in [("x",), (float("inf"),)]:
            try:
                round(*args)
            except (TypeError, OverflowError) as e:
                print(e)
        try:
            abs("s")
        except TypeError as e:
            print(e)

        """
        #expect(runStdout(source) == """
        5 2.5 1 abs! 1180591620717411303424
        2 4 0 2.67 1200 1200 1400
        5 ('r', None) ('r', 3) 2 2.0 120.0
        type str doesn't define __round__ method
        cannot convert float infinity to integer
        bad operand type for abs(): 'str'

        """)
    }

    @Test("divmod() and pow() with a modulus")
    func divmodAndPow() {
        let source = """
        print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0), divmod(2**70, 3))
        print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 1000000007), pow(base=2, exp=3), pow(2.0, 3))
        for f, args in [(divmod, (1, 0)), (divmod, (1.0, 0)), (divmod, ("a", 1)), (pow, (2, 3.0, 5)), (pow, (2, 3, 0))]:
            try:
                f(*args)
            except (ZeroDivisionError, TypeError, ValueError) as e:
                print(e)

        """
        #expect(runStdout(source) == """
        (3, 1) (-4, 1) (3.0, 1.5) (-4.0, 1.0) (393530540239137101141, 1)
        1024 0.5 1 5 976371285 8 8.0
        integer division or modulo by zero
        float divmod()
        unsupported operand type(s) for divmod(): 'str' and 'int'
        pow() 3rd argument not allowed unless all arguments are integers
        pow() 3rd argument cannot be 0

        """)
    }

    @Test("hex(), oct(), bin() and format()")
    func radixAndFormat() {
        let source = """
        class B:
            def __index__(self): return 5
        print(hex(255), hex(-255), oct(8), bin(5), bin(-5), bin(0), hex(2**64), hex(True), bin(B()))
        print(format(3.14159, ".2f"), format(42), format(42, "08b"), format("x", ">3"), format(1234567, ","))
        for f, args in [(hex, (1.5,)), (format, (1, 2))]:
            try:
                f(*args)
            except TypeError as e:
                print(e)

        """
        #expect(runStdout(source) == """
        0xff -0xff 0o10 0b101 -0b101 0b0 0x10000000000000000 0x1 0b101
        3.14 42 00101010   x 1,234,567
        'float' object cannot be interpreted as an integer
        format() argument 2 must be str, not int

        """)
    }

    @Test("bitwise operators on bools give bools")
    func boolOperators() {
        let source = """
        print(True & False, True | False, True ^ True, True & 3, -True, ~True, True + True)

        """
        #expect(runStdout(source) == """
        False True False 1 -1 -2 2

        """)
    }
}
