package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.time.LocalDate;

/**
 * What an initiative must say before it is recorded, pure: its title, the service or process it changes,
 * the problem and the solution (the root cause may wait), a kind and a start day not in the future; a
 * replication names the original and only a replication does. Field names are the form's.
 */
public final class InitiativeRules {

    private InitiativeRules() {
    }

    /** The initiative with its texts cleaned; {@code errors} collects every field refused. */
    public static NewInitiative check(NewInitiative n, FormErrors errors) {
        String title = required(errors, "titleBn", n.titleBn(), 300);
        String titleEn = Inputs.text(errors, "titleEn", n.titleEn(), 300);
        String service = required(errors, "serviceBn", n.serviceBn(), 300);
        String problem = required(errors, "problemBn", n.problemBn(), 4000);
        String rootCause = Inputs.text(errors, "rootCauseBn", n.rootCauseBn(), 4000);
        String solution = required(errors, "solutionBn", n.solutionBn(), 4000);
        if (n.kind() == null) {
            errors.add("kind", "initiative.error.kindMissing");
        } else if ((n.kind() == InitiativeKind.REPLICATION) != (n.replicatedFromId() != null)) {
            errors.add("kind", n.replicatedFromId() == null ? "initiative.error.replicationNeedsOriginal" : "initiative.error.notReplication");
        }
        Stage stage = n.stage() == null ? Stage.IDEA : n.stage();
        LocalDate since = n.since() == null ? Dhaka.today() : n.since();
        if (since.isAfter(Dhaka.today())) {
            errors.add("since", "initiative.error.future");
        }
        return new NewInitiative(n.kind(), title, titleEn, service, n.internalProcess(), problem, rootCause, solution,
                n.ownerPostId(), n.memberOfficerIds(), stage, since, n.replicatedFromId());
    }

    private static String required(FormErrors errors, String field, String value, int max) {
        String clean = Inputs.text(errors, field, value, max);
        if (clean == null) {
            errors.add(field, "initiative.error.required");
        }
        return clean;
    }
}
