package bd.udbhabon.office.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office module's settings, {@code udbhabon.cabinet-division.*} (bound from {@code udbhabon} so
 * that the code reads {@code cabinetDivision().email()}).
 *
 * @param cabinetDivision the office at the top of the registry
 */
@ConfigurationProperties("udbhabon")
record OfficeProperties(@DefaultValue CabinetDivision cabinetDivision) {

    /**
     * @param email written into the registry when the Cabinet Division has none there; one that is
     *              not an e-mail address is logged and left out (not a start-up failure)
     */
    record CabinetDivision(String email) {
    }
}
