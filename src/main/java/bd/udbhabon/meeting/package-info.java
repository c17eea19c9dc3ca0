/**
 * Meetings of an office's innovation team: the schedule its cadence makes due, the meeting with its
 * agenda and working papers, the notice (issued and e-mailed) and attendance. See
 * {@code docs/modules/meeting.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package bd.udbhabon.meeting;
