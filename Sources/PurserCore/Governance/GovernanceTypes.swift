import PurserAnalytics

// The analytics' governance value types under the names the CLI and server use, so those layers
// depend on PurserCore alone (docs/ARCHITECTURE.md).
public typealias GroupRates = PurserAnalytics.GroupRates
public typealias NumericDrift = PurserAnalytics.NumericDrift
public typealias CategoricalDrift = PurserAnalytics.CategoricalDrift
