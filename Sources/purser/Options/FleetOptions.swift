import ArgumentParser

/// Where the fleet is and at which revision; shared by plan and render.
struct FleetOptions: ParsableArguments {
    @Argument(help: "The fleet repo folder (holding components/).")
    var path: String = "."

    @Option(help: "Read the fleet at this git revision instead of the working tree.")
    var rev: String?
}
