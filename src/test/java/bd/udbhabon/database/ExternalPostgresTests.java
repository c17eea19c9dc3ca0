package bd.udbhabon.database;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.UdbhabonApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the application runs on that PostgreSQL (here Debian's,
 * started for the test in a private cluster) and starts nothing embedded.
 */
class ExternalPostgresTests {

    private static DebianPostgres postgres;

    @BeforeAll
    static void startDebianPostgres() {
        postgres = DebianPostgres.start();
    }

    @AfterAll
    static void stopDebianPostgres() {
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void runsOnTheExternalDatabaseAndStartsNothingEmbedded() throws Exception {
        Path unusedDataDir = Files.createTempDirectory("udbhabon-unused").resolve("var");
        try (var context = new SpringApplicationBuilder(UdbhabonApplication.class)
                .properties(
                        "spring.datasource.url=" + postgres.jdbcUrl(),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        "server.port=0",
                        "udbhabon.data-dir=" + unusedDataDir)
                .run()) {
            assertThat(context.getBeanNamesForType(bd.udbhabon.database.internal.EmbeddedDatabaseServer.class)).isEmpty();
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(postgres.port());
            assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(15);
            assertThat(jdbc.sql("select count(*) from office where level = 'UPAZILA'").query(Long.class).single()).isEqualTo(494);
            assertThat(unusedDataDir).doesNotExist();
        }
    }
}
