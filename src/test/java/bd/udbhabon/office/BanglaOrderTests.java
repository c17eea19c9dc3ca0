package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.bangla.BanglaText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL's ICU collation and the Java collator put Bangla names in the same order. */
@IntegrationTest
class BanglaOrderTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeDirectory offices;

    @Test
    void databaseAndJavaAgreeOnTheOrderOfEveryUpazilaName() {
        List<String> fromDatabase = jdbc.sql("""
                        select place_bn from office where level = 'UPAZILA' order by place_bn collate "bn-x-icu", place_bn
                        """)
                .query(String.class).list();
        List<String> inJava = new ArrayList<>(fromDatabase);
        inJava.sort(BanglaText.collator());
        assertThat(fromDatabase).hasSize(494).isEqualTo(inJava);
        assertThat(fromDatabase.getFirst()).startsWith("অ");
    }

    @Test
    void theDirectoryListsDistrictsInBanglaAlphabeticalOrder() {
        List<String> listed = offices.search(new OfficeSearch(OfficeLevel.DISTRICT, null, null, 0, 100))
                .items().stream().map(Office::placeBn).toList();
        var expected = new ArrayList<>(listed);
        expected.sort(BanglaText.collator());
        assertThat(listed).hasSize(64).isEqualTo(expected);
        assertThat(listed.getFirst()).isEqualTo("কক্সবাজার");
    }
}
