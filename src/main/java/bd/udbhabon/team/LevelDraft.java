package bd.udbhabon.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One level's rules as typed into the form, before they are checked. Choices are the constants'
 * names; a yes/no/any condition is "true", "false" or blank (any).
 */
public record LevelDraft(String headTitleBn, String headTitleEn, String headRuleBn, String headRuleEn, Set<String> headGrades,
                         String minMembers, String maxMembers, String formingAuthority, String formingRuleBn,
                         String formingRuleEn, List<RequirementDraft> requirements) {

    public LevelDraft {
        headGrades = Set.copyOf(headGrades);
        requirements = List.copyOf(requirements);
    }

    /** One row of the requirements table; {@code remove} drops it on saving. */
    public record RequirementDraft(String descriptionBn, String descriptionEn, String minCount, String maxCount,
                                   Set<String> grades, Set<String> wings, String skillsDevelopment,
                                   Set<String> teachingLevels, Set<String> subjects, String ofAnotherOffice, boolean remove) {

        public RequirementDraft {
            grades = Set.copyOf(grades);
            wings = Set.copyOf(wings);
            teachingLevels = Set.copyOf(teachingLevels);
            subjects = Set.copyOf(subjects);
        }

        public static RequirementDraft of(Requirement r) {
            return new RequirementDraft(r.descriptionBn(), r.descriptionEn(), Integer.toString(r.minCount()),
                    r.maxCount() == null ? "" : r.maxCount().toString(), names(r.grades()), names(r.wings()),
                    flag(r.skillsDevelopment()), names(r.teachingLevels()), names(r.subjects()), flag(r.ofAnotherOffice()), false);
        }

        public static RequirementDraft empty() {
            return new RequirementDraft("", "", "", "", Set.of(), Set.of(), "", Set.of(), Set.of(), "", false);
        }

        /** Nothing typed or chosen: an unused row, skipped on saving. */
        public boolean blank() {
            return isBlank(descriptionBn) && isBlank(descriptionEn) && isBlank(minCount) && isBlank(maxCount)
                    && grades.isEmpty() && wings.isEmpty() && isBlank(skillsDevelopment)
                    && teachingLevels.isEmpty() && subjects.isEmpty() && isBlank(ofAnotherOffice);
        }
    }

    public static LevelDraft of(LevelRules r) {
        return new LevelDraft(r.headTitleBn(), r.headTitleEn(), r.headRuleBn(), r.headRuleEn(), names(r.headGrades()),
                Integer.toString(r.minMembers()), r.maxMembers() == null ? "" : r.maxMembers().toString(),
                r.formingAuthority().name(), r.formingRuleBn(), r.formingRuleEn(),
                r.requirements().stream().map(RequirementDraft::of).toList());
    }

    public static LevelDraft empty() {
        return new LevelDraft("", "", "", "", Set.of(), "", "", FormingAuthority.SELF.name(), "", "", List.of());
    }

    /** The same with {@code count} empty rows after the others, to add requirements without script. */
    public LevelDraft withBlankRows(int count) {
        List<RequirementDraft> rows = new ArrayList<>(requirements);
        for (int i = 0; i < count; i++) {
            rows.add(RequirementDraft.empty());
        }
        return new LevelDraft(headTitleBn, headTitleEn, headRuleBn, headRuleEn, headGrades, minMembers, maxMembers,
                formingAuthority, formingRuleBn, formingRuleEn, rows);
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? Set.of() : values.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
