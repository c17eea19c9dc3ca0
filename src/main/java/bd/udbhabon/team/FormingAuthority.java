package bd.udbhabon.team;

/**
 * Which office forms a team: the office itself (a ministry's secretary, a deputy commissioner for
 * the district) or its parent in one of the hierarchies (the deputy commissioner for an upazila).
 * Only that office's administrators may issue the team's office order.
 */
public enum FormingAuthority {
    SELF,
    ADMINISTRATIVE_PARENT,
    LINE_PARENT
}
