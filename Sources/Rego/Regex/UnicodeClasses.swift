/// Named classes usable in patterns: Perl `\d \s \w`, POSIX `[:alpha:]` (both ASCII-only, as in Go),
/// and Unicode `\p{...}`: `Any`, `ASCII`, `Assigned`, every general category by abbreviation or long
/// name (`L`, `Lu`, `LC`, `Cn`, `Letter`, `Uppercase_Letter`, ...) and scripts (`Latin`, `Greek`,
/// `Cyrillic` and `Han` from the table below, any other from `UnicodeScripts`). Names are matched
/// loosely (case, spaces, `_` and `-` ignored), as Go 1.25 does.
enum UnicodeClasses {
    static let perl: [Character: ScalarSet] = [
        "d": ScalarSet([48...57]),
        "s": ScalarSet([9...10, 12...13, 32...32]),
        "w": ScalarSet([48...57, 65...90, 95...95, 97...122]),
    ]

    static let posix: [String: ScalarSet] = [
        "alnum": ScalarSet([48...57, 65...90, 97...122]),
        "alpha": ScalarSet([65...90, 97...122]),
        "ascii": ScalarSet([0...0x7F]),
        "blank": ScalarSet([9...9, 32...32]),
        "cntrl": ScalarSet([0...0x1F, 0x7F...0x7F]),
        "digit": ScalarSet([48...57]),
        "graph": ScalarSet([0x21...0x7E]),
        "lower": ScalarSet([97...122]),
        "print": ScalarSet([0x20...0x7E]),
        "punct": ScalarSet([0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]),
        "space": ScalarSet([9...13, 32...32]),
        "upper": ScalarSet([65...90]),
        "word": ScalarSet([48...57, 65...90, 95...95, 97...122]),
        "xdigit": ScalarSet([48...57, 65...70, 97...102]),
    ]

    /// The set named by `\p{name}`, or nil when Go would not know the name either (or it is not supported here).
    static func unicode(_ name: String) -> ScalarSet? {
        let key = looseName(name)
        switch key {
        case "any": return .all
        case "ascii": return ScalarSet([0...0x7F])
        case "assigned": return categories["Cn"]?.inverted()
        default: break
        }
        if let s = scriptsByLooseName[key] { return s }
        if let abbreviation = categoryAbbreviations[key] { return categories[abbreviation] }
        return UnicodeScripts.scalars(ofScript: name)
    }

    private static func looseName(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" })
    }

    private static let scriptsByLooseName = Dictionary(uniqueKeysWithValues: scripts.map { (looseName($0.key), $0.value) })

    /// Loose abbreviation or long name (Unicode's PropertyValueAliases for General_Category) to abbreviation.
    private static let categoryAbbreviations: [String: String] = {
        let aliases: [String: [String]] = [
            "C": ["Other"], "Cc": ["Control"], "Cf": ["Format"], "Cn": ["Unassigned"], "Co": ["Private_Use"],
            "Cs": ["Surrogate"], "L": ["Letter"], "LC": ["Cased_Letter"], "Ll": ["Lowercase_Letter"],
            "Lm": ["Modifier_Letter"], "Lo": ["Other_Letter"], "Lt": ["Titlecase_Letter"], "Lu": ["Uppercase_Letter"],
            "M": ["Mark", "Combining_Mark"], "Mc": ["Spacing_Mark"], "Me": ["Enclosing_Mark"], "Mn": ["Nonspacing_Mark"],
            "N": ["Number"], "Nd": ["Decimal_Number"], "Nl": ["Letter_Number"], "No": ["Other_Number"],
            "P": ["Punctuation"], "Pc": ["Connector_Punctuation"], "Pd": ["Dash_Punctuation"], "Pe": ["Close_Punctuation"],
            "Pf": ["Final_Punctuation"], "Pi": ["Initial_Punctuation"], "Po": ["Other_Punctuation"],
            "Ps": ["Open_Punctuation"], "S": ["Symbol"], "Sc": ["Currency_Symbol"], "Sk": ["Modifier_Symbol"],
            "Sm": ["Math_Symbol"], "So": ["Other_Symbol"], "Z": ["Separator"], "Zl": ["Line_Separator"],
            "Zp": ["Paragraph_Separator"], "Zs": ["Space_Separator"],
        ]
        var out: [String: String] = [:]
        for (abbreviation, names) in aliases {
            out[looseName(abbreviation)] = abbreviation
            for name in names { out[looseName(name)] = abbreviation }
        }
        return out
    }()

