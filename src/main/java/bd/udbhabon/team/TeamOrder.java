package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;

/**
 * An office order on a team, a draft or issued. The members are the whole team from
 * {@code effectiveFrom} on; a dissolution has none.
 *
 * @param findings the rules of the notification applied when it was issued (or, for a draft, now)
 */
public record TeamOrder(long id, long officeId, long formingOfficeId, OrderKind kind, boolean issued,
                        LocalDate effectiveFrom, long notificationId, String preambleBn, String closingBn,
                        String justification, List<Finding> findings, Boolean compliant, String memoNumber,
                        LocalDate issuedOn, LocalDate cabinetInformedOn, List<PlannedMember> members) {

    public TeamOrder {
        findings = findings == null ? List.of() : List.copyOf(findings);
        members = List.copyOf(members);
    }
}
