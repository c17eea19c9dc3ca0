package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An indicator's five target columns ({@link TargetColumn} order, best first) as numbers (a day as
 * its epoch day, {@link Quantity}); the worse columns may be left blank (null), the best never,
 * except for a yes/no indicator, which has none.
 */
public record Targets(List<BigDecimal> columns) {

    public static final Targets NONE = new Targets(Collections.nCopies(5, null));

    public Targets {
        if (columns.size() != TargetColumn.values().length) {
            throw new IllegalArgumentException("five target columns, got " + columns.size());
        }
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    public BigDecimal column(TargetColumn column) {
        return columns.get(column.ordinal());
    }

    /** How many columns are filled, from the best one down. */
    public int filled() {
        int n = 0;
        while (n < columns.size() && columns.get(n) != null) {
            n++;
        }
        return n;
    }
}
