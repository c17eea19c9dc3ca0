package bd.udbhabon.meeting;

/** A member at a meeting: present, absent, or represented by someone named. */
public enum AttendanceStatus {
    PRESENT, ABSENT, REPRESENTED
}
