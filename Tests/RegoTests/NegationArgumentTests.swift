import Foundation
import Rego
import Testing

/// OPA binds a negated expression's dynamic arguments before the negation (RewriteDynamicTerms):
/// an undefined argument fails the body instead of satisfying `not`. Expected answers are OPA's,
/// from its compiler's documented rewrites and OPA issues #1877 and #4743.
@Suite struct NegationArgumentTests {
    static let module = """
        package t
        import rego.v1

        obj := {}
        f(_) := true
        no(_) := false

        call_undefined_arg if { not f(input.missing) }
        call_defined_arg_false if { not no(input.present) }
        ref_dynamic_key if { not obj[input.key_not_present] }
        ref_static_key if { not obj.absent }
        plain_ref if { not input.missing }
        builtin_undefined_arg if { not startswith(input.missing, "a") }
        builtin_defined_arg if { not startswith(input.present, "a") }
        double_equals_undefined_sides if { not input.a == input.b }
        neq_undefined_side if { not input.a != 1 }
        array_arg if { not f([input.missing]) }
        nested_call if { not f(upper(input.missing)) }
        nested_call_defined if { not no(upper(input.present)) }
        unify_side_key if { not input.present = obj[input.missing] }
        with_modifier if { not f(input.k) with input as {"k": 1} }
        with_modifier_undefined if { not no(input.k) with input as {"j": 1} }
        """

    @Test(arguments: [
        ("call_undefined_arg", false), ("call_defined_arg_false", true), ("ref_dynamic_key", false), ("ref_static_key", true),
        ("plain_ref", true), ("builtin_undefined_arg", false), ("builtin_defined_arg", true), ("double_equals_undefined_sides", true),
        ("neq_undefined_side", false), ("array_arg", false), ("nested_call", false), ("nested_call_defined", true),
        ("unify_side_key", false), ("with_modifier", false), ("with_modifier_undefined", false),
    ])
    func answersAsOPA(rule: String, defined: Bool) throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "t.rego", source: Self.module)])
        let result = try engine.evaluateRef("data.t.\(rule)", input: ["present": "b"])
        #expect((result == .bool(true)) == defined, "\(rule): \(String(describing: result))")
    }

    /// The Gatekeeper library's pod-security-policy `users` template checks
    /// `not accept_value(rule, provided_value, params.ranges)`; with `rule: RunAsAny` and no
    /// `ranges`, OPA reports no violation.
    @Test func gatekeeperUsersRunAsAnyWithoutRangesIsNoViolation() throws {
        let engine = try RegoEngine(modules: [RegoModule(path: "users.rego", source: """
            package k8spspallowedusers

            violation[{"msg": msg}] {
              params := input.parameters.fsGroup
              provided := input.review.object.spec.securityContext.fsGroup
              not accept_value(params.rule, provided, params.ranges)
              msg := sprintf("fsGroup %v is not allowed", [provided])
            }

            accept_value("RunAsAny", _, _)
            accept_value("MustRunAs", provided, ranges) {
              ranges[_].min <= provided
              provided <= ranges[_].max
            }
            """)], options: RegoOptions(regoVersion: .v0))
        let pod: RegoValue = ["object": ["spec": ["securityContext": ["fsGroup": 2000]]]]
        let anyGroup = try engine.evaluateRef("data.k8spspallowedusers.violation",
                                              input: ["review": pod, "parameters": ["fsGroup": ["rule": "RunAsAny"]]])
        #expect(anyGroup == nil || anyGroup == .set([]))
        let outOfRange = try engine.evaluateRef("data.k8spspallowedusers.violation",
                                                input: ["review": pod, "parameters": ["fsGroup": ["rule": "MustRunAs", "ranges": [["min": 1, "max": 10]]]]])
        #expect(outOfRange == .set([["msg": "fsGroup 2000 is not allowed"]]))
    }
}