    private static let scripts: [String: ScalarSet] = [
        "Latin": ScalarSet([
            0x41...0x5A, 0x61...0x7A, 0xAA...0xAA, 0xBA...0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2B8,
            0x2E0...0x2E4, 0x1D00...0x1D25, 0x1D2C...0x1D5C, 0x1D62...0x1D65, 0x1D6B...0x1D77, 0x1D79...0x1DBE,
            0x1E00...0x1EFF, 0x2071...0x2071, 0x207F...0x207F, 0x2090...0x209C, 0x212A...0x212B, 0x2132...0x2132,
            0x214E...0x214E, 0x2160...0x2188, 0x2C60...0x2C7F, 0xA722...0xA787, 0xA78B...0xA7CA, 0xA7D0...0xA7D1,
            0xA7D3...0xA7D3, 0xA7D5...0xA7D9, 0xA7F2...0xA7FF, 0xAB30...0xAB5A, 0xAB5C...0xAB64, 0xAB66...0xAB69,
            0xFB00...0xFB06, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0x10780...0x10785, 0x10787...0x107B0,
            0x107B2...0x107BA, 0x1DF00...0x1DF1E, 0x1DF25...0x1DF2A,
        ]),
        "Greek": ScalarSet([
            0x370...0x373, 0x375...0x377, 0x37A...0x37D, 0x37F...0x37F, 0x384...0x384, 0x386...0x386,
            0x388...0x38A, 0x38C...0x38C, 0x38E...0x3A1, 0x3A3...0x3E1, 0x3F0...0x3FF, 0x1D26...0x1D2A,
            0x1D5D...0x1D61, 0x1D66...0x1D6A, 0x1DBF...0x1DBF, 0x1F00...0x1F15, 0x1F18...0x1F1D, 0x1F20...0x1F45,
            0x1F48...0x1F4D, 0x1F50...0x1F57, 0x1F59...0x1F59, 0x1F5B...0x1F5B, 0x1F5D...0x1F5D, 0x1F5F...0x1F7D,
            0x1F80...0x1FB4, 0x1FB6...0x1FC4, 0x1FC6...0x1FD3, 0x1FD6...0x1FDB, 0x1FDD...0x1FEF, 0x1FF2...0x1FF4,
            0x1FF6...0x1FFE, 0x2126...0x2126, 0xAB65...0xAB65, 0x10140...0x1018E, 0x101A0...0x101A0,
            0x1D200...0x1D245,
        ]),
        "Cyrillic": ScalarSet([
            0x400...0x484, 0x487...0x52F, 0x1C80...0x1C88, 0x1D2B...0x1D2B, 0x1D78...0x1D78, 0x2DE0...0x2DFF,
            0xA640...0xA69F, 0xFE2E...0xFE2F, 0x1E030...0x1E06D, 0x1E08F...0x1E08F,
        ]),
        "Han": ScalarSet([
            0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005...0x3005, 0x3007...0x3007, 0x3021...0x3029,
            0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0x16FE2...0x16FE3,
            0x16FF0...0x16FF1, 0x20000...0x2A6DF, 0x2A700...0x2B739, 0x2B740...0x2B81D, 0x2B820...0x2CEA1,
            0x2CEB0...0x2EBE0, 0x2F800...0x2FA1D, 0x30000...0x3134A, 0x31350...0x323AF,
        ]),
    ]

    private static func abbreviation(_ c: Unicode.GeneralCategory) -> String {
        switch c {
        case .uppercaseLetter: "Lu"
        case .lowercaseLetter: "Ll"
        case .titlecaseLetter: "Lt"
        case .modifierLetter: "Lm"
        case .otherLetter: "Lo"
        case .nonspacingMark: "Mn"
        case .spacingMark: "Mc"
        case .enclosingMark: "Me"
        case .decimalNumber: "Nd"
        case .letterNumber: "Nl"
        case .otherNumber: "No"
        case .connectorPunctuation: "Pc"
        case .dashPunctuation: "Pd"
        case .openPunctuation: "Ps"
        case .closePunctuation: "Pe"
        case .initialPunctuation: "Pi"
        case .finalPunctuation: "Pf"
        case .otherPunctuation: "Po"
        case .mathSymbol: "Sm"
        case .currencySymbol: "Sc"
        case .modifierSymbol: "Sk"
        case .otherSymbol: "So"
        case .spaceSeparator: "Zs"
        case .lineSeparator: "Zl"
        case .paragraphSeparator: "Zp"
        case .control: "Cc"
        case .format: "Cf"
        case .surrogate: "Cs"
        case .privateUse: "Co"
        case .unassigned: "Cn"
        @unknown default: "Cn"
        }
    }

    /// General categories from the standard library's Unicode tables, built once on first use.
    /// Like Go, `C` is Cc, Cf, Co and Cs: unassigned code points are only in `Cn`.
    private static let categories: [String: ScalarSet] = {
        var ranges: [String: [ClosedRange<UInt32>]] = [:]
        var runStart: UInt32 = 0
        var runCategory = "Cc"
        func close(_ end: UInt32) {
            ranges[runCategory, default: []].append(runStart...end)
        }
        for v in UInt32(1)...ScalarSet.maxScalar {
            let category = Unicode.Scalar(v).map { abbreviation($0.properties.generalCategory) } ?? "Cs"
            if category != runCategory {
                close(v - 1)
                runStart = v
                runCategory = category
            }
        }
        close(ScalarSet.maxScalar)
        var out: [String: ScalarSet] = [:]
        var major: [String: [ClosedRange<UInt32>]] = [:]
        for (name, rs) in ranges {
            out[name] = ScalarSet(rs)
            if name != "Cn" { major[String(name.prefix(1)), default: []] += rs }
        }
        for (name, rs) in major { out[name] = ScalarSet(rs) }
        out["LC"] = ScalarSet((ranges["Lu"] ?? []) + (ranges["Ll"] ?? []) + (ranges["Lt"] ?? []))
        return out
    }()
}
