package bd.udbhabon.people;

import bd.udbhabon.shell.FormErrors;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes to officers, posts and holdings, by the signed-in user, who needs
 * {@code WRITE_RECORDS} on the office concerned. Each call is one transaction and is audited.
 *
 * <p>Dates: a holding runs from its first day to its last day, both included. A change "on" a day
 * takes effect that day: a transfer on 1 March ends the old holding on 28/29 February and starts
 * the new one on 1 March; a post vacated on 1 March was last held on the day before.
 */
public interface PeopleRegistry {

    /** The result of a change: the id of the post or officer, or what is wrong, by field. */
    record Saved(Long id, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    Saved createPost(long officeId, PostDraft draft);

    Saved updatePost(long postId, PostDraft draft);

    Saved createOfficer(long officeId, OfficerDraft draft);

    Saved updateOfficer(long officerId, OfficerDraft draft);

    /** The officer holds the post from that day on, as their own post. */
    default Saved assign(long postId, long officerId, LocalDate from) {
        return assign(postId, officerId, from, false);
    }

    /**
     * The officer holds the post from that day on. The post must be free from then on; the officer
     * may hold another post at the same time only if this one is an additional charge. Both must be
     * on the same office's list.
     */
    Saved assign(long postId, long officerId, LocalDate from, boolean additionalCharge);

    /**
     * The officer leaves every post held on the day before {@code on} (additional charges too) and
     * holds {@code toPostId} from {@code on}. A post on another office's list moves the officer's
     * record to that office (the caller must be able to write both).
     */
    Saved transfer(long officerId, long toPostId, LocalDate on);

    /**
     * The post is free from {@code on}: its holder's last day is the day before. Vacating on the day
     * the holding began removes that holding altogether (it was entered by mistake).
     */
    Saved vacate(long postId, LocalDate on);

    /** One checked CSV row: its row number in the file (the header is row 1) and its problems by column. */
    record ImportRow(int line, OfficerImport row, FormErrors problems) {
        public boolean ok() {
            return !problems.any();
        }
    }

    /**
     * Reads and checks a CSV file of officers without changing anything; see {@link OfficerImport}
     * for the columns. A file that cannot be read at all is one row with a {@code file} problem.
     */
    List<ImportRow> checkImport(String csv, long officeId);

    /**
     * Imports a checked file in one transaction, all or nothing.
     *
     * @return the number of officers added; 0, with nothing written, if any row is bad
     */
    int importOfficers(String csv, long officeId);
}
