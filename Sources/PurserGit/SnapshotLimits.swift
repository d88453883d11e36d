/// The bounds on what a snapshot reads, the same in the working tree and at a revision.
/// docs/limits.md ("Filesystem") documents each value.
public enum SnapshotLimits {
    /// Largest fleet file read, in bytes. YAML files have a smaller limit of their own
    /// (`YAMLLimits` in PurserModel); this one also bounds Rego policies and JSON data and reports,
    /// and keeps a stray multi-gigabyte file from being read whole.
    public static let maxFileBytes = 16 << 20
}
