package bd.udbhabon.initiative;

import java.time.LocalDate;

/**
 * A service in an office's register (issue 15, point 3): its name, what was done to it, its link (an
 * http(s) address, or none), the initiative it came from (one of the office's, or none), and whether it
 * ran when last checked, on which day.
 */
public record RegisteredService(long id, long officeId, String nameBn, String nameEn, ServiceKind kind, String link,
                                Long initiativeId, boolean running, LocalDate checkedOn) {

    public String name(boolean bangla) {
        return bangla || nameEn == null ? nameBn : nameEn;
    }
}
