package bd.udbhabon.reminder.web;

/** The reminders' policy as typed: the days before ("7, 1", either digits) and the days overdue before escalating. */
public record PolicyForm(String daysBefore, String escalateAfterDays) {
}
