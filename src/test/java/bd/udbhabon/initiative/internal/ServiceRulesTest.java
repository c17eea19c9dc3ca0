package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.initiative.ServiceKind;
import bd.udbhabon.shell.FormErrors;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a service of the register must say (issue 15, point 3), without Spring: the link above all. */
class ServiceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);

    private static String link(String typed, FormErrors errors) {
        return ServiceRules.link(typed, errors);
    }

    @Test
    void aLinkIsAnHttpOrHttpsAddressWithAHost() {
        for (String good : new String[]{"https://seba.gov.bd", "http://dinajpur.gov.bd/site/page/abc?x=1#top",
                "https://mowca.gov.bd:8443/e-nothi", "https://সেবা.বাংলা/আবেদন"}) {
            FormErrors errors = new FormErrors();
            assertThat(link(good, errors)).as(good).isEqualTo(good);
            assertThat(errors.any()).as(good).isFalse();
        }
        for (String bad : new String[]{"seba.gov.bd", "ftp://seba.gov.bd", "javascript:alert(1)", "https://", "https://localhost",
                "https://seba gov.bd", "http:/seba.gov.bd", "mailto:a@b.bd", "https://.gov.bd", "সেবা"}) {
            FormErrors errors = new FormErrors();
            link(bad, errors);
            assertThat(errors.has("link")).as(bad).isTrue();
        }
    }

    @Test
    void theSchemeIsWrittenInLowerCaseAsTheDatabaseWantsAndNoLinkIsNone() {
        FormErrors errors = new FormErrors();
        assertThat(link("  HTTPS://Seba.gov.bd/Path  ", errors)).isEqualTo("https://Seba.gov.bd/Path");
        assertThat(link("   ", errors)).isNull();
        assertThat(errors.any()).isFalse();
    }

    @Test
    void aNewServiceSaysItsNameKindStateAndADayNotAhead() {
        FormErrors errors = new FormErrors();
        ServiceRules.check(new ServiceRules.Input(" ", null, "SPEEDY", null, null, null, TODAY.plusDays(1)), true, TODAY, errors);
        assertThat(errors.has("nameBn")).isTrue();
        assertThat(errors.has("kind")).isTrue();
        assertThat(errors.has("running")).isTrue();
        assertThat(errors.has("checkedOn")).isTrue();

        FormErrors fine = new FormErrors();
        var draft = ServiceRules.check(new ServiceRules.Input("অনলাইনে জন্ম নিবন্ধন", "Online birth registration", "DIGITISED",
                "https://bdris.gov.bd", 7L, true, TODAY), true, TODAY, fine);
        assertThat(fine.any()).isFalse();
        assertThat(draft.kind()).isEqualTo(ServiceKind.DIGITISED);
        assertThat(draft.initiativeId()).isEqualTo(7L);
    }

    @Test
    void aNamesWordsAreKeptOneSpaceApart() {
        FormErrors errors = new FormErrors();
        var draft = ServiceRules.check(new ServiceRules.Input("  নাগরিক \t  সনদ ", "Citizen   certificate", "INNOVATED", null, null, true, TODAY),
                true, TODAY, errors);
        assertThat(draft.nameBn()).isEqualTo("নাগরিক সনদ");
        assertThat(draft.nameEn()).isEqualTo("Citizen certificate");
    }

    @Test
    void anEditNeedsNoStateNorDay() {
        FormErrors errors = new FormErrors();
        ServiceRules.check(new ServiceRules.Input("ই-নথি", null, "SIMPLIFIED", null, null, null, null), false, TODAY, errors);
        assertThat(errors.any()).isFalse();
    }
}
