package bd.udbhabon.meeting;

/**
 * Where a meeting's notice stands against the meeting (issue 19, point 7): none issued yet; the last
 * notice issued still says the meeting's day, time and place; or the meeting was moved after it, so
 * a revised notice (সংশোধিত নোটিশ) is due. Derived from what the last notice announced, never stored.
 */
public enum NoticeState {
    NONE, CURRENT, OUTDATED
}
