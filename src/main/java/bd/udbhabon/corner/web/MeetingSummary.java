package bd.udbhabon.corner.web;

import bd.udbhabon.decision.Rate;
import java.time.LocalDate;

/** A meeting's decisions as the corner shows them: how many, how far implemented, how many overdue. */
public record MeetingSummary(String meeting, LocalDate takenOn, Rate rate, long overdue) {
}
