import GoldenFiles

/// This suite's golden files, under `Goldens/` beside this file.
let Golden = GoldenFiles(besides: #filePath)
