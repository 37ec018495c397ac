import Foundation

exit(LoopLabCLI.main(Array(CommandLine.arguments.dropFirst())))
