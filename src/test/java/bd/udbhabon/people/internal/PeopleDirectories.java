package bd.udbhabon.people.internal;

import bd.udbhabon.people.PeopleDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The people module's own directory over a database, for benchmarks that run services outside Spring. */
public final class PeopleDirectories {

    private PeopleDirectories() {
    }

    public static PeopleDirectory over(JdbcClient jdbc) {
        return new JdbcPeopleDirectory(jdbc);
    }
}
