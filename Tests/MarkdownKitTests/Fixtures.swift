/// Markdown inputs for the rendering goldens: one per feature (glamour style).
enum Fixtures {
    static let cases: [(name: String, markdown: String)] = [
        ("headings", """
            # The event loop
            ## Coroutines and *tasks*
            ### Awaiting
            Setext title
            ============
            """),
        ("paragraph", """
            An **event loop** runs *one* callback at a time; while a coroutine waits on \
            `await asyncio.sleep(1)` the loop runs others. This sentence is long enough to wrap \
            several times, and includes averyveryveryverylongwordthatcannotfitonasinglelineatall.
            Hard break here:  
            next line.
            """),
        ("cjk", """
            異步編程讓程式可以在等待輸入輸出時繼續執行其他任務。這是一個很長的中文段落，用來測試換行是否正確。

            混合 mixed text: asyncio は非同期 I/O のためのライブラリです。「await」で待ちます。
            """),
        ("links", """
            Read [the asyncio docs](https://docs.python.org/3/library/asyncio.html) or \
            <https://peps.python.org/pep-0492/>, mail <team@example.com>, visit https://python.org.
            """),
        ("lists", """
            - Create a task with `asyncio.create_task`.
            - Await it:
              1. directly, or
              2. with `asyncio.gather`, which runs several awaitables concurrently and collects results
                 - in order
            - Done.

            7. seventh
            8. eighth

            9. ninth
            10. tenth
            """),
        ("quote", """
            > **Note:** `asyncio.run` creates a new event loop
            > and closes it at the end.
            >
            > > Nested quotes work too.
            """),
        ("code", """
            ```python demo
            import asyncio

            @decorator
            async def main(n: int = 0x1F) -> None:
                # wait a bit
                await asyncio.sleep(1.5e-3)
                print(f"done {n}", 'single', r"raw\\n", len([1, 2]))
                doc = \"\"\"triple
                quoted\"\"\"
                return None
            ```

            ```
            $ python demo.py   # not highlighted
            ```
            """),
        ("table", """
            | Call | Kind | Blocks? |
            |:-----|:----:|--------:|
            | `asyncio.sleep(1)` | coroutine | no |
            | `time.sleep(1)` | *function* | yes |
            | `asyncio.gather(a, b, c)` runs awaitables concurrently | coroutine | no |
            """),
        ("rule", """
            Before

            ---

            After
            """),
    ]
}
