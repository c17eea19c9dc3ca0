package bd.udbhabon.team;

import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;

import java.util.Objects;
import java.util.Set;

/**
 * "At least {@code minCount} (and at most {@code maxCount}) members who …", as a notification
 * states it: every non-null condition must hold for a member to count. {@code wings} is the wings a
 * member's post may be in: "one from ICT and one from planning" is two requirements, {ICT} and {PLANNING}. Declarative, so that an
 * administrator can enter the next notification's rules without a release.
 */
public record Requirement(String descriptionBn, String descriptionEn, int minCount, Integer maxCount,
                          Set<Grade> grades, Set<Wing> wings, Boolean skillsDevelopment,
                          Set<TeachingLevel> teachingLevels, Set<Subject> subjects, Boolean ofAnotherOffice) {

    public Requirement {
        Objects.requireNonNull(descriptionBn, "description");
        Objects.requireNonNull(descriptionEn, "description");
        if (minCount < 0 || maxCount != null && maxCount < minCount) {
            throw new IllegalArgumentException("count range " + minCount + ".." + maxCount);
        }
        grades = grades == null || grades.isEmpty() ? null : Set.copyOf(grades);
        wings = wings == null || wings.isEmpty() ? null : Set.copyOf(wings);
        teachingLevels = teachingLevels == null || teachingLevels.isEmpty() ? null : Set.copyOf(teachingLevels);
        subjects = subjects == null || subjects.isEmpty() ? null : Set.copyOf(subjects);
        if (grades == null && wings == null && skillsDevelopment == null && teachingLevels == null
                && subjects == null && ofAnotherOffice == null) {
            throw new IllegalArgumentException("a requirement names at least one condition: " + descriptionEn);
        }
    }

    public boolean matches(Candidate c) {
        return in(grades, c.grade())
                && in(wings, c.wing())
                && (skillsDevelopment == null || skillsDevelopment == c.skillsDevelopment())
                && in(teachingLevels, c.teachingLevel())
                && in(subjects, c.subject())
                && (ofAnotherOffice == null || ofAnotherOffice == c.ofAnotherOffice());
    }

    /** No condition, or a value that is one of those allowed (an absent value never is). */
    private static <E> boolean in(Set<E> allowed, E value) {
        return allowed == null || value != null && allowed.contains(value);
    }

    public String description(boolean bangla) {
        return bangla ? descriptionBn : descriptionEn;
    }
}
