import Foundation

/// The JSON bodies of MLflow's REST API 2.0, as far as Purser reads them. Every field is optional
/// because MLflow leaves out empty ones (no `tags`, no `run_id`).
enum MLflowWire {
    struct ErrorBody: Decodable {
        var errorCode: String?
        var message: String?
    }

    struct Tag: Decodable {
        var key: String
        var value: String?
    }

    struct ModelVersion: Decodable {
        var name: String?
        var version: String?
        var currentStage: String?
        var status: String?
        var statusMessage: String?
        var runId: String?
        var source: String?
        var tags: [Tag]?
        var aliases: [String]?

        func value(model: String) -> MLflowModelVersion {
            MLflowModelVersion(
                name: name ?? model, version: version ?? "", currentStage: currentStage ?? "None", status: status ?? "",
                statusMessage: statusMessage.flatMap { $0.isEmpty ? nil : $0 }, runID: runId.flatMap { $0.isEmpty ? nil : $0 },
                source: source, tags: Dictionary((tags ?? []).map { ($0.key, $0.value ?? "") }, uniquingKeysWith: { _, last in last }),
                aliases: aliases ?? [])
        }
    }

    struct Alias: Decodable {
        var alias: String
        var version: String
    }

    struct RegisteredModel: Decodable {
        var name: String?
        var aliases: [Alias]?
    }

    struct RegisteredModelResponse: Decodable { var registeredModel: RegisteredModel }
    struct ModelVersionResponse: Decodable { var modelVersion: ModelVersion }
    struct SearchResponse: Decodable {
        var modelVersions: [ModelVersion]?
        var nextPageToken: String?
    }

    /// A metric value: a JSON number, or the strings protobuf's JSON uses for NaN and infinities.
    struct MetricValue: Decodable {
        var value: Double
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                value = number
                return
            }
            switch try container.decode(String.self) {
            case "NaN": value = .nan
            case "Infinity": value = .infinity
            case "-Infinity": value = -.infinity
            case let other:
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(other)' is not a number")
            }
        }
    }

    struct Metric: Decodable {
        var key: String
        var value: MetricValue?
    }

    struct Run: Decodable {
        struct Info: Decodable {
            var runId: String?
            var runUuid: String?
        }
        struct DataSection: Decodable { var metrics: [Metric]? }
        var info: Info
        var data: DataSection?
    }

    struct RunResponse: Decodable { var run: Run }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
