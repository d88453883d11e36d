import Foundation
import PurserModel

/// Reads the catalog format (built-in file and fleet `pricing.yaml` overrides alike).
enum PricingCatalogDecoder {
    static func decode(_ file: SourceFile, over base: PricingCatalog?, context: DecodingContext) -> PricingCatalog {
        let fallback = PricingCatalog.Price(amount: 0, source: "", asOf: "")
        var catalog = base ?? PricingCatalog(currency: "USD", cpuCoreHour: fallback, memoryGiBHour: fallback, accelerators: [:])
        let (documents, syntax) = YAMLParser.documents(of: file)
        syntax.forEach(context.append)
        guard let root = documents.first, let m = context.mapping(root, path: "", known: ["currency", "compute", "accelerators"]) else { return catalog }
        if let n = m.field("currency"), let currency = context.string(n, path: "currency") {
            if currency.utf8.count != 3 || !currency.utf8.allSatisfy({ $0 >= 65 && $0 <= 90 }) {
                context.report(.invalidPricing, at: n.location, path: "currency", "'\(currency)' is not an ISO 4217 currency code such as USD")
            }
            catalog.currency = currency
        }
        if let n = m.field("compute"), let c = context.mapping(n, path: "compute", known: ["cpuCoreHour", "memoryGiBHour"]) {
            if let p = c.field("cpuCoreHour") { catalog.cpuCoreHour = price(p, path: "compute.cpuCoreHour", file: file, base: catalog.cpuCoreHour, context: context) }
            if let p = c.field("memoryGiBHour") { catalog.memoryGiBHour = price(p, path: "compute.memoryGiBHour", file: file, base: catalog.memoryGiBHour, context: context) }
        }
        if let n = m.field("accelerators") {
            guard case .mapping(let pairs, _) = n else {
                context.report(.typeMismatch, at: n.location, path: "accelerators", "expected a mapping of accelerator keys, found \(n.kindDescription)")
                return catalog
            }
            for pair in pairs {
                let key = pair.key.text, path = "accelerators.\(key)"
                guard let a = context.mapping(pair.value, path: path, known: ["price", "resourceName", "nodeSelector", "source", "asOf",
                                                                                  "memoryGiB", "watts", "partitionOf", "computeShare"]) else { continue }
                let existing = catalog.accelerators[key]
                var accelerator = existing ?? PricingCatalog.Accelerator(price: fallback, resourceName: "nvidia.com/gpu", nodeSelector: [:])
                accelerator.price = price(pair.value, path: path, file: file, base: existing?.price, context: context, reportUnknown: false)
                if let r = a.field("resourceName"), let name = context.string(r, path: "\(path).resourceName") { accelerator.resourceName = name }
                if let s = a.field("nodeSelector"), let selector = context.stringMap(s, path: "\(path).nodeSelector") { accelerator.nodeSelector = selector }
                func positive(_ name: String, upTo limit: Double) -> Double? {
                    guard let n = a.field(name), let v = context.double(n, path: "\(path).\(name)") else { return nil }
                    guard v > 0, v <= limit else {
                        context.report(.invalidPricing, at: n.location, path: "\(path).\(name)", "must be a positive number up to \(Int(limit)), found \(v)")
                        return nil
                    }
                    return v
                }
                if let v = positive("memoryGiB", upTo: 100_000) { accelerator.memoryGiB = v }
                if let v = positive("watts", upTo: 100_000) { accelerator.watts = v }
                if let v = positive("computeShare", upTo: 1) { accelerator.computeShare = v }
                if let n = a.field("partitionOf"), let whole = context.string(n, path: "\(path).partitionOf") { accelerator.partitionOf = whole }
                catalog.accelerators[key] = accelerator
            }
        }
        return catalog
    }

    /// A `{price, source, asOf}` mapping; extra keys of accelerator entries are read by the caller.
    private static func price(_ node: YAMLNode, path: String, file: SourceFile, base: PricingCatalog.Price?, context: DecodingContext, reportUnknown: Bool = true) -> PricingCatalog.Price {
        var result = base ?? PricingCatalog.Price(amount: 0, source: file.path, asOf: "")
        guard case .mapping(let pairs, let location) = node else {
            context.report(.typeMismatch, at: node.location, path: path, "expected a mapping with 'price', found \(node.kindDescription)")
            return result
        }
        var sawPrice = false
        for pair in pairs {
            switch pair.key.text {
            case "price":
                guard let amount = context.decimal(pair.value, path: "\(path).price") else { continue }
                if amount < 0 { context.report(.invalidPricing, at: pair.value.location, path: "\(path).price", "a price cannot be negative") }
                result.amount = amount
                sawPrice = true
                if base != nil { result.source = file.path }
            case "source": result.source = context.string(pair.value, path: "\(path).source") ?? result.source
            case "asOf": result.asOf = context.string(pair.value, path: "\(path).asOf") ?? result.asOf
            case "resourceName", "nodeSelector", "memoryGiB", "watts", "partitionOf", "computeShare": continue
            default:
                guard reportUnknown else { continue }
                let known = ["price", "source", "asOf"]
                context.report(.unknownField, at: pair.key.location, path: "\(path).\(pair.key.text)", "unknown field '\(pair.key.text)'; expected one of: \(known.joined(separator: ", "))",
                               hint: DidYouMean.suggestion(for: pair.key.text, among: known).map { "did you mean '\($0)'?" })
            }
        }
        if !sawPrice, base == nil {
            context.report(.missingField, at: location, path: "\(path).price", "missing required field 'price'")
        }
        return result
    }
}
