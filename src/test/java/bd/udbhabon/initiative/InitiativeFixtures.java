package bd.udbhabon.initiative;

import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Initiatives for tests (issue 15's modules: initiative, showcase, training), made the way offices make
 * them, through {@link InitiativeService}, on fresh offices of the tests' own database.
 */
@Component
public class InitiativeFixtures {

    /**
     * Issue 15's tests' own database: they make offices of their own (and count initiatives nationally),
     * which would change the registry's counts the office and decision tests check in the shared one.
     */
    public static final String OWN_DATABASE = "udbhabon.test.own-database=initiative";

    private final InitiativeService initiatives;
    private final JdbcClient jdbc;

    InitiativeFixtures(InitiativeService initiatives, JdbcClient jdbc) {
        this.initiatives = initiatives;
        this.jdbc = jdbc;
    }

    /** A new office of {@code level} under the given parents (either may be null). */
    public long office(OfficeLevel level, Long adminParentId, Long lineParentId) {
        String name = "পরীক্ষার দপ্তর " + System.nanoTime();
        return jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id, line_parent_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .param(level.name()).param(name).param("Test office " + name.substring(name.lastIndexOf(' ') + 1))
                .param(adminParentId).param(lineParentId).query(Long.class).single();
    }

    /** What a test initiative says: seed 004's e-file idea, with a word of the test's own. */
    public static NewInitiative draft(InitiativeKind kind, String word) {
        return new NewInitiative(kind, "ই-নথিতে দ্রুত নিষ্পত্তি " + word, "Faster disposal in e-Nothi " + word,
                "নথি নিষ্পত্তি", true, "নথি নিষ্পত্তিতে দীর্ঘ সময় লাগে", "হাতে হাতে নথি চলাচল",
                "ই-নথিতে সব নথি উপস্থাপন", null, List.of(), Stage.IDEA, LocalDate.of(2023, 7, 10), null);
    }

    /** The office's initiative of {@code kind}, recorded at the idea stage on 10 July 2023. */
    public Initiative initiative(long officeId, InitiativeKind kind, String word) {
        return initiatives.create(officeId, draft(kind, word));
    }

    /** The office's initiative moved stage by stage (no reasons needed) up to {@code stage}, one day apart. */
    public Initiative initiativeAt(long officeId, Stage stage, String word) {
        Initiative initiative = initiative(officeId, InitiativeKind.IDEA, word);
        LocalDate on = initiative.stageSince();
        for (Stage s = Stage.IDEA; s != stage; ) {
            s = s.next().orElseThrow(() -> new IllegalArgumentException("not on the ordinary course: " + stage));
            on = on.plusDays(1);
            initiatives.move(initiative.id(), new InitiativeService.Move(s, on, null, null, null, List.of()));
        }
        return initiatives.find(initiative.id()).orElseThrow();
    }
}
