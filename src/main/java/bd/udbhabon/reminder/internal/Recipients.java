package bd.udbhabon.reminder.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.identity.Account;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whom a step reaches: the enabled accounts holding the deadline's permission at the office; on escalation, those
 * who supervise ({@link #SUPERVISE}) at its superior office, the one its reports go to (the line parent when it has
 * one, else the administrative parent, else the Cabinet Division: the rule of plan's {@code ReportingLine}).
 */
@Component
class Recipients {

    /** Who is told at the superior office of a deadline overdue below it: the team head, its members, the reviewers. */
    static final Permission SUPERVISE = Permission.COMMENT;

    private final AccountAdministration accounts;
    private final OfficeDirectory offices;

    Recipients(AccountAdministration accounts, OfficeDirectory offices) {
        this.accounts = accounts;
        this.offices = offices;
    }

    List<Account> holding(long officeId, Permission permission) {
        return accounts.atOffice(officeId).stream()
                .filter(Account::enabled)
                .filter(a -> a.grants().stream().anyMatch(g -> g.officeId() == officeId && g.role().grants(permission)))
                .toList();
    }

    /** The office told when a deadline of {@code officeId} is overdue; empty for the Cabinet Division itself. */
    Optional<Long> superiorOf(long officeId) {
        Office office = offices.find(officeId).orElse(null);
        if (office == null || office.level() == OfficeLevel.CABINET_DIVISION) {
            return Optional.empty();
        }
        if (office.lineParentId() != null) {
            return Optional.of(office.lineParentId());
        }
        if (office.adminParentId() != null) {
            return Optional.of(office.adminParentId());
        }
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().map(Office::id);
    }
}
