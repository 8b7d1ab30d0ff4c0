/// The command line's inputs as one list (`InputWalk` drained): for small inputs and tests. A corpus is
/// read through the walk itself, which holds one directory listing at a time.
package enum InputCollector {
    package typealias Input = InputSource

    /// Inputs in order, the failed inputs and the warnings of the walk.
    package static func collect(_ arguments: [String], outputDirectory: String? = nil,
                               outputNames: Set<String> = []) -> (inputs: [Input], errors: [DocumentError], warnings: [Diagnostic]) {
        var walk = InputWalk(arguments, outputDirectory: outputDirectory, outputNames: outputNames)
        var result: (inputs: [Input], errors: [DocumentError], warnings: [Diagnostic]) = ([], [], [])
        for item in walk.all() {
            switch item {
            case .document(let i): result.inputs.append(i)
            case .failure(let e): result.errors.append(e)
            case .warning(let w): result.warnings.append(w)
            }
        }
        return result
    }
}
