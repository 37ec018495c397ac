import Testing
@testable import LessonKit

@Suite struct LessonParserTests {
    // MARK: - Model

    @Test func headerAndPages() {
        let (lesson, diagnostics) = parse(sampleLesson)
        #expect(diagnostics.isEmpty, "\(rendered(diagnostics))")
        #expect(lesson.id == "sample")
        #expect(lesson.title == "Sample lesson")
        #expect(lesson.summary == "Every block kind once.")
        #expect(lesson.prerequisites == ["basics"])
        #expect(lesson.prerequisitesLocation?.line == 5)
        #expect(lesson.pages.map(\.title) == ["Sample lesson", "Running code", "Questions", "Exercise"])
        #expect(lesson.pages.map(\.id) == ["sample-lesson", "running-code", "questions", "exercise"])
        #expect(lesson.pages[0].markdown == "Intro text.")
        #expect(lesson.pages[1].location == SourceLocation(file: "test.md", line: 12, column: 1))
    }

    @Test func pageKeepsMarkdownAndOrdersItems() {
        let page = parse(sampleLesson).0.pages[1]
        #expect(page.markdown == "Some **text**.\n\n```python\nprint(\"shown, not run\")\n```")
        #expect(page.items.map(\.itemID) == ["hello"])
        #expect(page.blocks.count == 2)
    }

    @Test func demoWithPrediction() throws {
        let demo = try #require(parse(sampleLesson).0.demos.first)
        #expect(demo.code == "print(\"hi\")\nprint(\"there\")")
        #expect(demo.location.line == 20)
        let prediction = try #require(demo.prediction)
        #expect(prediction.expectedOutput == "hi\nthere")
        #expect(prediction.check("hi  \nthere\n\n"))
        #expect(!prediction.check("hi"))
    }

    @Test func quizzes() throws {
        let quizzes = parse(sampleLesson).0.quizzes
        #expect(quizzes.count == 2)
        let single = quizzes[0]
        #expect(single.id == "q1")
        #expect(single.kind == .single)
        #expect(single.question == "Pick one.")
        #expect(single.options.map(\.text) == ["Wrong", "Right"])
        #expect(single.options.map(\.explanation) == ["Because.", "Indeed."])
        #expect(single.explanation == "Shown after any answer.")
        #expect(single.options[1].location.line == 36)
        let multiple = quizzes[1]
        #expect(multiple.kind == .multiple)
        #expect(multiple.id == "questions.quiz-2")
        #expect(multiple.correctIndices == [0, 1])
    }

    @Test func exercise() throws {
        let exercise = try #require(parse(sampleLesson).0.exercises.first)
        #expect(exercise.id == "ex")
        #expect(exercise.prompt == "Do the thing.")
        #expect(exercise.starter == "pass")
        #expect(exercise.checks == [.output("done"), .codeContains("print")])
        #expect(exercise.hints == ["First hint.", "Second hint."])
        #expect(exercise.solution == "print(\"done\")")
        #expect(exercise.failedSourceChecks(in: "pass") == ["the code must contain `print`"])
    }

    @Test func codeInsideFenceIsNotAHeading() {
        let text = "---\nid: a\ntitle: A\n---\n## One\n```python\n## not a page\n```\n"
        let (lesson, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty)
        #expect(lesson.pages.count == 1)
        #expect(lesson.pages[0].markdown.contains("## not a page"))
    }

    @Test func tildeFencesAndIndentedFences() {
        let text = "---\nid: a\ntitle: A\n---\n## One\n~~~python demo id=d\nprint(1)\n~~~\n\n  ```quiz\n  Q?\n  - [x] yes\n    > ok\n  - [ ] no\n    > nope\n  ```\n"
        let (lesson, diagnostics) = parse(text)
        #expect(diagnostics.isEmpty, "\(rendered(diagnostics))")
        #expect(lesson.demos.first?.code == "print(1)")
        #expect(lesson.quizzes.first?.options.count == 2)
    }

    // MARK: - Lint, with locations

