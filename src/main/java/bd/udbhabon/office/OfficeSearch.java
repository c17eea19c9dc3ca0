package bd.udbhabon.office;

/**
 * A query on the registry. Every part is optional.
 *
 * @param parentId offices directly under this one, in either hierarchy
 * @param text     part of a name, place or other spelling, in Bangla or English
 * @param page     zero-based
 * @param withinId offices anywhere below this one (a division's districts and upazilas), by the scope relation
 */
public record OfficeSearch(OfficeLevel level, Long parentId, String text, int page, int size, Long withinId) {

    public OfficeSearch(OfficeLevel level, Long parentId, String text, int page, int size) {
        this(level, parentId, text, page, size, null);
    }

    public static final int MAX_SIZE = 200;
    public static final int MAX_TEXT_LENGTH = 100;

    public OfficeSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
