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

    private final JdbcPolicies store;
    private final ComplianceUpdater compliance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OfficeDirectory offices;
    private final NotificationInput input;

    NotificationService(JdbcPolicies store, ComplianceUpdater compliance, AccessPolicy access, AuditLog audit,
                        OfficeDirectory offices, NotificationInput input) {
        this.store = store;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
        this.offices = offices;
        this.input = input;
    }

    @Override
    @Transactional
    public Saved create(NotificationDraft draft) {
        mayAdminister();
        store.beginWriting();
        FormErrors errors = new FormErrors();
        JdbcPolicies.Header header = input.header(draft, null, errors);
        Long copyFrom = null;
        if (!blank(draft.copyLevelsFrom())) {
            copyFrom = NotificationInput.number(draft.copyLevelsFrom()).flatMap(id -> store.find(id)).map(Notification::id).orElse(null);
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
        JdbcPolicies.Header header = input.header(draft, notificationId, errors);
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
        LevelRules rules = input.levelRules(checkedLevel(level), draft, errors);
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
