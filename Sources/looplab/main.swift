import Foundation

// Temporary dispatcher until the tutor's command line lands.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "run" {
    exit(RunCommand.main(Array(arguments.dropFirst())))
}
print("looplab: under construction")
