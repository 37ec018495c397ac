import LessonKit
import TerminalKit

// MARK: - Welcome, lessons and pages

extension TutorStep {
    mutating func welcome(notice: String?) {
        say("Welcome to LoopLab: learn Python's asyncio, one short page at a time.", .heading)
        if let notice { say(notice, .notice) }
        guard !model.course.lessons.isEmpty else {
            say("No lessons were found. Check `--lessons DIR` and LOOPLAB_LESSONS, or run `looplab lint`.", .failure)
            return
        }
        listLessons()
        if let current = model.progress.current, let (l, p) = model.progress.resumePoint(in: model.course),
           model.course.lessons[l].id == current.lesson {
            let lesson = model.course.lessons[l]
            say("Welcome back! You were reading \"\(lesson.pages[p].title)\" in \"\(lesson.title)\". Press Enter to continue there.")
        } else {
            say("Press Enter to start the first lesson, or type `open N` to pick one.")
        }
        say("`help` lists every command. Tab completes; Ctrl-D leaves.", .dim)
    }

    mutating func listLessons() {
        say("Lessons", .heading)
        for (index, lesson) in model.course.lessons.enumerated() {
            let record = model.progress.record(for: lesson.id)
            let seen = lesson.pages.filter { record.pagesSeen.contains($0.id) }.count
            let mark = model.progress.isComplete(lesson) ? model.mark("✓", "x") : seen > 0 ? model.mark("…", "~") : " "
            var line = "  \(mark) \(index + 1). \(lesson.title) (\(lesson.id)): \(seen)/\(lesson.pages.count) pages seen"
            if model.progress.current?.lesson == lesson.id { line += model.mark("  ← you are here", "  <- you are here") }
            say(line)
        }
    }

    /// `open N`, `open ID`, `open ID PAGE`; no argument resumes.
    mutating func open(_ arguments: [String]) {
        guard let target = arguments.first else {
            model.lessonIndex == nil ? resume() : say("Which lesson? For example `open 2` or `open coroutines`; `lessons` lists them.")
            return
        }
        let lessons = model.course.lessons
        var index: Int?
        if let number = Int(target) {
            index = number >= 1 && number <= lessons.count ? number - 1 : nil
        } else {
            index = model.course.index(ofLesson: target)
            if index == nil {
                let matches = lessons.indices.filter { lessons[$0].id.hasPrefix(target.lowercased()) }
                if matches.count == 1 { index = matches[0] }
            }
        }
        guard let index else {
            say("There is no lesson `\(target)`. Type `lessons` to see them (1–\(lessons.count)).", .failure)
            return
        }
        let lesson = lessons[index]
        var page = 0
        if arguments.count > 1 {
            guard let number = Int(arguments[1]), number >= 1, number <= lesson.pages.count else {
                say("\"\(lesson.title)\" has pages 1–\(lesson.pages.count).", .failure)
                return
            }
            page = number - 1
        } else if model.progress.current?.lesson == lesson.id, let resume = model.progress.resumePoint(in: model.course) {
            page = resume.page
        }
        go(lesson: index, page: page)
    }

    mutating func resume() {
        guard let (l, p) = model.progress.resumePoint(in: model.course) else {
            say("There are no lessons to open.", .failure)
            return
        }
        go(lesson: l, page: p)
    }

    mutating func next() {
        guard let l = model.lessonIndex, let lesson = model.lesson else {
            resume()
            return
        }
        if model.pageIndex + 1 < lesson.pages.count {
            go(lesson: l, page: model.pageIndex + 1)
        } else if l + 1 < model.course.lessons.count {
            say("\(model.mark("✓", "*")) That was the last page of \"\(lesson.title)\". On to the next lesson!", .success)
            go(lesson: l + 1, page: 0)
        } else {
            say("You have reached the end of the course. `lessons` and `progress` show what you have done.", .success)
        }
    }

    mutating func back() {
        guard let l = model.lessonIndex else {
            say("No lesson is open yet: press Enter to start, or `open N`.")
            return
        }
        if model.pageIndex > 0 {
            go(lesson: l, page: model.pageIndex - 1)
        } else if l > 0 {
            go(lesson: l - 1, page: max(0, model.course.lessons[l - 1].pages.count - 1))
        } else {
            say("This is the very first page.", .dim)
        }
    }

    mutating func go(lesson: Int, page: Int) {
        model.lessonIndex = lesson
        model.pageIndex = page
        showPage()
    }

    /// Shows the current page (and records the visit). A page taller than the screen opens
    /// in the pager when running on a terminal.
    mutating func showPage() {
        guard let l = model.lessonIndex, let lesson = model.lesson, let page = model.page else {
            say("No lesson is open yet: press Enter to start, or `open N`.")
            return
        }
        model.progress.visit(lesson: lesson.id, page: page.id)
        saveProgress()
        let entries: [TranscriptEntry] = [
            .blank,
            .text("Lesson \(l + 1)/\(model.course.lessons.count)\(model.mark(" · ", " - "))\(lesson.title)\(model.mark(" · ", " - "))page \(model.pageIndex + 1)/\(lesson.pages.count)", .heading),
            .markdown(PageText.markdown(page: page, lesson: lesson, record: model.progress.record(for: lesson.id))),
            .text(footer(page: page, lesson: lesson), .dim),
        ]
        model.add(entries)
        if model.interactive {
            let lines = model.renderer.render(entries)
            if lines.count > model.size.rows - 3 {
                model.pagedEntries = entries
                model.mode = .paging(Pager(lines: lines, height: model.size.rows))
            }
        }
    }

    func footer(page: Page, lesson: Lesson) -> String {
        var parts: [String] = []
        if !page.demos.isEmpty { parts.append("`run`") }
        if !page.quizzes.isEmpty { parts.append("`answer a|b|...`") }
        if !page.exercises.isEmpty { parts.append("`hint`") }
        let isLast = model.pageIndex + 1 >= lesson.pages.count
        let lastLesson = (model.lessonIndex ?? 0) + 1 >= model.course.lessons.count
        parts.append(isLast ? (lastLesson ? "Enter: end of course" : "Enter: next lesson") : "Enter: next page")
        parts.append("`back`")
        parts.append("`help`")
        return parts.joined(separator: model.mark(" · ", " - "))
    }
}
