import Foundation
@testable import LessonKit

/// Parses `text` as the file `path` and returns the lesson and its diagnostics.
func parse(_ text: String, path: String = "test.md", validator: CodeValidator? = nil) -> (Lesson, [LessonDiagnostic]) {
    LessonParser.parse(path: path, text: text, validator: validator)
}

/// Diagnostics rendered as `file:line:col: message` strings.
func rendered(_ diagnostics: [LessonDiagnostic]) -> [String] { diagnostics.map(\.description) }

/// The repository's `Lessons/` folder, found from this source file.
let lessonsFolder: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lessons").path

/// A fresh empty temporary directory.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lessonkit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small lesson with every kind of block, used by several tests.
let sampleLesson = """
---
id: sample
title: Sample lesson
summary: Every block kind once.
requires: basics
---

# Sample lesson

Intro text.

## Running code

Some **text**.

```python
print("shown, not run")
```

```python demo id=hello
print("hi")
print("there")
```

```predict
hi
there
```

## Questions

```quiz id=q1
Pick one.
- [ ] Wrong
  > Because.
- [x] Right
  > Indeed.
> Shown after any answer.
```

```quiz multiple
Pick many.
- [x] A
  > yes
- [x] B
  > yes
- [ ] C
  > no
```

## Exercise

```exercise id=ex
Do the thing.
--- starter
pass
--- output
done
--- code contains
print
--- hint
First hint.
--- hint
Second hint.
--- solution
print("done")
```
"""
