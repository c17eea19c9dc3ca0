package bd.udbhabon.initiative;

import bd.udbhabon.bangla.Bilingual;
import java.util.List;

/**
 * Figures another module adds to the initiatives' roll-up ({@code /offices/{o}/initiatives/roll-up}) for an
 * office's scope: trainings, workshops and learning sessions today. The module that owns them implements
 * it, so {@code initiative} uses none of them (training already uses initiative).
 */
public interface RollUpLines {

    /** The lines over the office and every office below it in either hierarchy, in the order shown. */
    List<Line> over(long officeId);

    /** One figure: its name in both languages and its count. */
    record Line(String nameBn, String nameEn, long value) implements Bilingual {
    }
}
