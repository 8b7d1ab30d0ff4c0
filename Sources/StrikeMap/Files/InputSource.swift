/// Where a document is read from: a file by path, or standard input (`-`).
package enum InputSource: Hashable, Sendable {
    case file(String)
    case standardInput
}
