package bd.udbhabon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17, point 4: every {@code bytea} column of the schema that holds files is declared by its module as
 * {@link DatabaseBytes} (so the mover takes its rows out), with a nullable bytes column and a file id that references
 * {@code stored_file}; the two that are not files, or not kept, are named here with why.
 */
@IntegrationTest
class EveryFileColumnIsDeclaredTests {

    /** bytea columns that are no stored files. */
    private static final Set<String> NOT_FILES = Set.of(
            "spring_session_attributes.attribute_bytes",   // Spring Session's serialised attributes (identity)
            "mail_pending_attachment.bytes");              // a queue of mail not yet sent, deleted once sent (notify.md)

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<DatabaseBytes> declared;

    @Test
    void everyBytesColumnIsDeclaredForTheMoverOrNamedAsNoFile() {
        Set<String> columns = new TreeSet<>(jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                         where table_schema = 'public' and data_type = 'bytea'""").query(String.class).list());
        Set<String> declaredColumns = new TreeSet<>();
        declared.forEach(d -> declaredColumns.add(d.table() + "." + d.bytesColumn()));
        Set<String> expected = new TreeSet<>(columns);
        expected.removeAll(NOT_FILES);
        assertThat(declaredColumns).isEqualTo(expected);
        assertThat(columns).containsAll(NOT_FILES);

        for (DatabaseBytes d : declared) {
            assertThat(jdbc.sql("select is_nullable from information_schema.columns where table_name = ? and column_name = ?")
                    .params(d.table(), d.bytesColumn()).query(String.class).single()).as(d + ": bytes nullable").isEqualTo("YES");
            assertThat(jdbc.sql("""
                            select count(*) from pg_constraint c
                             where c.contype = 'f' and c.conrelid = cast(? as regclass) and c.confrelid = 'stored_file'::regclass
                               and c.conkey = array[(select attnum from pg_attribute where attrelid = c.conrelid and attname = ?)]""")
                    .params(d.table(), d.fileIdColumn()).query(Long.class).single()).as(d + ": file id references stored_file")
                    .isEqualTo(1);
        }
    }
}
