package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The offices' clock: "today" is the date in Bangladesh, whatever zone the server runs in (a server
 * on UTC would otherwise date everything done before 06:00 in Dhaka a day early).
 */
public final class Dhaka {

    public static final ZoneId ZONE = ZoneId.of("Asia/Dhaka");

    private Dhaka() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
