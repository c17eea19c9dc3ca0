package bd.udbhabon.office.web;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.shell.UserFacingException;

/** Builds a registry query from request parameters, turning bad ones into messages for the user. */
final class OfficeQueries {

    private OfficeQueries() {
    }

    static OfficeSearch from(String level, Long parent, String q, int page, int size) {
        return from(level, parent, q, page, size, null);
    }

    static OfficeSearch from(String level, Long parent, String q, int page, int size, Long within) {
        OfficeLevel parsedLevel;
        try {
            parsedLevel = OfficeLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("offices.error.level", level);
        }
        if (page < 0) {
            throw UserFacingException.badRequest("error.parameter.invalid", "page");
        }
        if (size < 1 || size > OfficeSearch.MAX_SIZE) {
            throw UserFacingException.badRequest("offices.error.size", OfficeSearch.MAX_SIZE);
        }
        if (q != null && q.length() > OfficeSearch.MAX_TEXT_LENGTH) {
            throw UserFacingException.badRequest("offices.error.text", OfficeSearch.MAX_TEXT_LENGTH);
        }
        return new OfficeSearch(parsedLevel, parent, q, page, size, within);
    }
}
