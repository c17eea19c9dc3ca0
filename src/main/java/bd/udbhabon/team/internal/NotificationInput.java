package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.FormingAuthority;
import bd.udbhabon.team.LevelDraft;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.NotificationDraft;
import bd.udbhabon.team.NotificationRegistry;
import bd.udbhabon.team.Requirement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A notification's form as typed, checked field by field and read into its values: the header and
 * duties, one level's rules and requirements. English texts left blank take the Bangla text.
 */
@Component
class NotificationInput {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 1000;
    static final int MAX_DUTY = 2000;
    static final int MAX_DUTIES = 100;
    static final int MAX_COUNT = 999;

    /** A serial typed before a duty: "১।", "২.", "3)", "(৪)", "(ক)", "খ)", "গ।". */
    private static final Pattern SERIAL = Pattern.compile(
            "^(?:\\(?[০-৯0-9]{1,3}\\s*[।.)]|\\([০-৯0-9]{1,3}\\)|\\(?[ক-হa-z]\\)|[ক-হ]\\s*[।.])\\s*");

    private final JdbcPolicies store;

    NotificationInput(JdbcPolicies store) {
        this.store = store;
    }

    JdbcPolicies.Header header(NotificationDraft d, Long id, FormErrors errors) {
        String titleBn = Inputs.clean(d.titleBn());
        String titleEn = Inputs.clean(d.titleEn());
        if (titleBn == null || titleBn.length() > MAX_TITLE) {
            errors.add("title_bn", "notification.error.titleBn");
        }
        if (titleEn != null && titleEn.length() > MAX_TITLE) {
            errors.add("title_en", "notification.error.tooLong", MAX_TITLE);
        }
        String memo = Inputs.clean(d.memoNumber());
        if (memo == null) {
            errors.add("memo_number", "notification.error.memoNumber");
        } else {
            memo = BanglaDigits.toBangla(memo.replaceAll("\\s+", " ")); // as printed, so that one number is one row
            if (memo.length() > 100) {
                errors.add("memo_number", "notification.error.tooLong", 100);
            } else if (store.withMemoNumber(memo).filter(other -> !other.equals(id)).isPresent()) {
                errors.add("memo_number", "notification.error.memoNumberTaken");
            }
        }
        LocalDate issued = date(d.issuedOn());
        if (issued == null) {
            errors.add("issued_on", "notification.error.issuedOn");
        }
        LocalDate effective = date(d.effectiveFrom());
        if (effective == null) {
            errors.add("effective_from", "notification.error.effectiveFrom");
        } else if (issued != null && effective.isBefore(issued)) {
            errors.add("effective_from", "notification.error.effectiveBeforeIssued");
        }
        Cadence cadence = choice(Cadence.class, d.cadence());
        if (cadence == null) {
            errors.add("cadence", "notification.error.cadence");
        }
        List<String> duties = duties(d.duties());
        if (duties.isEmpty()) {
            errors.add("duties", "notification.error.duties");
        } else if (duties.size() > MAX_DUTIES) {
            errors.add("duties", "notification.error.tooManyDuties", MAX_DUTIES);
        } else {
            for (int i = 0; i < duties.size(); i++) {
                if (duties.get(i).length() > MAX_DUTY) {
                    errors.add("duties", "notification.error.dutyTooLong", i + 1, MAX_DUTY);
                }
            }
        }
        return errors.any() ? null
                : new JdbcPolicies.Header(titleBn, titleEn == null ? titleBn : titleEn, memo, issued, effective, cadence, duties);
    }

    /** One duty a line; blank lines skipped, a typed serial ("১।", "(ক)") taken off: the serials are printed anew. */
    static List<String> duties(String text) {
        List<String> duties = new ArrayList<>();
        if (text == null) {
            return duties;
        }
        for (String line : text.split("\\R")) {
            String duty = Inputs.clean(line);
            if (duty != null) {
                duty = Inputs.clean(SERIAL.matcher(duty).replaceFirst(""));
            }
            if (duty != null) {
                duties.add(duty);
            }
        }
        return duties;
    }

    LevelRules levelRules(OfficeLevel level, LevelDraft d, FormErrors errors) {
        String headTitleBn = text(d.headTitleBn(), MAX_TITLE, "head_title_bn", "notification.error.headTitleBn", errors);
        String headTitleEn = optionalText(d.headTitleEn(), MAX_TITLE, "head_title_en", errors);
        String headRuleBn = text(d.headRuleBn(), MAX_TEXT, "head_rule_bn", "notification.error.headRuleBn", errors);
        String headRuleEn = optionalText(d.headRuleEn(), MAX_TEXT, "head_rule_en", errors);
        Set<Grade> headGrades = choices(Grade.class, d.headGrades(), "head_grades", errors);
        if (headGrades != null && headGrades.isEmpty()) {
            errors.add("head_grades", "notification.error.headGrades");
        }
        Integer min = count(d.minMembers(), true, "min_members", errors);
        Integer max = count(d.maxMembers(), false, "max_members", errors);
        if (min != null && max != null && max < min) {
            errors.add("max_members", "notification.error.range");
        }
        FormingAuthority forming = choice(FormingAuthority.class, d.formingAuthority());
        if (forming == null) {
            errors.add("forming_authority", "notification.error.formingAuthority");
        }
        String formingRuleBn = text(d.formingRuleBn(), MAX_TITLE, "forming_rule_bn", "notification.error.formingRuleBn", errors);
        String formingRuleEn = optionalText(d.formingRuleEn(), MAX_TITLE, "forming_rule_en", errors);
        List<Requirement> requirements = new ArrayList<>();
        for (int i = 0; i < d.requirements().size(); i++) {
            LevelDraft.RequirementDraft row = d.requirements().get(i);
            if (row.remove() || row.blank()) {
                continue;
            }
            Requirement r = requirement(row, "r" + i, errors);
            if (r != null) {
                requirements.add(r);
            }
        }
        if (errors.any()) {
            return null;
        }
        return new LevelRules(level, headTitleBn, orElse(headTitleEn, headTitleBn), headRuleBn, orElse(headRuleEn, headRuleBn),
                headGrades, min, max, forming, formingRuleBn, orElse(formingRuleEn, formingRuleBn), requirements);
    }

