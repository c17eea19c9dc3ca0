package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scale-up (issue 15, point 1): the offices that take a successful pilot up, by whose decision (in
 * words) and from when, recorded once the initiative is at scale-up or running. Refused as a whole, field
 * by field: no office, an unknown one, the initiative's own, one already listed, no "by whom", a day in the
 * future or before the initiative reached scale-up.
 */
@Service
public class ScaleUps {

    /** One office that took the initiative up. */
    public record ScaleUp(long officeId, String byBn, LocalDate since) {
    }

    private final JdbcClient jdbc;
    private final InitiativeRepository initiatives;
    private final OfficeDirectory offices;
    private final AuditLog audit;
    private final AccessPolicy access;

    ScaleUps(JdbcClient jdbc, InitiativeRepository initiatives, OfficeDirectory offices, AuditLog audit, AccessPolicy access) {
        this.jdbc = jdbc;
        this.initiatives = initiatives;
        this.offices = offices;
        this.audit = audit;
        this.access = access;
    }

    /** Whether offices may be recorded as taking it up: it has reached scale-up (or runs after it). */
    public static boolean open(Stage stage) {
        return stage == Stage.SCALE_UP || stage == Stage.RUNNING;
    }

    @Transactional(readOnly = true)
    public List<ScaleUp> of(long initiativeId) {
        return jdbc.sql("select office_id, by_bn, since from initiative_scale_up where initiative_id = ? order by since, office_id")
                .param(initiativeId)
                .query((rs, n) -> new ScaleUp(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    /** Records the offices taking the initiative up; all or none. */
    @Transactional
    public void record(long initiativeId, List<Long> officeIds, String byBn, LocalDate since) {
        Initiative initiative = initiatives.lock(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        if (!open(initiative.stage())) {
            throw UserFacingException.badRequest("initiative.scaleUp.error.stage", initiative.stage().inMessage());
        }
        FormErrors errors = new FormErrors();
        Set<Long> chosen = new LinkedHashSet<>(officeIds == null ? List.of() : officeIds);
        chosen.remove(null);
        Set<Long> listed = new java.util.HashSet<>(of(initiativeId).stream().map(ScaleUp::officeId).toList());
        if (chosen.isEmpty()) {
            errors.add("offices", "initiative.scaleUp.error.noOffice");
        } else if (chosen.contains(initiative.officeId())) {
            errors.add("offices", "initiative.scaleUp.error.ownOffice");
        } else if (offices.findAll(chosen).size() != chosen.size()) {
            errors.add("offices", "initiative.scaleUp.error.unknownOffice");
        } else {
            chosen.stream().filter(listed::contains).findFirst().flatMap(offices::find)
                    .ifPresent(o -> errors.add("offices", "initiative.scaleUp.error.listed", o.nameBn()));
        }
        String by = Inputs.text(errors, "byBn", byBn, 300);
        if (by == null && !errors.has("byBn")) {
            errors.add("byBn", "initiative.error.required");
        }
        LocalDate day = since == null ? Dhaka.today() : since;
        LocalDate reached = initiatives.history(initiativeId).stream().filter(s -> s.stage() == Stage.SCALE_UP)
                .map(s -> s.enteredOn()).reduce((a, b) -> b).orElse(initiative.stageSince());
        if (day.isAfter(Dhaka.today())) {
            errors.add("since", "initiative.error.future");
        } else if (day.isBefore(reached)) {
            errors.add("since", "initiative.scaleUp.error.beforeScaleUp");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        for (long office : chosen) {
            jdbc.sql("insert into initiative_scale_up (initiative_id, office_id, by_bn, since) values (?, ?, ?, ?)")
                    .param(initiativeId).param(office).param(by).param(day).update();
        }
        audit.record(new AuditEvent(access.actor(), "initiative.scaledUp", "initiative", Long.toString(initiativeId),
                initiative.officeId(), null, Map.of("offices", List.copyOf(chosen), "by", by, "since", day.toString())));
    }
}
