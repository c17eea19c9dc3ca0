/**
 * Reminders (issue 16, point 5): before every deadline another module knows ({@link DeadlineSource}), e-mail and an
 * in-product notification to the users who act on it, by each user's preferences; overdue items escalated to the
 * superior office after a time set as policy data; run once across nodes by the scheduler (ShedLock, V47).
 * See {@code docs/modules/reminder.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package bd.udbhabon.reminder;
