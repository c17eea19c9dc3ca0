package bd.udbhabon.initiative;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stage an initiative entered: when (the day it happened, given by the office), a note, the reason
 * where the move skipped a stage, went back or stopped, and the register's decision that took it (the
 * deciding body, e.g. the meeting that approved the pilot). The first is where the initiative began.
 */
public record StageChange(long id, long initiativeId, Stage stage, LocalDate enteredOn, String noteBn, String reasonBn,
                          Long decisionId, Long createdBy, Instant createdAt) {
}
