package bd.udbhabon.decision.web;

import bd.udbhabon.decision.Rate;
import java.time.LocalDate;

/** A meeting's decisions and their rate today, for the register page. */
public record MeetingRate(String label, LocalDate takenOn, Rate rate) {
}
