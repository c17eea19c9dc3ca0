package bd.udbhabon.calendar;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.BanglaCalendar;
import bd.udbhabon.bangla.BanglaDate;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "The Bangla calendar (বঙ্গাব্দ): the revised rules from 14 April 2019, the 1987 rules before")
@PublicAccess
class CalendarApiController {

    /** The years the API answers for; the conversion itself is exact over a wider range. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    private static final int BANGLA_YEAR_OFFSET = 593;

    @GetMapping("/bangla")
    @Operation(summary = "The Bangla date of a Gregorian date")
    BanglaDateJson bangla(@Parameter(description = "yyyy-mm-dd, Latin or Bangla digits", example = "2025-11-06")
                          @RequestParam String date) {
        LocalDate gregorian;
        try {
            gregorian = LocalDate.parse(BanglaDigits.toLatin(date.strip()));
        } catch (DateTimeParseException e) {
            throw UserFacingException.badRequest("calendar.error.date", date);
        }
        if (gregorian.getYear() < FIRST_YEAR || gregorian.getYear() > LAST_YEAR) {
            throw UserFacingException.badRequest("calendar.error.year", Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR));
        }
        BanglaDate bangla = BanglaCalendar.toBangla(gregorian);
        return new BanglaDateJson(bangla.year(), bangla.month(), bangla.day(), bangla.monthName(), bangla.format());
    }

    @GetMapping("/gregorian")
    @Operation(summary = "The Gregorian date of a Bangla date (month 1 = বৈশাখ)")
    GregorianDateJson gregorian(@RequestParam int year, @RequestParam int month, @RequestParam int day) {
        int firstBanglaYear = FIRST_YEAR - BANGLA_YEAR_OFFSET;
        int lastBanglaYear = LAST_YEAR - BANGLA_YEAR_OFFSET - 1;
        if (year < firstBanglaYear || year > lastBanglaYear) {
            throw UserFacingException.badRequest("calendar.error.year", Integer.toString(firstBanglaYear), Integer.toString(lastBanglaYear));
        }
        if (month < 1 || month > 12) {
            throw UserFacingException.badRequest("calendar.error.month", Integer.toString(month));
        }
        int length = BanglaCalendar.lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            throw UserFacingException.badRequest("calendar.error.day", Integer.toString(day),
                    BanglaCalendar.monthName(month), Integer.toString(year), Integer.toString(length));
        }
        return new GregorianDateJson(BanglaCalendar.toGregorian(year, month, day));
    }

    record BanglaDateJson(int year, int month, int day, String monthName, String text) {
    }

    record GregorianDateJson(LocalDate date) {
    }
}
