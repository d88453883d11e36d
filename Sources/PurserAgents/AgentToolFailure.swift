/// A tool that ran but could not do what was asked (no such component, a change set that needs
/// a person's approval, …): the client gets it as a tool result with `isError`, not as a
/// protocol error, so the agent can read why.
struct AgentToolFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }
}
