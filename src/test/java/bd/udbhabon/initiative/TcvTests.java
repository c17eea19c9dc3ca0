package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Permission;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.initiative.internal.TcvRules;
import bd.udbhabon.initiative.internal.TcvService;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.HtmlForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Service simplification measured the a2i way (issue 15, point 2): the process before and after and the
 * citizen's time, cost and visits through the page (saved together, refused as a whole with Bangla messages
 * and the form as typed), the savings per case and per year, and the totals over an office's subtree by level.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class TcvTests {

    @LocalServerPort
    int port;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    TcvService tcv;
    @Autowired
    TcvFacts facts;
    @Autowired
    List<InitiativePageLinks> pageLinks;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    record Office(long id, String writerName, Browsing writer, Browsing reader) {
    }

    Office office() {
        long id = fixtures.office(OfficeLevel.UPAZILA, null, null);
        String name = "tcv-" + System.nanoTime();
        accounts.create(name + "-w", Role.OFFICE_ADMIN, id);
        accounts.create(name + "-r", Role.AUDITOR, id);
        var writer = new Browsing(port);
        writer.signIn(name + "-w", TestAccounts.PASSWORD);
        var reader = new Browsing(port);
        reader.signIn(name + "-r", TestAccounts.PASSWORD);
        return new Office(id, name + "-w", writer, reader);
    }

    static String page(long office, long initiative) {
        return "/offices/" + office + "/initiatives/" + initiative + "/tcv";
    }

    String stored(long initiative) {
        return jdbc.sql("select coalesce(string_agg(phase || step_no || ':' || text_bn || '/' || coalesce(actor_bn, ''), '|' order by phase, step_no), '')"
                        + " from initiative_process_step where initiative_id = ?").param(initiative).query(String.class).single()
                + " # " + jdbc.sql("select coalesce(max(concat_ws(',', time_before, time_after, cost_before, cost_after, visits_before,"
                        + " visits_after, cases_per_year, measured_on)), '') from initiative_tcv where initiative_id = ?")
                .param(initiative).query(String.class).single();
    }

    /** Seed 004's land record certificate: 3 steps and 15 days, 1,200 taka, 4 visits before; 2 steps, 3 days, 300 taka, 1 visit after. */
    HtmlForm filled(Office office, Initiative initiative) {
        var form = HtmlForm.on(office.writer().get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]");
        assertThat(form.values("before[1].text")).as("two spare rows to start with").hasSize(1);
        assertThat(form.value("before[2].text")).isNull();
        // room for a third step before: the button adds rows, saves nothing
        var more = form.set("action", "more-before").submit(office.writer(), port);
        assertThat(more.status()).isEqualTo(200);
        form = HtmlForm.on(more.body(), "form[data-testid=tcv-form]");
        assertThat(form.value("before[4].text")).isEqualTo("");
        return form.set("action", "save")
                .set("before[0].text", "ইউনিয়ন ভূমি অফিসে আবেদন জমা").set("before[0].actor", "নাগরিক")
                .set("before[1].text", "সরেজমিন তদন্ত").set("before[1].actor", "ইউনিয়ন ভূমি সহকারী কর্মকর্তা")
                .set("before[2].text", "উপজেলা থেকে সনদ সংগ্রহ").set("before[2].actor", "নাগরিক")
                .set("after[0].text", "অনলাইনে আবেদন").set("after[0].actor", "নাগরিক")
                .set("after[1].text", "ই-মেইলে সনদ").set("after[1].actor", "সহকারী কমিশনার (ভূমি)")
                .set("timeBefore", "১৫").set("timeAfter", "3").set("costBefore", "১,২০০").set("costAfter", "৩০০")
                .set("visitsBefore", "৪").set("visitsAfter", "1").set("casesPerYear", "১২,০০০").set("measuredOn", "2025-10-01");
    }

    @Test
    void theFormSavesProcessAndTcvTogetherAndThePageShowsThemSideBySideWithTheSavings() {
        Office office = office();
        Initiative initiative = fixtures.initiative(office.id(), InitiativeKind.SIMPLIFICATION, "ভূমি");
        var empty = Jsoup.parse(office.reader().get(page(office.id(), initiative.id())).body());
        assertThat(empty.selectFirst("[data-testid=no-process]").text()).isEqualTo("প্রক্রিয়ার ধাপ এখনো লেখা হয়নি।");
        assertThat(empty.selectFirst("[data-testid=not-measured]")).isNotNull();
        assertThat(empty.selectFirst("[data-testid=tcv-form]")).as("a reader reads, does not write").isNull();
        assertThat(stored(initiative.id())).isEqualTo(" # ");

        var saved = filled(office, initiative).submit(office.writer(), port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith(page(office.id(), initiative.id()) + "?saved");
        assertThat(stored(initiative.id())).isEqualTo("AFTER1:অনলাইনে আবেদন/নাগরিক|AFTER2:ই-মেইলে সনদ/সহকারী কমিশনার (ভূমি)"
                + "|BEFORE1:ইউনিয়ন ভূমি অফিসে আবেদন জমা/নাগরিক|BEFORE2:সরেজমিন তদন্ত/ইউনিয়ন ভূমি সহকারী কর্মকর্তা|BEFORE3:উপজেলা থেকে সনদ সংগ্রহ/নাগরিক"
                + " # 15.00,3.00,1200.00,300.00,4,1,12000,2025-10-01");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'initiative.tcvSaved' and record_id = ?")
                .param(Long.toString(initiative.id())).query(Long.class).single()).isEqualTo(1);

        Document shown = Jsoup.parse(office.reader().get(page(office.id(), initiative.id())).body());
        assertThat(shown.selectFirst("[data-testid=steps-count]").text()).isEqualTo("ধাপ: আগে ৩টি, পরে ২টি।");
        assertThat(shown.selectFirst("[data-testid=process-row-1]").text()).contains("ইউনিয়ন ভূমি অফিসে আবেদন জমা", "অনলাইনে আবেদন");
        assertThat(shown.selectFirst("[data-testid=process-row-3] [data-testid=after]").text()).isEmpty();
        assertThat(shown.selectFirst("[data-testid=cases-and-day]").text()).startsWith("বছরে সেবা গ্রহণ: ১২,০০০ বার · মাপার তারিখ:")
                .contains("১ অক্টোবর ২০২৫");
        assertThat(shown.select("[data-testid=tcv-time] td").eachText()).containsExactly("১৫", "৩", "১২", "১,৪৪,০০০");
        assertThat(shown.select("[data-testid=tcv-cost] td").eachText()).containsExactly("১,২০০", "৩০০", "৯০০", "১,০৮,০০,০০০");
        assertThat(shown.select("[data-testid=tcv-visits] td").eachText()).containsExactly("৪", "১", "৩", "৩৬,০০০");
        var chart = shown.selectFirst("[data-testid=tcv-chart] svg");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.select("[data-testid=bars-time] [data-testid=bar-before]").attr("height")).isEqualTo("140");
        assertThat(chart.select("[data-testid=bars-time] [data-testid=bar-after]").attr("height")).isEqualTo("28");
        assertThat(chart.select("[data-testid=bars-cost] text").eachText()).contains("১,২০০", "৩০০", "খরচ (টাকা)");
        assertThat(shown.selectFirst("[data-testid=tcv-form]")).isNull();

        // the writer's form shows what is stored, in the page's digits, with spare rows
        var again = HtmlForm.on(office.writer().get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]");
        assertThat(again.value("before[2].text")).isEqualTo("উপজেলা থেকে সনদ সংগ্রহ");
        assertThat(again.value("before[4].text")).isEqualTo("");
        assertThat(again.value("costBefore")).isEqualTo("১২০০");
        assertThat(again.value("measuredOn")).isEqualTo("2025-10-01");
        assertThat(facts.tcv(initiative.id()).orElseThrow().costSavedPerYear()).isEqualByComparingTo("10800000");
    }

    @Test
    void aRefusedFormSaysEveryProblemInBanglaKeepsWhatWasTypedAndWritesNothing() {
        Office office = office();
        Initiative initiative = fixtures.initiative(office.id(), InitiativeKind.DIGITISATION, "নামজারি");
        assertThat(filled(office, initiative).submit(office.writer(), port).status()).isEqualTo(302);
        String before = stored(initiative.id());

        var form = HtmlForm.on(office.writer().get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]")
                .set("before[0].remove", "on")                                 // a removal, with the rest refused: not made either
                .set("after[2].actor", "নাগরিক")                                 // who, but no step
                .set("timeAfter", "-২").set("timeBefore", "৪০০০").set("costBefore", "অনেক")
                .set("visitsBefore", "১০০১").set("visitsAfter", "১.৫").set("casesPerYear", "");
        var refused = form.submit(office.writer(), port);
        assertThat(refused.status()).isEqualTo(200);
        Document html = Jsoup.parse(refused.body());
        assertThat(html.select(".field-error").eachAttr("data-testid")).containsExactlyInAnyOrder("after2-text-error",
                "timeBefore-error", "timeAfter-error", "costBefore-error", "visitsBefore-error", "visitsAfter-error", "casesPerYear-error");
        assertThat(html.selectFirst("[data-testid=timeBefore-error]").text()).isEqualTo("সময় ৩৬৫০ দিনের (১০ বছর) বেশি হতে পারে না।");
        assertThat(html.selectFirst("[data-testid=timeAfter-error]").text()).isEqualTo("ঋণাত্মক সংখ্যা হতে পারে না।");
        assertThat(html.selectFirst("[data-testid=costBefore-error]").text()).isEqualTo("“অনেক” সংখ্যা নয়।");
        assertThat(html.selectFirst("[data-testid=visitsBefore-error]").text()).isEqualTo("যাতায়াত ১০০০ বারের বেশি হতে পারে না।");
        assertThat(html.selectFirst("[data-testid=visitsAfter-error]").text()).isEqualTo("পূর্ণসংখ্যা লিখুন।");
        assertThat(html.selectFirst("[data-testid=after2-text-error]").text()).isEqualTo("ধাপটি কী, তা লিখুন (কে করেন তার সাথে)।");
        assertThat(html.select("[data-testid=form-errors] li")).hasSize(7);
        var kept = HtmlForm.on(refused.body(), "form[data-testid=tcv-form]");
        assertThat(kept.value("timeAfter")).isEqualTo("-২");
        assertThat(kept.value("costBefore")).isEqualTo("অনেক");
        assertThat(kept.value("after[2].actor")).isEqualTo("নাগরিক");
        assertThat(kept.value("before[0].remove")).as("the removal still ticked").isEqualTo("on");
        assertThat(stored(initiative.id())).as("nothing written").isEqualTo(before);

        // an unreadable day is said too, the day kept as typed
        var badDay = Jsoup.parse(HtmlForm.on(office.writer().get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]")
                .set("measuredOn", "৩১-০২-২০২৫").submit(office.writer(), port).body());
        assertThat(badDay.selectFirst("[data-testid=measuredOn-error]")).isNotNull();
        assertThat(badDay.selectFirst("#measuredOn").attr("value")).isEqualTo("৩১-০২-২০২৫");

        // in English, in English
        var english = new Browsing(port);
        english.signIn(office.writerName(), TestAccounts.PASSWORD);
        english.get(page(office.id(), initiative.id()) + "?lang=en");
        var englishPage = Jsoup.parse(HtmlForm.on(english.get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]")
                .set("visitsBefore", "1001").submit(english, port).body());
        assertThat(englishPage.selectFirst("[data-testid=visitsBefore-error]").text()).isEqualTo("Visits cannot be more than 1000.");
        assertThat(stored(initiative.id())).isEqualTo(before);

        // a removed step and cleared figures: the process alone, renumbered
        var cleared = HtmlForm.on(office.writer().get(page(office.id(), initiative.id())).body(), "form[data-testid=tcv-form]")
                .set("before[0].remove", "on").set("timeBefore", "").set("timeAfter", "").set("costBefore", "").set("costAfter", "")
                .set("visitsBefore", "").set("visitsAfter", "").set("casesPerYear", "").submit(office.writer(), port);
        assertThat(cleared.status()).isEqualTo(302);
        assertThat(stored(initiative.id())).isEqualTo("AFTER1:অনলাইনে আবেদন/নাগরিক|AFTER2:ই-মেইলে সনদ/সহকারী কমিশনার (ভূমি)"
                + "|BEFORE1:সরেজমিন তদন্ত/ইউনিয়ন ভূমি সহকারী কর্মকর্তা|BEFORE2:উপজেলা থেকে সনদ সংগ্রহ/নাগরিক # ");
    }

    @Test
    void anotherOfficesInitiativeIsNotFoundAndOnlyWritersSave() {
        Office office = office();
        Office other = office();
        Initiative theirs = fixtures.initiative(other.id(), InitiativeKind.SIMPLIFICATION, "অন্য");
        assertThat(office.writer().get(page(office.id(), theirs.id())).status()).isEqualTo(404);
        assertThat(office.writer().post(page(office.id(), theirs.id()), java.util.Map.of("timeBefore", "1")).status()).isEqualTo(404);
        Initiative ours = fixtures.initiative(office.id(), InitiativeKind.SIMPLIFICATION, "নিজের");
        office.reader().get(page(office.id(), ours.id()));
        assertThat(office.reader().post(page(office.id(), ours.id()), java.util.Map.of("timeBefore", "1")).status()).isEqualTo(403);
        assertThatThrownBy(() -> tcv.save(Long.MAX_VALUE, List.of(), List.of(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theLinkOnTheInitiativePageIsForEveryReaderOfASimplificationAndForWritersOfAnIdeaNotYetMapped() {
        long office = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative simplification = fixtures.initiative(office, InitiativeKind.SIMPLIFICATION, "লিংক");
        Initiative idea = fixtures.initiative(office, InitiativeKind.IDEA, "লিংক");
        assertThat(link(simplification).needs()).isNull();
        assertThat(link(simplification).order()).isEqualTo(100);
        assertThat(link(simplification).href()).isEqualTo(page(office, simplification.id()));
        assertThat(link(idea).needs()).as("an idea's process map is drawn by its writers").isEqualTo(Permission.WRITE_RECORDS);
        tcv.save(idea.id(), List.of(new TcvRules.Step("হাতে হাতে নথি", null)), List.of(), null);
        assertThat(link(idea).needs()).as("filled in: everyone who reads it").isNull();
    }

    InitiativePageLinks.Link link(Initiative initiative) {
        return pageLinks.stream().flatMap(l -> l.links(initiative).stream()).filter(l -> "tcv-link".equals(l.testId())).findFirst().orElseThrow();
    }

    static TcvRules.Figures figures(String timeBefore, String timeAfter, String costBefore, String costAfter, int visitsBefore, int visitsAfter,
                                    long cases) {
        return new TcvRules.Figures(timeBefore, timeAfter, costBefore, costAfter, Integer.toString(visitsBefore), Integer.toString(visitsAfter),
                Long.toString(cases), LocalDate.of(2025, 1, 1));
    }

    @Test
    void theTotalsAddUpTheSubtreeByLevelAndBelowLeavingStoppedInitiativesOut() {
        TcvTotals countryBefore = facts.country();
        long division = fixtures.office(OfficeLevel.DIVISION, null, null);
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long otherUpazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long otherDistrict = fixtures.office(OfficeLevel.DISTRICT, division, null);
        // the upazila: 10 days and 100 taka and 2 visits saved on each of 1,000 cases; 1.5 days and 50 taka, 1 visit on 200
        tcv.save(fixtures.initiative(upazila, InitiativeKind.SIMPLIFICATION, "ক").id(), List.of(), List.of(), figures("12", "2", "150", "50", 3, 1, 1000));
        tcv.save(fixtures.initiative(upazila, InitiativeKind.DIGITISATION, "খ").id(), List.of(), List.of(), figures("2", "0.5", "50", "0", 1, 0, 200));
        // the district itself: a loss (2 days more, 10 taka more) on 100 cases
        tcv.save(fixtures.initiative(district, InitiativeKind.SIMPLIFICATION, "গ").id(), List.of(), List.of(), figures("1", "3", "0", "10", 1, 1, 100));
        // the other upazila: measured, then stopped: out of every total
        Initiative stopped = fixtures.initiative(otherUpazila, InitiativeKind.SIMPLIFICATION, "ঘ");
        tcv.save(stopped.id(), List.of(), List.of(), figures("30", "1", "500", "0", 5, 1, 5000));
        TcvTotals withStopped = facts.totals(district);
        initiatives.move(stopped.id(), new InitiativeService.Move(Stage.STOPPED, LocalDate.of(2024, 1, 1), null, "বাজেট নেই", null, List.of()));
        // an idea with its process only: not measured, counts nowhere
        tcv.save(fixtures.initiative(otherDistrict, InitiativeKind.IDEA, "ঙ").id(), List.of(new TcvRules.Step("ধাপ", null)), List.of(), null);

        TcvTotals upazilaTotals = facts.totals(upazila);
        assertThat(upazilaTotals.measured()).isEqualTo(2);
        assertThat(upazilaTotals.timePerCase()).isEqualByComparingTo("11.5");
        assertThat(upazilaTotals.costPerCase()).isEqualByComparingTo("150");
        assertThat(upazilaTotals.visitsPerCase()).isEqualTo(3);
        assertThat(upazilaTotals.timePerYear()).isEqualByComparingTo("10300");   // 10 x 1000 + 1.5 x 200
        assertThat(upazilaTotals.costPerYear()).isEqualByComparingTo("110000");  // 100 x 1000 + 50 x 200
        assertThat(upazilaTotals.visitsPerYear()).isEqualTo(2200);
        assertThat(upazilaTotals.averageTimePerCase()).isEqualByComparingTo("5.75");

        TcvTotals districtTotals = facts.totals(district);
        assertThat(districtTotals.measured()).isEqualTo(3);
        assertThat(districtTotals.timePerYear()).isEqualByComparingTo("10100");  // the district's loss of 2 x 100 counts against
        assertThat(districtTotals.costPerYear()).isEqualByComparingTo("109000");
        assertThat(districtTotals.visitsPerYear()).isEqualTo(2200);
        assertThat(withStopped.measured()).as("before it stopped it counted").isEqualTo(4);
        assertThat(facts.totals(otherUpazila)).isEqualTo(TcvTotals.NONE);
        assertThat(facts.totals(division)).isEqualTo(districtTotals);

        var byLevel = facts.totalsByLevel(division);
        assertThat(byLevel).containsOnlyKeys(OfficeLevel.DISTRICT, OfficeLevel.UPAZILA);
        assertThat(byLevel.get(OfficeLevel.UPAZILA)).isEqualTo(upazilaTotals);
        assertThat(byLevel.get(OfficeLevel.DISTRICT).timePerYear()).isEqualByComparingTo("-200");
        assertThat(facts.totalsBelow(division)).containsOnlyKeys(district).containsEntry(district, districtTotals);
        assertThat(facts.totalsBelow(district)).containsOnlyKeys(upazila);

        TcvTotals countryAfter = facts.country();
        assertThat(countryAfter.measured() - countryBefore.measured()).isEqualTo(3);
        assertThat(countryAfter.costPerYear().subtract(countryBefore.costPerYear())).isEqualByComparingTo("109000");

        // the tallies the triggers kept are what recomputing them from every TCV gives
        var tallies = jdbc.sql("select * from initiative_tcv_office order by office_id").query().listOfRows();
        tcv.rebuildTallies();
        assertThat(jdbc.sql("select * from initiative_tcv_office order by office_id").query().listOfRows()).isEqualTo(tallies);
        // taken up again: counted again
        initiatives.move(stopped.id(), new InitiativeService.Move(Stage.RUNNING, LocalDate.of(2024, 2, 1), null, "বাজেট মিলেছে", null, List.of()));
        assertThat(facts.totals(district).measured()).isEqualTo(4);
        assertThat(facts.totals(district).timePerYear()).isEqualByComparingTo(BigDecimal.valueOf(10100 + 29 * 5000));
    }
}
