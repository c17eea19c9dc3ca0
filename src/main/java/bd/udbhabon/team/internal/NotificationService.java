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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and stores notifications as an administrator enters them; see {@link NotificationRegistry}.
 * English texts left blank take the Bangla text, so English pages and findings are never empty.
 */
@Service
class NotificationService implements NotificationRegistry {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 1000;
    static final int MAX_DUTY = 2000;
    static final int MAX_DUTIES = 100;
    static final int MAX_COUNT = 999;

    /** A serial typed before a duty: "১।", "২.", "3)", "(৪)", "(ক)", "খ)", "গ।". */
    private static final Pattern SERIAL = Pattern.compile(
            "^(?:\\(?[০-৯0-9]{1,3}\\s*[।.)]|\\([০-৯0-9]{1,3}\\)|\\(?[ক-হa-z]\\)|[ক-হ]\\s*[।.])\\s*");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private final JdbcPolicies store;
    private final ComplianceUpdater compliance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OfficeDirectory offices;

    NotificationService(JdbcPolicies store, ComplianceUpdater compliance, AccessPolicy access, AuditLog audit,
                        OfficeDirectory offices) {
        this.store = store;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.offices = offices;
    }

    @Override
    @Transactional
    public Saved create(NotificationDraft draft) {
        mayAdminister();
        store.beginWriting();
        FormErrors errors = new FormErrors();
        JdbcPolicies.Header header = header(draft, null, errors);
        Long copyFrom = null;
        if (!blank(draft.copyLevelsFrom())) {
            copyFrom = number(draft.copyLevelsFrom()).flatMap(id -> store.find(id)).map(Notification::id).orElse(null);
            if (copyFrom == null) {
                errors.add("copy_from", "notification.error.copyFrom");
            }
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        Long inForceBefore = inForceToday();
        long id = store.insert(header);
        if (copyFrom != null) {
            store.copyLevels(copyFrom, id);
        }
        Notification created = store.find(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "notification.created", "notification", Long.toString(id), cabinetDivision(),
                null, created));
        refreshIfJudgedUnder(id, inForceBefore);
        return new Saved(id, errors);
    }

    @Override
    @Transactional
    public Saved update(long notificationId, NotificationDraft draft) {
        mayAdminister();
        store.beginWriting();
        Notification before = existing(notificationId);
        FormErrors errors = new FormErrors();
        JdbcPolicies.Header header = header(draft, notificationId, errors);
        if (errors.any()) {
            return new Saved(notificationId, errors);
        }
        Long inForceBefore = inForceToday();
        store.update(notificationId, header);
        audit.record(new AuditEvent(access.actor(), "notification.updated", "notification", Long.toString(notificationId),
                cabinetDivision(), before, store.find(notificationId).orElseThrow()));
        refreshIfJudgedUnder(notificationId, inForceBefore);
        return new Saved(notificationId, errors);
    }

    @Override
    @Transactional
    public Saved saveLevel(long notificationId, OfficeLevel level, LevelDraft draft) {
        mayAdminister();
        store.beginWriting();
        Notification before = existing(notificationId);
        FormErrors errors = new FormErrors();
        LevelRules rules = levelRules(checkedLevel(level), draft, errors);
        if (errors.any()) {
            return new Saved(notificationId, errors);
        }
        Long inForceBefore = inForceToday();
        store.saveLevel(notificationId, rules);
        audit.record(new AuditEvent(access.actor(), "notification.level-saved", "notification", Long.toString(notificationId),
                cabinetDivision(), before.rules(level).orElse(null), store.find(notificationId).orElseThrow().rules(level).orElseThrow()));
        refreshIfJudgedUnder(notificationId, inForceBefore);
        return new Saved(notificationId, errors);
    }

    @Override
    @Transactional
    public void deleteLevel(long notificationId, OfficeLevel level) {
        mayAdminister();
        store.beginWriting();
        Notification before = existing(notificationId);
        Optional<LevelRules> rules = before.rules(checkedLevel(level));
        if (rules.isEmpty()) {
            return;
        }
        Long inForceBefore = inForceToday();
        store.deleteLevel(notificationId, level);
        audit.record(new AuditEvent(access.actor(), "notification.level-deleted", "notification", Long.toString(notificationId),
                cabinetDivision(), rules.get(), null));
        refreshIfJudgedUnder(notificationId, inForceBefore);
    }

    // ---- checks

    private void mayAdminister() {
        if (!access.allowsNationally(Permission.ADMINISTER_OFFICE)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    private Notification existing(long id) {
        return store.find(id).orElseThrow(() -> UserFacingException.notFound("notification.error.notFound"));
    }

    /** The Cabinet Division issues notifications: the audit entry shows on its trail. */
    private Long cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().map(Office::id).orElse(null);
    }

    private Long inForceToday() {
        return store.inForce(Dhaka.today()).map(Notification::id).orElse(null);
    }

    /**
     * Teams are judged under the notification in force today: when that is the one changed, or
     * another one now, every team is judged again in this transaction.
     */
    private void refreshIfJudgedUnder(long changed, Long inForceBefore) {
        Long inForceAfter = inForceToday();
        if (Objects.equals(inForceBefore, changed) || Objects.equals(inForceAfter, changed)
                || !Objects.equals(inForceBefore, inForceAfter)) {
            compliance.refreshAll();
        }
    }

    private static OfficeLevel checkedLevel(OfficeLevel level) {
        if (level == null || level == OfficeLevel.CABINET_DIVISION) {
            throw UserFacingException.notFound("error.notFound");
        }
        return level;
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

    private static Optional<Long> number(String value) {
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

    /** 2025-11-06 (what a date field sends), 06-11-2025, 06/11/2025 or 06.11.2025, in either digits. */
    static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        String latin = BanglaDigits.toLatin(text.strip());
        Function<Matcher, LocalDate> read = null;
        Matcher m = ISO.matcher(latin);
        if (m.matches()) {
            read = x -> LocalDate.of(Integer.parseInt(x.group(1)), Integer.parseInt(x.group(2)), Integer.parseInt(x.group(3)));
        } else {
            m = DAY_FIRST.matcher(latin);
            if (m.matches()) {
                read = x -> LocalDate.of(Integer.parseInt(x.group(3)), Integer.parseInt(x.group(2)), Integer.parseInt(x.group(1)));
            }
        }
        if (read == null) {
            return null;
        }
        try {
            LocalDate date = read.apply(m);
            return date.getYear() < 1950 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
