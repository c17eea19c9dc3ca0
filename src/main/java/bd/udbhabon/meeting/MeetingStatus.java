package bd.udbhabon.meeting;

/** Where a meeting stands. Planned and noticed meetings may still be edited; a held one is a record. */
public enum MeetingStatus {
    PLANNED, NOTICE_ISSUED, HELD, CANCELLED;

    public boolean editable() {
        return this == PLANNED || this == NOTICE_ISSUED;
    }
}
