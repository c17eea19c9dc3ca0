package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The offices' clock: "today" is the date in Bangladesh, whatever zone the server runs in (a server
 * on UTC would otherwise date everything done before 06:00 in Dhaka a day early).
 */
public final class Dhaka {

    /** The zone's id, for annotations that need a constant ({@code @Scheduled(zone = Dhaka.ZONE_ID)}). */
    public static final String ZONE_ID = "Asia/Dhaka";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private Dhaka() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The government's week runs Sunday to Thursday: Friday and Saturday are the weekly holidays. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != java.time.DayOfWeek.FRIDAY && day.getDayOfWeek() != java.time.DayOfWeek.SATURDAY;
    }

    /** {@code day} if offices work that day, else the Sunday after (the next working day). */
    public static LocalDate workingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
