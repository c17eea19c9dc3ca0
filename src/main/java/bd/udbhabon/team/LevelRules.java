package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a notification requires of the teams of one office level: the head (title, the grades that
 * may hold it, the rule as worded), the number of nominated members, who forms the team and the
 * member requirements.
 */
public record LevelRules(OfficeLevel level, String headTitleBn, String headTitleEn, String headRuleBn,
                         String headRuleEn, Set<Grade> headGrades, int minMembers, Integer maxMembers,
                         FormingAuthority formingAuthority, String formingRuleBn, String formingRuleEn,
                         List<Requirement> requirements) {

    public LevelRules {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(headTitleBn, "head title");
        Objects.requireNonNull(formingAuthority, "forming authority");
        headGrades = Set.copyOf(headGrades);
        requirements = List.copyOf(requirements);
        if (headGrades.isEmpty()) {
            throw new IllegalArgumentException("the head's grades are not given");
        }
        if (minMembers < 0 || maxMembers != null && maxMembers < minMembers) {
            throw new IllegalArgumentException("member range " + minMembers + ".." + maxMembers);
        }
    }

    public String headTitle(boolean bangla) {
        return bangla ? headTitleBn : headTitleEn;
    }

    public String headRule(boolean bangla) {
        return bangla ? headRuleBn : headRuleEn;
    }

    public String formingRule(boolean bangla) {
        return bangla ? formingRuleBn : formingRuleEn;
    }
}
