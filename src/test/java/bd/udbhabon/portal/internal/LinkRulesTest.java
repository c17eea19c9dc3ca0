package bd.udbhabon.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkRulesTest {

    @Test
    void aWholeHttpOrHttpsAddressIsKeptTrimmed() {
        assertThat(LinkRules.clean("  https://pabna.gov.bd/site/page/innovation-corner ")).isEqualTo("https://pabna.gov.bd/site/page/innovation-corner");
        assertThat(LinkRules.clean("http://www.rajshahidiv.gov.bd")).isEqualTo("http://www.rajshahidiv.gov.bd");
        assertThat(LinkRules.clean("HTTPS://Pabna.gov.bd:8443/x?a=1#b")).isEqualTo("HTTPS://Pabna.gov.bd:8443/x?a=1#b");
        assertThat(LinkRules.clean("https://পাবনা.বাংলা/সেবা")).as("a Bangla domain, read through IDN").isEqualTo("https://পাবনা.বাংলা/সেবা");
    }

    @Test
    void nothingTypedIsAnItemNotDone() {
        assertThat(LinkRules.clean(null)).isEmpty();
        assertThat(LinkRules.clean("   ")).isEmpty();
    }

    @Test
    void anythingElseIsNoWebAddress() {
        for (String bad : new String[] {"pabna.gov.bd", "www.pabna.gov.bd/page", "ftp://pabna.gov.bd/x", "javascript:alert(1)",
                "https://", "https:///page", "https://localhost/x", "https://pabna", "https://pabna.gov.bd/a b", "mailto:dc@pabna.gov.bd",
                "https://user@pabna.gov.bd/", "https://.gov.bd/", "ওয়েবসাইটে আছে", "https://pabna.gov.bd/" + "x".repeat(1000)}) {
            assertThat(LinkRules.clean(bad)).as(bad).isNull();
        }
    }
}
