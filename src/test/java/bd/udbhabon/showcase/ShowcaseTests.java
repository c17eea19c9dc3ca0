package bd.udbhabon.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.internal.ShowcaseResults;
import bd.udbhabon.showcase.internal.ShowcaseRules.CriterionRow;
import bd.udbhabon.showcase.internal.ShowcaseScoring;
import bd.udbhabon.showcase.internal.ShowcaseScoringAccess;
import bd.udbhabon.showcase.internal.ShowcaseService;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Showcasing (issue 15, point 5) on the database: criteria whose weights do not add up to 100, an entry from
 * outside the office's subtree, a judge scoring an entry of their own office (not offered, refused by the service
 * and by V38's trigger, told in Bangla), a judge scoring twice; each refused with nothing written. The ranking over
 * the judges' scores.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class ShowcaseTests {

    @Autowired
    ShowcaseFixtures fixtures;
    @Autowired
    InitiativeFixtures initiatives;
    @Autowired
    bd.udbhabon.initiative.Initiatives initiativeList;
    @Autowired
    ShowcaseService showcases;
    @Autowired
    ShowcaseScoring scoring;
    @Autowired
    ShowcaseResults results;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private static Consumer<Throwable> refusedWith(String field, String key) {
        return e -> assertThat(((UserFacingException) e).fieldErrors().resolve((k, args) -> k)).containsEntry(field, key);
    }

    private long scores(Showcase showcase) {
        return jdbc.sql("select count(*) from showcase_score s join showcase_entry e on e.id = s.entry_id where e.showcase_id = ?")
                .param(showcase.id()).query(Long.class).single();
    }

    @Test
    void weightsNotAddingUpToAHundredAreRefusedAndTheCriteriaStayAsTheyWere() {
        var made = fixtures.draft("ভার");

        assertThatThrownBy(() -> showcases.criteria(made.district(), made.showcase().id(),
                List.of(new CriterionRow("উদ্ভাবনী মান", "60", "10"), new CriterionRow("জনগণের উপকার", "30", "20"))))
                .satisfies(refusedWith("criteria", "showcase.error.weights"));

        assertThat(results.view(made.district(), made.showcase().id()).criteria())
                .extracting(c -> c.nameBn() + " " + c.weight().stripTrailingZeros().toPlainString() + "/" + c.maxScore())
                .containsExactly("উদ্ভাবনী মান 60/10", "জনগণের উপকার 40/20");
    }

    @Test
    void entriesComeFromTheOfficeAndTheOfficesBelowItOnly() {
        var made = fixtures.draft("সীমা");
        long elsewhere = initiatives.office(OfficeLevel.UPAZILA, null, null);
        Initiative outside = initiatives.initiative(elsewhere, InitiativeKind.IDEA, "বাইরের");

        assertThatThrownBy(() -> showcases.enter(made.district(), made.showcase().id(), outside.id()))
                .satisfies(refusedWith("initiativeId", "showcase.error.entryNotInScope"));
        assertThatThrownBy(() -> showcases.enter(made.district(), made.showcase().id(), made.ofUpazila1().id()))
                .satisfies(refusedWith("initiativeId", "showcase.error.entryTwice"));

        // what the entry form offers: the subtree's initiatives, narrowed by a word of their title
        assertThat(initiativeList.inScope(made.district(), null, 50)).extracting(Initiative::id)
                .containsExactlyInAnyOrder(made.ofDistrict().id(), made.ofUpazila1().id(), made.ofUpazila2().id());
        assertThat(initiativeList.inScope(made.district(), "উপজেলা১ সীমা", 50)).extracting(Initiative::id)
                .containsExactly(made.ofUpazila1().id());
        assertThat(initiativeList.inScope(made.upazila2(), null, 50)).extracting(Initiative::id).containsExactly(made.ofUpazila2().id());
    }

    @Test
    void aJudgeIsNotOfferedNorAllowedAnEntryOfTheirOwnOfficeNorTheDatabaseEither() {
        var made = fixtures.scoring("স্বার্থ");
        var ownEntry = results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == made.ofUpazila1().id()).findFirst().orElseThrow().entry();

        accounts.as(made.upazilaJudge(), () -> {
            assertThat(scoring.toScore(made.district(), made.showcase().id())).extracting(t -> t.entry().initiative().id())
                    .containsExactlyInAnyOrder(made.ofDistrict().id(), made.ofUpazila2().id());
            assertThatThrownBy(() -> scoring.score(made.district(), made.showcase().id(), ownEntry.id(), fixtures.typed(made, "9", "18")))
                    .satisfies(refusedWith("entryId", "showcase.error.ownOffice"));
            return null;
        });
        assertThat(scores(made.showcase())).isZero();

        // whoever writes, V38's trigger refuses it too
        long judge = jdbc.sql("select id from showcase_judge where showcase_id = ? and office_id = ?")
                .param(made.showcase().id()).param(made.upazila1()).query(Long.class).single();
        long criterion = results.view(made.district(), made.showcase().id()).criteria().getFirst().id();
        assertThatThrownBy(() -> jdbc.sql("insert into showcase_score (judge_id, entry_id, criterion_id, score) values (?, ?, ?, 5)")
                .param(judge).param(ownEntry.id()).param(criterion).update())
                .hasMessageContaining("a judge may not score an entry of their own office");
        assertThat(scores(made.showcase())).isZero();
    }

    /** A judge holding roles at two offices has a conflict with both, not only with the first they were found by. */
    @Test
    void aJudgeWithRolesAtTwoOfficesScoresTheEntriesOfNeither() {
        var made = fixtures.scoring("দুই দপ্তর");
        long upazilaJudge = jdbc.sql("select id from account where username = ?").param(made.upazilaJudge()).query(Long.class).single();
        accounts.grant(upazilaJudge, Role.TEAM_MEMBER, made.upazila2());
        var secondOfficesEntry = results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == made.ofUpazila2().id()).findFirst().orElseThrow().entry();

        accounts.as(made.upazilaJudge(), () -> {
            assertThat(scoring.toScore(made.district(), made.showcase().id())).extracting(t -> t.entry().initiative().id())
                    .containsExactly(made.ofDistrict().id());
            assertThatThrownBy(() -> scoring.score(made.district(), made.showcase().id(), secondOfficesEntry.id(),
                    fixtures.typed(made, "9", "18")))
                    .satisfies(refusedWith("entryId", "showcase.error.ownOffice"));
            return null;
        });
        assertThat(scores(made.showcase())).isZero();
    }

    @Test
    void theTriggersRefusalIsToldInBangla() {
        var made = fixtures.scoring("ট্রিগার");
        var ownEntry = results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == made.ofUpazila1().id()).findFirst().orElseThrow().entry();
        long judge = jdbc.sql("select id from showcase_judge where showcase_id = ? and office_id = ?")
                .param(made.showcase().id()).param(made.upazila1()).query(Long.class).single();
        long criterion = results.view(made.district(), made.showcase().id()).criteria().getFirst().id();

        assertThatThrownBy(() -> ShowcaseScoringAccess.insert(scoring, judge, ownEntry.id(), criterion, "5"))
                .satisfies(refusedWith("entryId", "showcase.error.ownOffice"));
        assertThat(scores(made.showcase())).isZero();
    }

    @Test
    void aJudgeScoresAnEntryOnceAndAScoreAboveTheMaximumWritesNothing() {
        var made = fixtures.scoring("দুবার");
        var entry = results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == made.ofUpazila2().id()).findFirst().orElseThrow().entry();

        accounts.as(made.districtJudge(), () -> {
            assertThatThrownBy(() -> scoring.score(made.district(), made.showcase().id(), entry.id(), fixtures.typed(made, "১১", "১৮")))
                    .satisfies(refusedWith("scores[0].score", "showcase.error.scoreAbove"));
            return null;
        });
        assertThat(scores(made.showcase())).isZero();

        fixtures.score(made, made.districtJudge(), made.ofUpazila2(), "৯", "১৮");
        assertThat(scores(made.showcase())).isEqualTo(2);
        accounts.as(made.districtJudge(), () -> {
            assertThatThrownBy(() -> scoring.score(made.district(), made.showcase().id(), entry.id(), fixtures.typed(made, "1", "1")))
                    .satisfies(refusedWith("entryId", "showcase.error.scoredTwice"));
            return null;
        });
        assertThat(scores(made.showcase())).isEqualTo(2);
        assertThat(jdbc.sql("select score from showcase_score s join showcase_entry e on e.id = s.entry_id where e.id = ? order by criterion_id")
                .param(entry.id()).query(java.math.BigDecimal.class).list()).extracting(java.math.BigDecimal::intValue).containsExactly(9, 18);
    }

    @Test
    void onlyTheShowcasesJudgesScoreAndOnlyOnItsOwnOfficesPath() {
        var made = fixtures.scoring("বিচারক");
        accounts.create("sc-not-judge-" + made.district(), Role.TEAM_HEAD, made.district());

        accounts.as("sc-not-judge-" + made.district(), () -> {
            assertThatThrownBy(() -> scoring.toScore(made.district(), made.showcase().id()))
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(403));
            return null;
        });
        accounts.as(made.districtJudge(), () -> {
            assertThatThrownBy(() -> scoring.toScore(made.upazila1(), made.showcase().id()))
                    .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(404));
            return null;
        });
    }

    @Test
    void theRankingAveragesTheJudgesWhoScoredAndSharesEqualRanks() {
        var made = fixtures.scoring("ক্রম");
        // district judge: upazila 1 = 54 + 36 = 90, upazila 2 = 48 + 32 = 80
        fixtures.score(made, made.districtJudge(), made.ofUpazila1(), "9", "18");
        fixtures.score(made, made.districtJudge(), made.ofUpazila2(), "8", "16");
        // upazila 1's judge: district = 36 + 40 = 76, upazila 2 = 60 + 24 = 84 (averaged with 80: 82)
        fixtures.score(made, made.upazilaJudge(), made.ofDistrict(), "6", "20");
        fixtures.score(made, made.upazilaJudge(), made.ofUpazila2(), "10", "12");

        var entries = results.view(made.district(), made.showcase().id()).entries();
        assertThat(entries).extracting(e -> e.initiative().id()).containsExactly(made.ofUpazila1().id(), made.ofUpazila2().id(), made.ofDistrict().id());
        assertThat(entries).extracting(e -> e.place().rank()).containsExactly(1, 2, 3);
        assertThat(entries).extracting(e -> e.place().total().toPlainString()).containsExactly("90.00", "82.00", "76.00");
        assertThat(entries).extracting(e -> e.place().judges()).containsExactly(1, 2, 1);
    }
}
