import PlanModel

/// A plan the plans picker offers: what it shows and where the runner finds the file.
public struct PlanChoice: Sendable, Equatable {
    public var id: String
    public var title: String
    public var document: String
    public var year: Int
    /// The plan file's path, for the runner to open.
    public var location: String
    /// Overall completion as of the day the runner chose; nil when not known.
    public var completion: Completion?
    /// Why the plan does not load (its first error), when it does not.
    public var problem: String?

    public init(id: String, title: String, document: String, year: Int, location: String, completion: Completion?) {
        self.id = id
        self.title = title
        self.document = document
        self.year = year
        self.location = location
        self.completion = completion
    }

    /// A plan file that does not load: listed by its file name, with the reason.
    public init(failed name: String, location: String, problem: String) {
        self.init(id: name, title: "", document: "", year: 0, location: location, completion: nil)
        self.problem = problem
    }

    /// The choice for a plan whose status is computed.
    public init(status: PlanStatus, location: String) {
        let info = status.plan.info
        self.init(id: info.id, title: info.title, document: info.document, year: info.year,
                  location: location, completion: status.overall)
    }
}
