import Testing
@testable import PyEngine

/// `str` methods, `str.format`, and `ord`/`chr`/`ascii`, checked against
/// CPython 3.11 output (expectations generated with python3).
struct StrTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        let expected: String
        var testDescription: String { name }
    }

    /// Prints `repr(result)` or `Type: message` for each expression.
    static let prelude = """
    def show(f):
        try:
            print(repr(f()))
        except Exception as e:
            print(str(type(e))[8:-2] + ":", e)
    """

    static let cases: [Case] = [
        Case(name: "case conversion", source: #"""
        show(lambda: "Hello World".swapcase())
        show(lambda: "they're bill's".title())
        show(lambda: "hELLO wORLD".capitalize())
        show(lambda: "ß straße".upper())
        show(lambda: "ΣΑΣ ΣΑΣ".lower())
        show(lambda: "Straße".casefold())
        """#,
             expected: #"""
        'hELLO wORLD'
        "They'Re Bill'S"
        'Hello world'
        'SS STRASSE'
        'σας σας'
        'strasse'
        """#),
        Case(name: "predicates", source: #"""
        show(lambda: "١٢٣".isdecimal())
        show(lambda: "²".isdigit())
        show(lambda: "½".isnumeric())
        show(lambda: "½".isdigit())
        show(lambda: "\x1f \xa0".isspace())
        show(lambda: "Hello World".istitle())
        show(lambda: "ABC1".isupper())
        show(lambda: "_x1".isidentifier())
        show(lambda: "1x".isidentifier())
        show(lambda: "a\n".isprintable())
        show(lambda: "".isalpha())
        show(lambda: "é".isascii())
        """#,
             expected: #"""
        True
        True
        True
        False
        True
        True
        True
        True
        False
        False
        False
        False
        """#),
        Case(name: "split and join", source: #"""
        show(lambda: "  a b  c  ".split(None, 1))
        show(lambda: "  a b  c  ".rsplit(maxsplit=1))
        show(lambda: "a,b,,c,".split(","))
        show(lambda: "a,b,,c".rsplit(",", 2))
        show(lambda: "a\rb\r\nc\x85d\n".splitlines(keepends=True))
        show(lambda: "a".split(""))
        show(lambda: "a".split(1))
        show(lambda: "-".join(["a", "b"]))
        show(lambda: "-".join(["a", 2]))
        show(lambda: "".join(5))
        show(lambda: "x".join("a", "b"))
        show(lambda: "a".split(x=1))
        show(lambda: "a".splitlines(1, keepends=1))
        """#,
             expected: #"""
        ['a', 'b  c  ']
        ['  a b', 'c']
        ['a', 'b', '', 'c', '']
        ['a,b', '', 'c']
        ['a\r', 'b\r\n', 'c\x85', 'd\n']
        ValueError: empty separator
        TypeError: must be str or None, not int
        'a-b'
        TypeError: sequence item 1: expected str instance, int found
        TypeError: can only join an iterable
        TypeError: str.join() takes exactly one argument (2 given)
        TypeError: 'x' is an invalid keyword argument for split()
        TypeError: splitlines() takes at most 1 argument (2 given)
        """#),
        Case(name: "strip and replace", source: #"""
        show(lambda: "xxhixx".strip("x"))
        show(lambda: " \t a \n".lstrip())
        show(lambda: "abc".rstrip(None))
        show(lambda: "abc".strip(1))
        show(lambda: "abc".replace("", "-"))
        show(lambda: "abc".replace("", "-", 2))
        show(lambda: "aaaa".replace("a", "b", 2))
        show(lambda: "abc".replace(1, ""))
        show(lambda: "prefix_x".removeprefix("prefix_"))
        show(lambda: "x.py".removesuffix(".py"))
        show(lambda: "x".removeprefix(1))
        """#,
             expected: #"""
        'hi'
        'a \n'
        'abc'
        TypeError: strip arg must be None or str
        '-a-b-c-'
        '-a-bc'
        'bbaa'
        TypeError: replace() argument 1 must be str, not int
        'x'
        'x'
        TypeError: removeprefix() argument must be str, not int
        """#),
        Case(name: "search", source: #"""
        show(lambda: "hello".find("l"))
        show(lambda: "hello".rfind("l"))
        show(lambda: "abc".find("", 3))
        show(lambda: "abc".find("", 4))
        show(lambda: "abc".find("b", 2, 1))
        show(lambda: "abc".count(""))
        show(lambda: "aaaa".count("aa"))
        show(lambda: "abcabc".rindex("b", -3))
        show(lambda: "abc".index("z"))
        show(lambda: "abc".find())
        show(lambda: "abc".find("a", start=1))
        show(lambda: "abc".startswith(("x", "ab")))
        show(lambda: "abc".endswith("b", 0, 2))
        show(lambda: "abc".startswith("", 4))
        show(lambda: "abc".startswith(1))
        show(lambda: "abc".startswith(("a", 1)))
        show(lambda: "a=b=c".partition("="))
        show(lambda: "a=b=c".rpartition("="))
        show(lambda: "abc".rpartition("z"))
        show(lambda: "abc".partition(""))
        """#,
             expected: #"""
        2
        3
        3
        -1
        -1
        4
        2
        4
        ValueError: substring not found
        TypeError: find() takes at least 1 argument (0 given)
        TypeError: str.find() takes no keyword arguments
        True
        True
        False
        TypeError: startswith first arg must be str or a tuple of str, not int
        True
        ('a', '=', 'b=c')
        ('a=b', '=', 'c')
        ('', '', 'abc')
        ValueError: empty separator
        """#),
        Case(name: "layout", source: #"""
        show(lambda: "ab".center(7, "*"))
        show(lambda: "abc".center(6, "*"))
        show(lambda: "abc".ljust(5) + "|")
        show(lambda: "abc".rjust(2))
        show(lambda: "-42".zfill(6))
        show(lambda: "x".center(5, "ab"))
        show(lambda: "x".center(5, 1))
        show(lambda: "x".center("5"))
        show(lambda: "a\tbc\td".expandtabs(4))
        show(lambda: "a\tb".expandtabs(tabsize=0))
        """#,
             expected: #"""
        '***ab**'
        '*abc**'
        'abc  |'
        'abc'
        '-00042'
        TypeError: The fill character must be exactly one character long
        TypeError: The fill character must be a unicode character, not int
        TypeError: 'str' object cannot be interpreted as an integer
        'a   bc  d'
        'ab'
        """#),
        Case(name: "format", source: #"""
        show(lambda: "{} {}".format(1, "two"))
        show(lambda: "{1} {0} {1}".format("a", "b"))
        show(lambda: "{name}!".format(name="x"))
        show(lambda: "{0[1]} {0[k]}".format({1: "i", "k": "s"}))
        show(lambda: "{:{}{}}".format(3.5, ">", 8))
        show(lambda: "{0!r:>6}".format("q"))
        show(lambda: "{!a}".format("é"))
        show(lambda: "{{{}}}".format(7))
        show(lambda: "{0} {}".format(1, 2))
        show(lambda: "{} {0}".format(1, 2))
        show(lambda: "{} {}".format(1))
        show(lambda: "{x}".format())
        show(lambda: "}".format())
        show(lambda: "{".format())
        show(lambda: "{0".format())
        show(lambda: "{0!}".format(1))
        show(lambda: "{0!x}".format(1))
        show(lambda: "{0[}".format(1))
        show(lambda: "{a{b}".format(1))
        show(lambda: "{0.}".format(1))
        show(lambda: "{0[0]x}".format([1]))
        show(lambda: "{a}".format_map({"a": 1}))
        show(lambda: "{0}".format_map({}))
        show(lambda: "{b}".format_map({}))
        """#,
             expected: #"""
        '1 two'
        'b a b'
        'x!'
        'i s'
        '     3.5'
        "   'q'"
        "'\\xe9'"
        '{7}'
        ValueError: cannot switch from manual field specification to automatic field numbering
        ValueError: cannot switch from automatic field numbering to manual field specification
        IndexError: Replacement index 1 out of range for positional args tuple
        KeyError: 'x'
        ValueError: Single '}' encountered in format string
        ValueError: Single '{' encountered in format string
        ValueError: expected '}' before end of string
        ValueError: unmatched '{' in format spec
        ValueError: Unknown conversion specifier x
        ValueError: expected '}' before end of string
        ValueError: unexpected '{' in field name
        ValueError: Empty attribute in format string
        ValueError: Only '.' or '[' may follow ']' in format field specifier
        '1'
        ValueError: Format string contains positional fields
        KeyError: 'b'
        """#),
        Case(name: "translate", source: #"""
        show(lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
        show(lambda: "abc".translate({97: "AA", 98: None, 99: 100}))
        show(lambda: str.maketrans("ab", "x"))
        show(lambda: str.maketrans("ab"))
        """#,
             expected: #"""
        'xy'
        'AAd'
        ValueError: the first two maketrans arguments must have equal length
        TypeError: if you give only one argument to maketrans it must be a dict
        """#),
        Case(name: "constructor and dunders", source: #"""
        show(lambda: str())
        show(lambda: str(12))
        show(lambda: str([1, "a"]))
        show(lambda: str(object="x"))
        show(lambda: "abc".__len__())
        show(lambda: "abc".__getitem__(-1))
        show(lambda: "abc".__contains__("bc"))
        show(lambda: "ab".__add__("cd"))
        show(lambda: str.upper(5))
        show(lambda: "abc".upper(1))
        """#,
             expected: #"""
        ''
        '12'
        "[1, 'a']"
        'x'
        3
        'c'
        True
        'abcd'
        TypeError: descriptor 'upper' for 'str' objects doesn't apply to a 'int' object
        TypeError: str.upper() takes no arguments (1 given)
        """#),
        Case(name: "text builtins", source: #"""
        show(lambda: ord("€"))
        show(lambda: ord("ab"))
        show(lambda: ord(5))
        show(lambda: chr(8364))
        show(lambda: chr(0x110000))
        show(lambda: chr(-1))
        show(lambda: ascii(["é", "x\n", "🐍"]))
        """#,
             expected: #"""
        8364
        TypeError: ord() expected a character, but string of length 2 found
        TypeError: ord() expected string of length 1, but int found
        '€'
        ValueError: chr() arg not in range(0x110000)
        ValueError: chr() arg not in range(0x110000)
        "['\\xe9', 'x\\n', '\\U0001f40d']"
        """#),
        Case(name: "fast paths (f-string specs, lengths, bytes, int parsing)", source: #"""
        show(lambda: [f"{v:>4}|{v:*^6}" for v in (7, 2.5, "ab", True)])
        show(lambda: [f"{v:{w}}" for v, w in ((1, ">3"), ("x", "<2"), (3.0, ".1f"))])
        show(lambda: [f"{i:05d}:{-i:+x}:{i:#b}" for i in (0, 5, 255)])
        show(lambda: format(5, "é"))
        show(lambda: f"{'s':05d}")
        show(lambda: f"{9:,}|{-1234567:_}|{12:é^6}")
        show(lambda: [len(s) for s in ("", "abc", "héllo", "日本", "🐍x")])
        show(lambda: ["héllo".upper(), "ÀB".lower(), "héllo".startswith("hé"), "héllo".endswith("lo"), "ab".startswith("abc")])
        show(lambda: {"e" + "\u0301": 1, "\u00e9": 2})
        show(lambda: ("e" + "\u0301") == "\u00e9")
        show(lambda: [len("\u00e1"), len("a\u0301")])
        show(lambda: [int(" 42"), int("-7\n"), int("+0"), int("1_0"), int("٣")])
        show(lambda: int(" 4 2"))
        show(lambda: [str(-5), str(0), str(10**19)])
        """#,
             expected: #"""
        ['   7|**7***', ' 2.5|*2.5**', '  ab|**ab**', '   1|**1***']
        ['  1', 'x ', '3.0']
        ['00000:+0:0b0', '00005:-5:0b101', '00255:-ff:0b11111111']
        ValueError: Unknown format code '\xe9' for object of type 'int'
        ValueError: Unknown format code 'd' for object of type 'str'
        '9|-1_234_567|éé12éé'
        [0, 3, 5, 2, 2]
        ['HÉLLO', 'àb', True, True, False]
        {'é': 1, 'é': 2}
        False
        [1, 2]
        [42, -7, 0, 10, 3]
        ValueError: invalid literal for int() with base 10: ' 4 2'
        ['-5', '0', '10000000000000000000']
        """#),
    ]

    @Test("matches CPython", arguments: cases)
    func matchesCPython(_ c: Case) {
        expectPrints(StrTests.prelude + "\n" + c.source + "\n", c.expected + "\n")
    }
}