    @Test func unknownBlockKinds() {
        let text = "---\nid: a\ntitle: A\n---\n## One\n```quizz\nx\n```\n```python demoo\nprint()\n```\n```text\nfine\n```\n"
        #expect(rendered(parse(text).1) == [
            "test.md:6:4: unknown block kind 'quizz' (did you mean 'quiz'?)",
            "test.md:9:4: unknown block kind 'python demoo'; interactive blocks are: ```python demo, ```quiz, ```quiz multiple, ```predict, ```exercise",
        ])
    }

    @Test func quizProblems() {
        let text = """
        ---
        id: a
        title: A
        ---
        ## One
        ```quiz id=none
        Q?
        - [ ] a
          > x
        - [ ] b
          > y
        ```
        ```quiz id=two
        Q?
        - [x] a
          > x
        - [x] b
          > y
        ```
        ```quiz id=bad
        Q?
        - [x] a
        stray line
        ```
        """
        #expect(rendered(parse(text).1) == [
            "test.md:6:1: the quiz 'none' has no correct answer: mark one with '- [x]'",
            "test.md:13:1: the single-choice quiz 'two' has 2 correct options: mark one, or write ```quiz multiple",
            "test.md:23:1: unexpected line in a quiz: options are '- [ ] text' or '- [x] text', explanations are indented '> text' lines under an option",
            "test.md:20:1: the quiz 'bad' needs at least two options ('- [ ] text')",
            "test.md:22:1: warning: option 'a' has no explanation ('  > why')",
        ])
    }

    @Test func missingHeader() {
        let (lesson, diagnostics) = parse("## Page\ntext\n", path: "Lessons/07-no-header.md")
        #expect(rendered(diagnostics) == [
            "Lessons/07-no-header.md:1:1: missing header: start the file with '---', 'id: ...', 'title: ...', '---'",
            "Lessons/07-no-header.md:1:1: the lesson has no title: add 'title:' to the header",
        ])
        #expect(lesson.id == "no-header")
        #expect(lesson.pages.count == 1)
    }

    @Test func headerProblems() {
        let text = "---\ntitle: T\ncolour: red\nid: bad id\n---\n## P\nx\n"
        #expect(rendered(parse(text).1) == [
            "test.md:3:1: warning: unknown header key 'colour' (known: id, title, summary, requires)",
            "test.md:4:5: 'bad id' is not a valid lesson id: use letters, digits, '-', '_' and '.'",
        ])
        #expect(rendered(parse("---\ntitle: T\n---\n## P\nx\n").1) == ["test.md:1:1: the header has no 'id:'"])
        #expect(rendered(parse("---\nid: a\n## P\n").1).first == "test.md:1:1: the header is never closed: add a '---' line after it")
    }

    @Test func predictProblems() {
        let text = "---\nid: a\ntitle: A\n---\n## One\n```predict\n1\n```\n```python demo id=d\nprint(1)\n```\n```predict demo=other\n1\n```\n```predict\n1\n```\n```predict\n1\n```\n"
        #expect(rendered(parse(text).1) == [
            "test.md:6:1: a predict block needs a ```python demo block before it on the same page",
            "test.md:12:1: a predict block names demo 'other', which is not on this page before it",
            "test.md:18:1: the demo 'd' already has a predict block",
        ])
    }

    @Test func exerciseProblems() {
        let text = """
        ---
        id: a
        title: A
        ---
        ## One
        ```exercise id=e1
        Task.
        --- output
        x
        ```
        ```exercise id=e2
        Task.
        --- code lacks
        time.sleep
        --- solutoin
        x
        --- solution
        import time
        time.sleep(1)
        ```
        """
        #expect(rendered(parse(text).1) == [
            "test.md:6:1: the exercise 'e1' has no solution: add a '--- solution' section",
            "test.md:15:1: unknown exercise section '--- solutoin' (known: starter, solution, hint, output, output contains, code contains, code lacks)",
            "test.md:17:1: the solution of 'e2' fails its own check: the code must not contain `time.sleep`",
        ])
    }

    @Test func unclosedBlockAndDuplicateIDsAndEmptyPage() {
        let text = "---\nid: a\ntitle: A\n---\n## Empty\n## One\n```python demo id=d\nprint(1)\n```\n```python demo id=d\nprint(2)\n"
        #expect(Set(rendered(parse(text).1)) == [
            "test.md:5:1: warning: page 'Empty' is empty",
            "test.md:10:1: the ```python demo id=d block is never closed",
            "test.md:10:1: duplicate item id 'd' (first used at line 7)",
        ])
    }

    @Test func codeValidatorProblemsMapToFilePositions() {
        let text = "---\nid: a\ntitle: A\n---\n## One\n```python demo\n\nx = 1\nif x\n```\n```exercise\nT\n--- solution\nx = 1\nif x\n```\n"
        let validator: CodeValidator = { code in
            code.contains("if x\n") || code.hasSuffix("if x") ? [CodeProblem(line: 2, column: 5, message: "expected ':'")] : []
        }
        #expect(rendered(parse(text, validator: validator).1) == [
            "test.md:9:5: expected ':'",
            "test.md:11:1: warning: the exercise 'one.exercise-1' has no checks ('--- output', '--- code contains', ...)",
            "test.md:15:5: expected ':'",
        ])
    }
}
