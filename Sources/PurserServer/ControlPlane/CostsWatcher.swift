import Foundation

/// The leader's cost folder (`purser up --costs DIR`): ingests each FOCUS export (`.csv`,
/// `.csv.gz`) that appears or changes there, once it has kept the same size and modification
/// time for one interval, so a file still being copied in is not read half-written. The ledger
/// skips a file whose content it holds already, so a new leader re-reading the folder, or two
/// leaders (impossible, but) reading it at once, never ingest anything twice. A file that fails
/// is logged and counted, and tried again only when it changes.
///
/// A file that changes is a newer version of the same export (cloud exports rewrite the current
/// month's file in place, each version holding the whole month so far), so it replaces the
/// version the ledger holds under the same path in one transaction (`IngestOptions.replacing`)
/// instead of adding to it. `purser up` standardizes the folder's path (absolute, no `.` or
/// `..`), so a restart that spells the folder differently still finds the earlier version.
struct CostsWatcher {
    let plane: ControlPlane
    let folder: URL
    let interval: Duration

    struct Stamp: Equatable {
        var size: Int
        var modified: Date
    }

    func run() async {
        var lastSeen: [String: Stamp] = [:]
        var handled: [String: Stamp] = [:]
        while !Task.isCancelled {
            let now = exports()
            for (path, stamp) in now.sorted(by: { $0.key < $1.key }) where handled[path] != stamp && lastSeen[path] == stamp {
                if Task.isCancelled { return }
                await ingest(URL(fileURLWithPath: path))
                handled[path] = stamp
            }
            lastSeen = now
            handled = handled.filter { now[$0.key] != nil }
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }

    /// The folder's exports with their stamps (hidden and partial files skipped).
    func exports() -> [String: Stamp] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            plane.logger.warning("cannot read the cost folder \(folder.path)")
            return [:]
        }
        var found: [String: Stamp] = [:]
        for name in names where !name.hasPrefix(".") && (name.hasSuffix(".csv") || name.hasSuffix(".csv.gz")) {
            let path = folder.appendingPathComponent(name).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { continue }
            found[path] = Stamp(size: size, modified: modified)
        }
        return found
    }

    /// Ingests off the cooperative pool (an ingest blocks its thread for seconds on a large file).
    func ingest(_ file: URL) async {
        let plane = plane
        await BlockingCall.run {
            do {
                for line in try plane.ingest(files: [file], actor: "costs-folder", replacing: true) { plane.logger.info("ledger: \(line)") }
            } catch {
                plane.logger.error("\(error)")
            }
        }
    }
}
