package bd.udbhabon.showcase;

import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.showcase.internal.ShowcaseRules;
import bd.udbhabon.showcase.internal.ShowcaseRules.CriterionRow;
import bd.udbhabon.showcase.internal.ShowcaseScoring;
import bd.udbhabon.showcase.internal.ShowcaseService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import bd.udbhabon.showcase.internal.ShowcaseRepository;
import org.springframework.stereotype.Component;

/**
 * A showcase for tests: a district with two upazilas below it, an initiative of each, a showcase of the district
 * with two criteria (innovation 60 out of 10, benefit 40 out of 20), the three initiatives entered and two judges,
 * one of the district (a writer there too) and one of the first upazila; made the way pages make it.
 */
@Component
public class ShowcaseFixtures {

    /** The offices, initiatives, accounts and showcase made. */
    public record Made(long district, long upazila1, long upazila2, Initiative ofDistrict, Initiative ofUpazila1,
                       Initiative ofUpazila2, String writer, String districtJudge, String upazilaJudge, Showcase showcase) {
    }

    private final InitiativeFixtures initiatives;
    private final TestAccounts accounts;
    private final ShowcaseService showcases;
    private final ShowcaseScoring scoring;
    private final ShowcaseRepository repository;

    ShowcaseFixtures(InitiativeFixtures initiatives, TestAccounts accounts, ShowcaseService showcases, ShowcaseScoring scoring,
                     ShowcaseRepository repository) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.showcases = showcases;
        this.scoring = scoring;
        this.repository = repository;
    }

    /** Set up and still a draft. */
    public Made draft(String word) {
        long district = initiatives.office(OfficeLevel.DISTRICT, null, null);
        long upazila1 = initiatives.office(OfficeLevel.UPAZILA, district, null);
        long upazila2 = initiatives.office(OfficeLevel.UPAZILA, district, null);
        Initiative ofDistrict = initiatives.initiativeAt(district, Stage.PILOT, "জেলা " + word);
        Initiative ofUpazila1 = initiatives.initiativeAt(upazila1, Stage.RUNNING, "উপজেলা১ " + word);
        Initiative ofUpazila2 = initiatives.initiativeAt(upazila2, Stage.PILOT, "উপজেলা২ " + word);
        String writer = "sc-writer-" + district;
        String districtJudge = "sc-judge-d-" + district;
        String upazilaJudge = "sc-judge-u-" + district;
        accounts.create(writer, Role.MEMBER_SECRETARY, district);
        long districtJudgeId = accounts.create(districtJudge, Role.TEAM_MEMBER, district);
        accounts.create(upazilaJudge, Role.TEAM_MEMBER, upazila1);
        Showcase showcase = showcases.create(district, new ShowcaseRules.Draft("জেলা উদ্ভাবনী শোকেসিং " + word, "District showcase " + word,
                LocalDate.of(2024, 6, 15), "জেলা প্রশাসকের সম্মেলন কক্ষ"));
        showcases.criteria(district, showcase.id(), List.of(new CriterionRow("উদ্ভাবনী মান", "৬০", "১০"),
                new CriterionRow("জনগণের উপকার", "৪০", "২০")));
        for (Initiative i : List.of(ofDistrict, ofUpazila1, ofUpazila2)) {
            showcases.enter(district, showcase.id(), i.id());
        }
        showcases.judge(district, showcase.id(), null, districtJudgeId, "অতিরিক্ত জেলা প্রশাসক");
        showcases.judge(district, showcase.id(), upazilaJudge, null, "উপজেলা নির্বাহী অফিসার");
        return new Made(district, upazila1, upazila2, ofDistrict, ofUpazila1, ofUpazila2, writer, districtJudge, upazilaJudge, showcase);
    }

    /** Set up and open for scoring. */
    public Made scoring(String word) {
        Made made = draft(word);
        showcases.openScoring(made.district(), made.showcase().id());
        return made;
    }

    /** The judge's scores for the entry of {@code initiative}: innovation out of 10 and benefit out of 20. */
    public void score(Made made, String judge, Initiative initiative, String innovation, String benefit) {
        accounts.as(judge, () -> {
            var entry = scoring.toScore(made.district(), made.showcase().id()).stream()
                    .filter(t -> t.entry().initiative().id() == initiative.id()).findFirst().orElseThrow().entry().entry();
            scoring.score(made.district(), made.showcase().id(), entry.id(), typed(made, innovation, benefit));
            return null;
        });
    }

    /** The two criteria's scores as a judge types them, by the criteria's ids. */
    public Map<Long, String> typed(Made made, String innovation, String benefit) {
        var criteria = repository.criteria(made.showcase().id());
        return Map.of(criteria.get(0).id(), innovation, criteria.get(1).id(), benefit);
    }
}
