package bd.udbhabon.office;

import bd.udbhabon.shell.UserFacingException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the office registry. */
public interface OfficeDirectory {

    Optional<Office> find(long id);

    /** The offices of these ids that exist, by id, in one query (for pages naming many offices). */
    Map<Long, Office> findAll(Collection<Long> ids);

    /** The office, or the user is told in their language that there is no such office (404). */
    default Office require(long id) {
        return find(id).orElseThrow(() -> UserFacingException.notFound("offices.error.notFound", id));
    }

    OfficePage search(OfficeSearch search);

    /** The offices above this one in the administrative hierarchy, the top first. */
    List<Office> adminAncestors(long id);

    /**
     * Every office above this one in either hierarchy (administrative or line), nearest first;
     * empty for an unknown office. Read from the scope relation ({@code office_scope}, see package-info).
     */
    java.util.Set<Long> superiorIds(long id);

    /** How many offices there are at each level. */
    Map<OfficeLevel, Long> countByLevel();
}
