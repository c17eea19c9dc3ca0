/**
 * Innovation teams: the Cabinet Division's notifications as policy data (composition rules per
 * office level, meeting cadence, duties), the teams formed under them, their office orders and
 * their compliance. See {@code docs/modules/team.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Innovation teams")
package bd.udbhabon.team;
