/// Bounds on what one FOCUS file may demand of an ingest, so that a hostile or broken file fails
/// fast with a clear error instead of exhausting memory or time. The defaults are documented in
/// `docs/limits.md` (section "FOCUS ingest"); a breach is a `limit-exceeded` error naming the file
/// and the row, and it stops the ingest even with `skipInvalid`: past a breach the reader cannot
/// tell where the next record starts.
public struct IngestLimits: Sendable, Equatable {
    /// Longest CSV record (a line, or several when a quoted field spans lines), in bytes,
    /// line end included. Default 1 MiB: real FOCUS rows are a few KiB. The read buffer holds
    /// one record plus one 4 MiB block, so this bounds memory.
    public var maxRecordBytes: Int
    /// Longest single field, in bytes. Default 256 KiB (large Tags objects fit).
    public var maxFieldBytes: Int
    /// Decompressed bytes always allowed from a gzip file, whatever its ratio. Default 10 MiB.
    public var decompressedAllowanceBytes: Int64
    /// Beyond the allowance, decompressed bytes may be at most this many times the compressed
    /// file size. Default 200: CSV compresses 5–30×, a gzip bomb (zeros) about 1000×.
    public var maxDecompressionRatio: Int64
    /// Absolute cap on the decompressed bytes of one gzip file. Default 256 GiB.
    public var maxDecompressedBytes: Int64

    public init(maxRecordBytes: Int = 1 << 20, maxFieldBytes: Int = 256 << 10,
                decompressedAllowanceBytes: Int64 = 10 << 20, maxDecompressionRatio: Int64 = 200,
                maxDecompressedBytes: Int64 = 256 << 30) {
        self.maxRecordBytes = maxRecordBytes
        self.maxFieldBytes = maxFieldBytes
        self.decompressedAllowanceBytes = decompressedAllowanceBytes
        self.maxDecompressionRatio = maxDecompressionRatio
        self.maxDecompressedBytes = maxDecompressedBytes
    }

    /// The most decompressed bytes a gzip file of `compressedBytes` may produce.
    func decompressedBudget(compressedBytes: Int64) -> Int64 {
        let (scaled, overflow) = max(0, compressedBytes).multipliedReportingOverflow(by: maxDecompressionRatio)
        let byRatio = overflow ? Int64.max : scaled.addingReportingOverflow(decompressedAllowanceBytes).partialValue
        return min(byRatio < 0 ? Int64.max : byRatio, maxDecompressedBytes)
    }
}
