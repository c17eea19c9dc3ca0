package bd.udbhabon.team;

import java.util.List;

/**
 * One rule of a level applied to a team: the finding, which rule it is (the head, the number of
 * nominated members, or one of the requirements), and the team's places that counted for it, as
 * indexes into the team as it was given, so that a page can name them and say how to mend a failure.
 *
 * @param requirement the requirement, for {@link Rule#REQUIREMENT}; null otherwise
 */
public record RuleCheck(Finding finding, Rule rule, Requirement requirement, List<Integer> counted) {

    public enum Rule { HEAD, NOMINATED_MEMBERS, REQUIREMENT }

    public RuleCheck {
        counted = List.copyOf(counted);
    }

    public boolean met() {
        return finding.met();
    }

    /** A requirement that asks for members able to develop skills (the fix: such an officer, or such a post). */
    public boolean asksSkillsDevelopment() {
        return requirement != null && Boolean.TRUE.equals(requirement.skillsDevelopment());
    }

    /** A requirement that asks for members of other offices (the fix: find another office's post). */
    public boolean asksAnotherOffice() {
        return requirement != null && Boolean.TRUE.equals(requirement.ofAnotherOffice());
    }
}
