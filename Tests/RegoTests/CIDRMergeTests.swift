import Foundation
import Rego
import Testing

/// `net.cidr_merge`, from OPA's policy reference: the smallest set of CIDRs covering the inputs.
/// A bare IPv4 address is its classful network (Go's `net.IP.DefaultMask`, which OPA applies:
/// /8 below 128., /16 below 192., else /24); a bare IPv6 address is an error.
@Suite struct CIDRMergeTests {
    @Test(arguments: [
        (#"net.cidr_merge(["192.0.128.0/24", "192.0.129.0/24"])"#, #"["192.0.128.0/23"]"#),
        (#"net.cidr_merge(["10.0.0.0/8", "10.1.0.0/16", "10.0.0.0/8"])"#, #"["10.0.0.0/8"]"#),
        (#"net.cidr_merge({"192.168.1.0", "192.168.1.1"})"#, #"["192.168.1.0/24"]"#),
        (#"net.cidr_merge(["1.1.1.1", "1.1.1.2"])"#, #"["1.0.0.0/8"]"#),
        (#"net.cidr_merge(["172.16.0.1/32", "172.16.9.9"])"#, #"["172.16.0.0/16"]"#),
        (#"net.cidr_merge(["192.0.128.5/24"])"#, #"["192.0.128.0/24"]"#),
        (#"net.cidr_merge(["0.0.0.0/0", "8.8.8.8"])"#, #"["0.0.0.0/0"]"#),
        (#"net.cidr_merge(["255.255.255.255/32", "255.255.255.254/32"])"#, #"["255.255.255.254/31"]"#),
        (#"net.cidr_merge(["255.255.255.255", "255.255.255.254/32"])"#, #"["255.255.255.0/24"]"#),
        (#"net.cidr_merge(["2001:db8::/33", "2001:db8:8000::/33"])"#, #"["2001:db8::/32"]"#),
        (#"net.cidr_merge(["10.0.0.0/24", "2001:db8::1/128", "10.0.1.0/24"])"#, #"["10.0.0.0/23","2001:db8::1/128"]"#),
        (#"net.cidr_merge(["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/30"])"#, #"["10.0.0.1/32","10.0.0.2/31","10.0.0.4/30"]"#),
        (#"net.cidr_merge([])"#, #"[]"#),
    ])
    func mergesAsOPA(expr: String, want: String) throws {
        // Sets print sorted; compare as sorted arrays of strings.
        let got = try #require(try evalExpr("sort(\(expr))"))
        #expect(got == want, "\(expr)")
    }

    @Test func invalidInputIsAnError() {
        #expect(throws: RegoError.self) { _ = try evalExpr(#"net.cidr_merge(["10.0.0.0/33"])"#, strict: true) }
        #expect(throws: RegoError.self) { _ = try evalExpr(#"net.cidr_merge(["not-an-ip"])"#, strict: true) }
        #expect(throws: RegoError.self) { _ = try evalExpr(#"net.cidr_merge([1])"#, strict: true) }
        #expect(throws: RegoError.self) { _ = try evalExpr(#"net.cidr_merge(["2001:db8::1"])"#, strict: true) }
    }
}
