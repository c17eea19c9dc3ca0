package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The services register (issue 15, point 3) through its pages: services registered with their link, kind,
 * initiative and first check, checked again (the latest check is the state, every check is kept), the seed's
 * summary for the office and over its scope, the counts {@link ServiceFacts} gives part G, the CSV/XLSX
 * export; a link that is no web address, another office's initiative or a name taken is refused in Bangla
 * with the form as typed and nothing written; a service is never reached through another office's path.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class ServiceRegisterTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    ServiceFacts facts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.util.List<InitiativePageLinks> parts;

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }

    private static Map<String, String> service(String name, String kind, String link, Object initiative, String running, String day) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("nameBn", name);
        form.put("nameEn", "");
        form.put("kind", kind);
        form.put("link", link);
        form.put("initiativeId", initiative == null ? "" : initiative.toString());
        form.put("running", running);
        form.put("checkedOn", day);
        return form;
    }

    private long serviceId(Browsing.Page saved) {
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));
    }

    @Test
    void anOfficeRegistersAndChecksItsServicesAndTheSummaryCountsThemAsTheSeedDoes() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        Initiative initiative = fixtures.initiative(upazila, InitiativeKind.DIGITISATION, "ভূমি কর");
        accounts.create("services-uno", Role.OFFICE_ADMIN, upazila);
        accounts.create("services-dc", Role.OFFICE_ADMIN, district);
        Browsing uno = signedIn("services-uno");
        String base = "/offices/" + upazila + "/services";

        assertThat(uno.get(base + "/new").status()).isEqualTo(200);
        long tax = serviceId(uno.post(base + "/new", service("অনলাইনে ভূমি উন্নয়ন কর", "DIGITISED", "HTTPS://ldtax.gov.bd",
                initiative.id(), "true", "১০-০৩-২০২৪")));
        long mutation = serviceId(uno.post(base + "/new", service("ই-মিউটেশন", "SIMPLIFIED", "", null, "false", "2024-03-01")));

        String register = uno.get(base).body();
        assertThat(register).contains("এ পর্যন্ত ২টি উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবা নিবন্ধিত; যার মাঝে ১টি সেবা সচল রয়েছে।")
                .contains("href=\"https://ldtax.gov.bd\"", "ডিজিটাইজকৃত", "সচল নয়", "১০ মার্চ ২০২৪", initiative.titleBn());
        assertThat(facts.service(tax).orElseThrow().link()).as("the scheme as the database takes it").isEqualTo("https://ldtax.gov.bd");

        // a check makes the service's state; a check of an earlier day is kept in the history only
        var checked = uno.post(base + "/" + mutation + "/check", Map.of("running", "true", "on", "2024-03-12", "noteBn", "চালু হয়েছে"));
        assertThat(checked.status()).as(checked.body()).isEqualTo(302);
        var older = uno.post(base + "/" + mutation + "/check", Map.of("running", "false", "on", "2024-02-01", "noteBn", ""));
        assertThat(older.status()).as(older.body()).isEqualTo(302);
        RegisteredService now = facts.service(mutation).orElseThrow();
        assertThat(now.running()).isTrue();
        assertThat(now.checkedOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(uno.get(base + "/" + mutation).body()).contains("চালু হয়েছে", "১২ মার্চ ২০২৪", "০১ মার্চ ২০২৪", "০১ ফেব্রুয়ারি ২০২৪");
        assertThat(jdbc.sql("select count(*) from office_service_check where service_id = ?").param(mutation).query(Long.class).single())
                .isEqualTo(3);

        assertThat(facts.count(upazila)).isEqualTo(new ServiceFacts.Count(2, 2));
        assertThat(facts.countOverScope(district)).isEqualTo(new ServiceFacts.Count(2, 2));
        assertThat(facts.count(district)).isEqualTo(ServiceFacts.Count.NONE);
        assertThat(facts.countBelow(district)).containsExactly(Map.entry(upazila, new ServiceFacts.Count(2, 2)));
        // the superior reads the register, with its own scope's summary on its own
        Browsing dc = signedIn("services-dc");
        assertThat(dc.get(base).status()).isEqualTo(200);
        assertThat(dc.get("/offices/" + district + "/services").body())
                .contains("এই দপ্তর ও অধীন সব দপ্তর মিলে ২টি সেবা; যার মাঝে ২টি সচল।");
        assertThat(dc.post(base + "/new", service("অন্য সেবা", "INNOVATED", "", null, "true", "2024-03-01")).status())
                .as("writing does not reach down").isEqualTo(403);

        // only the services that came from one initiative, as the initiative page's link (order 300) asks
        assertThat(uno.get(base + "?initiative=" + initiative.id()).body()).contains("অনলাইনে ভূমি উন্নয়ন কর").doesNotContain("ই-মিউটেশন");
        assertThat(parts.stream().flatMap(p -> p.links(initiative).stream()))
                .anySatisfy(l -> assertThat(l).extracting(InitiativePageLinks.Link::order, InitiativePageLinks.Link::href)
                        .containsExactly(300, base + "?initiative=" + initiative.id()));
        Initiative without = fixtures.initiative(upazila, InitiativeKind.IDEA, "সেবাহীন");
        assertThat(parts.stream().flatMap(p -> p.links(without).stream())).noneMatch(l -> l.order() == 300);
        // the office page leads to the register; in English the summary is English, digits and all
        assertThat(uno.get("/offices/" + upazila).body()).contains("data-testid=\"services-link\"", "href=\"" + base + "\"");
        assertThat(uno.get(base + "?lang=en").body()).contains("Services registered so far: 2; of them running: 2.", "12 Mar 2024");
        uno.get(base + "?lang=bn");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'office-service' and record_id = ?")
                .param(Long.toString(mutation)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBadLinkAnotherOfficesInitiativeOrATakenNameIsRefusedInBanglaAsTypedAndNothingIsWritten() {
        long upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long elsewhere = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative theirs = fixtures.initiative(elsewhere, InitiativeKind.SIMPLIFICATION, "অন্যের");
        accounts.create("services-bad", Role.MEMBER_SECRETARY, upazila);
        Browsing user = signedIn("services-bad");
        String base = "/offices/" + upazila + "/services";
        user.get(base + "/new");

        var badLink = user.post(base + "/new", service("নাগরিক সনদ", "INNOVATED", "seba.gov.bd", null, "true", "2024-03-01"));
        assertThat(badLink.status()).isEqualTo(200);
        assertThat(badLink.body()).contains("\"seba.gov.bd\" কোনো ওয়েব ঠিকানা নয়; লিংক http:// বা https:// দিয়ে শুরু হবে")
                .contains("value=\"নাগরিক সনদ\"", "value=\"seba.gov.bd\"");

        var notOurs = user.post(base + "/new", service("নাগরিক সনদ", "INNOVATED", "https://seba.gov.bd", theirs.id(), "true", "2024-03-01"));
        assertThat(notOurs.status()).isEqualTo(200);
        assertThat(notOurs.body()).contains("বেছে নেওয়া উদ্যোগটি এই দপ্তরের নয়; অজানা উদ্যোগের সাথে সেবা যুক্ত করা যায় না।");
        var unknown = user.post(base + "/new", service("নাগরিক সনদ", "INNOVATED", "", "999999999", "true", "2024-03-01"));
        assertThat(unknown.body()).contains("বেছে নেওয়া উদ্যোগটি এই দপ্তরের নয়");

        var future = user.post(base + "/new", service("নাগরিক সনদ", "INNOVATED", "", null, "", "2999-01-01"));
        assertThat(future.body()).contains("তারিখ আজকের পরে হতে পারে না।", "সেবাটি সচল কি না বেছে নিন।");
        assertThat(facts.services(upazila)).isEmpty();

        serviceId(user.post(base + "/new", service("নাগরিক সনদ", "INNOVATED", "", null, "true", "2024-03-01")));
        var twice = user.post(base + "/new", service(" নাগরিক  সনদ ", "SIMPLIFIED", "", null, "false", "2024-03-02"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("এই দপ্তরের নিবন্ধনে \"নাগরিক সনদ\" নামে একটি সেবা আগে থেকেই আছে।");
        serviceId(user.post(base + "/new", service("e-Nothi সেবা", "DIGITISED", "", null, "true", "2024-03-01")));
        assertThat(user.post(base + "/new", service("E-NOTHI সেবা", "DIGITISED", "", null, "true", "2024-03-01")).body())
                .contains("এই দপ্তরের নিবন্ধনে \"E-NOTHI সেবা\" নামে একটি সেবা আগে থেকেই আছে।");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("""
                        insert into office_service (office_id, name_bn, kind, running, checked_on)
                        values (?, 'E-NOTHI সেবা', 'DIGITISED', true, date '2024-03-01')""").param(upazila).update())
                .as("the database keeps the rule too (V42), for two writers at once")
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(facts.services(upazila)).extracting(RegisteredService::nameBn).containsExactlyInAnyOrder("নাগরিক সনদ", "e-Nothi সেবা");
        assertThat(jdbc.sql("select count(*) from office_service_check c join office_service s on s.id = c.service_id where s.office_id = ?")
                .param(upazila).query(Long.class).single()).isEqualTo(2);

        // a check without its answer or with a day that is none is refused, the state unchanged
        long id = facts.services(upazila).stream().filter(x -> x.nameBn().equals("নাগরিক সনদ")).findFirst().orElseThrow().id();
        var noAnswer = user.post(base + "/" + id + "/check", Map.of("running", "", "on", "৩১-০২-২০২৪", "noteBn", "যাচাই"));
        assertThat(noAnswer.status()).isEqualTo(200);
        assertThat(noAnswer.body()).contains("তারিখটি পড়া যায়নি", "যাচাই");
        var notAnAnswer = user.post(base + "/" + id + "/check", Map.of("running", "হয়তো", "on", "2024-03-05", "noteBn", ""));
        assertThat(notAnAnswer.body()).as("only yes or no is an answer").contains("সেবাটি সচল কি না বেছে নিন।");
        assertThat(jdbc.sql("select count(*) from office_service_check where service_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aServiceIsReachedOnlyThroughItsOwnOfficesPath() {
        long upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long other = fixtures.office(OfficeLevel.UPAZILA, null, null);
        accounts.create("services-two", Role.OFFICE_ADMIN, upazila);
        accounts.grant(jdbc.sql("select id from account where username = 'services-two'").query(Long.class).single(), Role.OFFICE_ADMIN, other);
        Browsing user = signedIn("services-two");
        long id = serviceId(user.post("/offices/" + upazila + "/services/new", service("ই-সেবা", "INNOVATED", "", null, "true", "2024-03-01")));

        assertThat(user.get("/offices/" + other + "/services/" + id).status()).isEqualTo(404);
        assertThat(user.get("/offices/" + other + "/services/" + id + "/edit").status()).isEqualTo(404);
        assertThat(user.post("/offices/" + other + "/services/" + id + "/check", Map.of("running", "false", "on", "2024-03-05")).status())
                .isEqualTo(404);
        assertThat(user.post("/offices/" + other + "/services/" + id + "/edit", service("বদলে গেছে", "INNOVATED", "", null, "", "")).status())
                .isEqualTo(404);
        assertThat(facts.service(id).orElseThrow().nameBn()).isEqualTo("ই-সেবা");
        assertThat(facts.service(id).orElseThrow().running()).isTrue();

        // edited through its own path: the name and the kind change, its state stays the last check's
        var edited = user.post("/offices/" + upazila + "/services/" + id + "/edit", service("ই-সেবা কেন্দ্র", "DIGITISED", "https://e-seba.gov.bd", null, "", ""));
        assertThat(edited.status()).as(edited.body()).isEqualTo(302);
        RegisteredService after = facts.service(id).orElseThrow();
        assertThat(after.nameBn()).isEqualTo("ই-সেবা কেন্দ্র");
        assertThat(after.kind()).isEqualTo(ServiceKind.DIGITISED);
        assertThat(after.running()).isTrue();
    }

    @Test
    void theRegisterExportsAsCsvAndXlsxInTheReadersLanguage() {
        long upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        accounts.create("services-export", Role.OFFICE_ADMIN, upazila);
        Browsing user = signedIn("services-export");
        serviceId(user.post("/offices/" + upazila + "/services/new", service("=ঝুঁকিপূর্ণ নাম", "INNOVATED", "https://a.gov.bd", null, "false", "2024-03-01")));

        var csv = user.bytes("/offices/" + upazila + "/services.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("সেবার নাম (বাংলা)", "যাচাইয়ের তারিখ", "'=ঝুঁকিপূর্ণ নাম", "https://a.gov.bd", "সচল নয়", "2024-03-01");
        var english = user.bytes("/offices/" + upazila + "/services.csv?lang=en");
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("Name of the service (Bangla)", "Not running");

        var xlsx = user.bytes("/offices/" + upazila + "/services.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith(new byte[]{'P', 'K'});
    }
}
