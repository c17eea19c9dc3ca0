package bd.udbhabon.corner;

import bd.udbhabon.office.Office;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A part of an office's public innovation corner, contributed by the module that owns what it
 * shows. A module declares one bean of this type in its web package, with a template of its own;
 * the corner page shows every bean's section in order and names no module itself. Whatever a
 * section shows, anyone reads without signing in: only what offices publish anyway.
 */
public interface CornerSection {

    /** Sections appear smallest first; today: team 100, action plans 250, minutes 300, decisions 400. */
    int order();

    /** What the section shows of {@code office} as of {@code today}; empty to leave it out. */
    Optional<CornerFragment> show(Office office, LocalDate today);
}
