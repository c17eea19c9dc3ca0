package bd.udbhabon.team.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamOrder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Who forms an office's team and who may write its orders: drafting needs WRITE_RECORDS on the team's
 * office or its forming office, issuing ADMINISTER_OFFICE on the forming office.
 */
@Component
class TeamAuthority {

    private final OfficeDirectory offices;
    private final Policies policies;
    private final TeamRules rules;
    private final TeamOrderStore store;
    private final AccessPolicy access;

    TeamAuthority(OfficeDirectory offices, Policies policies, TeamRules rules, TeamOrderStore store, AccessPolicy access) {
        this.offices = offices;
        this.policies = policies;
        this.rules = rules;
        this.store = store;
        this.access = access;
    }

    Office office(long officeId) {
        return offices.find(officeId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    Notification inForce(LocalDate date) {
        return policies.inForce(date).orElseThrow(() -> UserFacingException.badRequest("team.noNotification"));
    }

    long formingOffice(long officeId, LocalDate date) {
        Office office = office(officeId);
        return policies.inForce(date).map(n -> rules.formingOffice(office, n)).orElse(officeId);
    }

    /** The draft's forming office, or the one the notification in force today names. */
    long formingOfficeNow(long officeId) {
        return store.draft(officeId).map(TeamOrder::formingOfficeId).orElseGet(() -> formingOffice(officeId, Dhaka.today()));
    }

    boolean mayDraft(long officeId) {
        return mayDraft(office(officeId), formingOfficeNow(officeId));
    }

    boolean mayDraft(Office office, long formingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, office.id()) || access.allows(Permission.WRITE_RECORDS, formingOfficeId);
    }

    boolean mayIssue(long officeId) {
        office(officeId);
        return access.allows(Permission.ADMINISTER_OFFICE, formingOfficeNow(officeId));
    }

    /** Whether the current user writes the records of the order's office or of its forming office. */
    boolean mayWriteRecordsOf(TeamOrder order) {
        return access.allows(Permission.WRITE_RECORDS, order.formingOfficeId()) || access.allows(Permission.WRITE_RECORDS, order.officeId());
    }
}
