package bd.udbhabon.office;

import java.util.List;

/**
 * What a module offers on an office's page: links to its own pages for that office. A module with
 * pages per office declares one bean of this type in its web package; the office page shows every
 * bean's links (those the current user may follow), daily work apart from administration, and names no module itself. The existing
 * orders leave room between them: office's own 10-30, people 100, team 200 and 400, meeting 250, decision 300,
 * identity 500, office's audit 900; the corner's notice 100.
 */
public interface OfficePageLinks {

    /** The links for {@code office}, whoever is asking: the page drops those the user may not follow. */
    List<OfficePageLink> links(Office office);
}
