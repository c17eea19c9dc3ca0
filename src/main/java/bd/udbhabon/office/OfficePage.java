package bd.udbhabon.office;

import java.util.List;

/** One page of a registry query, with the total number of matching offices. */
public record OfficePage(List<Office> items, long total, int page, int size) {

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