    /** The row's requirement, or null with its problems in {@code errors} under the row's field names. */
    private Requirement requirement(LevelDraft.RequirementDraft row, String prefix, FormErrors errors) {
        List<String> fields = List.of(prefix, prefix + "_description_bn", prefix + "_description_en", prefix + "_min",
                prefix + "_max", prefix + "_grades", prefix + "_levels", prefix + "_subjects", prefix + "_wings",
                prefix + "_skills", prefix + "_other");
        String descriptionBn = text(row.descriptionBn(), MAX_TITLE, prefix + "_description_bn", "notification.error.description", errors);
        String descriptionEn = optionalText(row.descriptionEn(), MAX_TITLE, prefix + "_description_en", errors);
        Integer min = count(row.minCount(), true, prefix + "_min", errors);
        Integer max = count(row.maxCount(), false, prefix + "_max", errors);
        if (min != null && max != null && max < min) {
            errors.add(prefix + "_max", "notification.error.range");
        }
        Set<Grade> grades = choices(Grade.class, row.grades(), prefix + "_grades", errors);
        Set<TeachingLevel> levels = choices(TeachingLevel.class, row.teachingLevels(), prefix + "_levels", errors);
        Set<Subject> subjects = choices(Subject.class, row.subjects(), prefix + "_subjects", errors);
        Set<Wing> wings = choices(Wing.class, row.wings(), prefix + "_wings", errors);
        Boolean skills = flag(row.skillsDevelopment(), prefix + "_skills", errors);
        Boolean other = flag(row.ofAnotherOffice(), prefix + "_other", errors);
        if (row.grades().isEmpty() && row.teachingLevels().isEmpty() && row.subjects().isEmpty()
                && row.wings().isEmpty() && blank(row.skillsDevelopment()) && blank(row.ofAnotherOffice())) {
            errors.add(prefix, "notification.error.noCondition");
        }
        if (fields.stream().anyMatch(errors::has)) {
            return null;
        }
        return new Requirement(descriptionBn, orElse(descriptionEn, descriptionBn), min, max, grades, wings, skills, levels,
                subjects, other);
    }

    // ---- reading typed values

    private static String text(String value, int max, String field, String key, FormErrors errors) {
        String clean = Inputs.clean(value);
        if (clean == null) {
            errors.add(field, key);
        } else if (clean.length() > max) {
            errors.add(field, "notification.error.tooLong", max);
        }
        return clean;
    }

    private static String optionalText(String value, int max, String field, FormErrors errors) {
        String clean = Inputs.clean(value);
        if (clean != null && clean.length() > max) {
            errors.add(field, "notification.error.tooLong", max);
        }
        return clean;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A whole number 0–999 in either digits; null when blank (an error if {@code required}) or not a number. */
    private static Integer count(String value, boolean required, String field, FormErrors errors) {
        String clean = Inputs.clean(value);
        if (clean == null) {
            if (required) {
                errors.add(field, "notification.error.countMissing");
            }
            return null;
        }
        Optional<Long> n = number(clean);
        if (n.isEmpty() || n.get() > MAX_COUNT) {
            errors.add(field, "notification.error.count", MAX_COUNT);
            return null;
        }
        return n.get().intValue();
    }

    static Optional<Long> number(String value) {
        String latin = BanglaDigits.toLatin(value.strip());
        if (!latin.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(latin));
    }

    /** "true", "false" or blank (no condition). */
    private static Boolean flag(String value, String field, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(field, "notification.error.choice");
                yield null;
            }
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The chosen constants; null (with an error) if one is unknown, which only a made-up request sends. */
    private static <E extends Enum<E>> Set<E> choices(Class<E> type, Set<String> values, String field, FormErrors errors) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : values) {
            E e = choice(type, value);
            if (e == null) {
                errors.add(field, "notification.error.choice");
                return null;
            }
            chosen.add(e);
        }
        return chosen;
    }

    /** A day as {@link FormDates} reads it (either digits, yyyy-mm-dd or day first), within 1950–2100; null otherwise. */
    static LocalDate date(String text) {
        LocalDate date = FormDates.read(text);
        return date == null || date.getYear() < 1950 || date.getYear() > 2100 ? null : date;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
