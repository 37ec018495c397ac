classes = [ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError, KeyError,
         ValueError, UnicodeError, TypeError, NameError, UnboundLocalError, AttributeError,
         RuntimeError, RecursionError, NotImplementedError, StopIteration, StopAsyncIteration,
         GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, ImportError,
         ModuleNotFoundError, OSError, Exception, BaseException, ExceptionGroup, BaseExceptionGroup,
         Warning, RuntimeWarning, DeprecationWarning, UserWarning, SyntaxError, IndentationError, TimeoutError]
for cls in classes:
    n = cls.__name__
    chain = [c.__name__ for c in cls.__mro__]
    print(n, "->", " < ".join(chain))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
