package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * One office's team as {@code team_compliance} keeps it: the verdict, the notification the team was
 * formed under and the one it is judged under (null when none), the rules applied (empty unless
 * judged), and the day its team last changed.
 *
 * @param parentId the administrative parent, else the line parent; null for the top
 */
public record OfficeCompliance(long officeId, OfficeLevel level, String nameBn, String nameEn, Long parentId,
                               String parentBn, String parentEn, Verdict verdict, Long formedUnder, Long judgedUnder,
                               List<Finding> findings, LocalDate lastChange) {

    public OfficeCompliance {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public String name(boolean bangla) {
        return bangla || nameEn == null ? nameBn : nameEn;
    }

    public String parent(boolean bangla) {
        return bangla || parentEn == null ? parentBn : parentEn;
    }

    /**
     * Formed under an older notification than the one it is judged under (in force today): the
     * team is to be re-formed under the new one (the 2025 notification asks this of 2023's teams).
     */
    public boolean needsReformation(java.util.Map<Long, Notification> notifications) {
        if (verdict == Verdict.NO_TEAM || formedUnder == null || judgedUnder == null || formedUnder.equals(judgedUnder)) {
            return false;
        }
        Notification formed = notifications.get(formedUnder);
        Notification judged = notifications.get(judgedUnder);
        return judged != null && (formed == null || judged.effectiveFrom().isAfter(formed.effectiveFrom()));
    }

    public List<Finding> met() {
        return findings.stream().filter(Finding::met).toList();
    }

    public List<Finding> lacking() {
        return findings.stream().filter(f -> !f.met()).toList();
    }
}
