import LGPSRules
import SQLKit

/// How a nomination is stored in `nominations` (shares in basis points, ordered by position).
enum NominationRow {
    static let columns = ["person_id", "position", "fund_id", "name", "relationship", "date_of_birth",
                          "share_basis_points", "made_on"]

    static func values(personID: Int64, position: Int, fundID: Int64, _ n: Nomination) -> [any SQLCellConvertible] {
        [personID, Int64(position), fundID, n.name, n.relationship, n.dateOfBirth?.description,
         Int64(n.shareBasisPoints), n.madeOn.description]
    }

    static func decode(_ row: any SQLRow) throws -> Nomination {
        Nomination(name: try row.string("name"), relationship: try row.string("relationship"),
                   dateOfBirth: try row.optionalDate("date_of_birth"),
                   shareBasisPoints: Int(try row.int64("share_basis_points")), madeOn: try row.date("made_on"))
    }

    static func auditFields(_ n: Nomination) -> AuditFields {
        var fields = AuditFields()
        fields.add("name", n.name)
        fields.add("relationship", n.relationship)
        fields.add("date_of_birth", n.dateOfBirth?.description)
        fields.add("share_basis_points", number: Int64(n.shareBasisPoints))
        fields.add("made_on", n.madeOn.description)
        return fields
    }
}
