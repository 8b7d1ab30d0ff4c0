import Foundation

/// A table's open file, closed when the last reader of it is gone.
final class TableFile: @unchecked Sendable {
    let fd: Int32
    init(fd: Int32) { self.fd = fd }
    deinit { close(fd) }
}
