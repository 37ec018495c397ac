// TutorApp: the interactive tutor, in the Elm architecture (Bubble Tea's Model/Update/View).
// No I/O except in TutorProgram, and no Python: demos run through the `DemoRunner`
// protocol, which the `looplab` executable implements with the engine.
//
// Important files:
//   TutorModel.swift          the state (TutorModel) and transcript entries
//   TutorMessage.swift        messages in (keys, lines, resize, demo finished) and commands out
//   Tutor.swift               update(model, message) -> (model, [command]): keys, lines, quit
//   Tutor+Lessons.swift       welcome, lesson list, open/next/back, showing a page (pager)
//   Tutor+Items.swift         run + predict, answer, hint/solution, progress, reset
//   TutorCommandTable.swift   command names, aliases, help text, Tab completion
//   PageText.swift            a lesson page -> Markdown with its demos, quizzes, exercises
//   TranscriptRenderer.swift  transcript entries -> styled lines at a width
//   TutorView.swift           view(model, width, height) -> screen rows + cursor
//   TutorProgram.swift        the runtime: raw mode + frame diffs on a TTY, lines on a pipe
//   DemoRunner.swift          the engine seam, and a fake for tests
//
// Design choices worth knowing:
//   - The transcript keeps entries, not rendered lines, so a resize re-lays everything out.
//   - `solution` unlocks once every hint has been shown (or the exercise passed): hints first.
//   - Predictions are asked once per demo; the answer is recorded, later runs go straight on.
//   - Line-by-line mode (stdin not a terminal) prints no prompt and runs demos synchronously.
