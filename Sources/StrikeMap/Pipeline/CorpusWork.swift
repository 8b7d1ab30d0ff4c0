/// What a worker of the corpus reads: an input of the walk, or a row of a table named among the inputs.
package enum CorpusWork: Sendable {
    case input(InputSource)
    case row(TableRowDocument)
}
