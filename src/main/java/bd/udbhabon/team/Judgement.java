package bd.udbhabon.team;

import java.util.List;

/**
 * A team's places judged under one notification: each rule with its finding and the places that
 * counted for it ({@link RuleCheck#counted()} indexes {@code members}). {@code stated} is false when
 * the notification states no rules for the office's level; then there are no checks.
 */
public record Judgement(Notification notification, boolean stated, List<PlannedMember> members, List<RuleCheck> checks) {

    public Judgement {
        members = List.copyOf(members);
        checks = List.copyOf(checks);
    }

    public List<Finding> findings() {
        return checks.stream().map(RuleCheck::finding).toList();
    }

    public boolean compliant() {
        return stated && CompositionCheck.compliant(findings());
    }

    public long unmet() {
        return checks.stream().filter(c -> !c.met()).count();
    }

    /** The places that counted for the rule. */
    public List<PlannedMember> counted(RuleCheck check) {
        return check.counted().stream().map(members::get).toList();
    }
}
