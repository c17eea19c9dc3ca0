package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The 2025 district and upazila rules (seed 000) applied to teams, finding by finding. */
class CompositionCheckTest {

    static final LevelRules DISTRICT_2025 = new LevelRules(OfficeLevel.DISTRICT, "ইনোভেশন অফিসার", "Innovation officer",
            "অতিরিক্ত জেলা প্রশাসক", "an additional deputy commissioner", Set.of(Grade.ADDITIONAL_DEPUTY_COMMISSIONER), 7, 9,
            FormingAuthority.SELF, "জেলা প্রশাসক", "the deputy commissioner", List.of(
            new Requirement("সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার", "senior assistant or assistant commissioner", 1, 1,
                    Set.of(Grade.SENIOR_ASSISTANT_COMMISSIONER, Grade.ASSISTANT_COMMISSIONER), null, null, null, null, null),
            new Requirement("প্রোগ্রামার/সহকারী প্রোগ্রামার", "programmer or assistant programmer", 1, 1,
                    Set.of(Grade.PROGRAMMER, Grade.ASSISTANT_PROGRAMMER), null, null, null, null, null),
            new Requirement("জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা", "officer from other district offices", 5, 7,
                    null, null, null, null, null, true),
            new Requirement("দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা", "officer able to develop skills", 1, null,
                    null, null, true, null, null, null),
            new Requirement("আইসিটি/বিজ্ঞান বিষয়ক উচ্চ মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক", "higher-secondary ICT or science teacher",
                    1, null, null, null, null, Set.of(TeachingLevel.HIGHER_SECONDARY), Set.of(Subject.ICT, Subject.SCIENCE), null)));

    /** Seed 000, ministry/division: "ন্যূনতম ১ জন করে কর্মকর্তা আইসিটি ও পরিকল্পনা … হতে": two requirements. */
    static final LevelRules MINISTRY_2025 = new LevelRules(OfficeLevel.MINISTRY, "চিফ ইনোভেশন অফিসার", "Chief innovation officer",
            "অতিরিক্ত সচিব/যুগ্মসচিব", "an additional or joint secretary", Set.of(Grade.ADDITIONAL_SECRETARY, Grade.JOINT_SECRETARY),
            3, 5, FormingAuthority.SELF, "সচিব", "the secretary", List.of(
            new Requirement("আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা", "officer from the ICT wing", 1, null,
                    null, Set.of(Wing.ICT), null, null, null, null),
            new Requirement("পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা", "officer from the planning wing", 1, null,
                    null, Set.of(Wing.PLANNING), null, null, null, null),
            new Requirement("দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা", "officer able to develop skills", 1, null,
                    null, null, true, null, null, null)));

    static List<Candidate> ministry(Wing... memberWings) {
        List<Candidate> team = new ArrayList<>();
        team.add(new Candidate(TeamRole.HEAD, Grade.JOINT_SECRETARY, Wing.OTHER, false, null, null, false));
        for (int i = 0; i < memberWings.length; i++) {
            team.add(new Candidate(TeamRole.MEMBER, Grade.DEPUTY_SECRETARY, memberWings[i], i == 0, null, null, false));
        }
        return team;
    }

    @Test
    void aMinistryTeamWithAPlanningOfficerAndNoIctOfficerLacksTheIctOfficer() {
        List<Finding> findings = CompositionCheck.check(MINISTRY_2025, ministry(Wing.PLANNING, Wing.OTHER, Wing.OTHER));
        assertThat(CompositionCheck.compliant(findings)).isFalse();
        assertThat(CompositionCheck.lacking(findings, true))
                .isEqualTo("ন্যূনতম ১ জন আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা নেই");
        assertThat(CompositionCheck.check(MINISTRY_2025, ministry(Wing.ICT, Wing.OTHER, Wing.OTHER)).stream()
                .filter(f -> !f.met()).map(Finding::textBn))
                .containsExactly("ন্যূনতম ১ জন পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা নেই");
    }

    @Test
    void oneIctAndOnePlanningOfficerMeetBothRequirements() {
        List<Finding> findings = CompositionCheck.check(MINISTRY_2025, ministry(Wing.PLANNING, Wing.ICT, Wing.OTHER));
        assertThat(CompositionCheck.compliant(findings)).isTrue();
        assertThat(findings).extracting(Finding::textBn).contains(
                "ন্যূনতম ১ জন আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা: আছে ১ জন",
                "ন্যূনতম ১ জন পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা: আছে ১ জন");
    }

    /** Seed 001's Dinajpur team as posts: nobody is recorded as able to develop skills. */
    static List<Candidate> dinajpur() {
        List<Candidate> team = new ArrayList<>();
        team.add(new Candidate(TeamRole.HEAD, Grade.ADDITIONAL_DEPUTY_COMMISSIONER, Wing.ICT, false, null, null, false));
        team.add(new Candidate(TeamRole.MEMBER, Grade.ASSISTANT_COMMISSIONER, Wing.ICT, false, null, null, false));
        team.add(new Candidate(TeamRole.MEMBER, Grade.PRINCIPAL, Wing.OTHER, false, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.TEACHER, Wing.OTHER, false, TeachingLevel.HIGHER_SECONDARY, Subject.ICT, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.PROGRAMMER, Wing.ICT, false, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, false, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, false, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.DEPUTY_DIRECTOR, Wing.OTHER, false, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.DEPUTY_DIRECTOR, Wing.OTHER, false, null, null, true));
        return team;
    }

    /** Issue 19, point 6: the programmer counts once, as the programmer (seed 001's eight officers: six from other offices). */
    @Test
    void seed001UnderThe2025RulesMeetsAllButTheSkillsDevelopmentOfficer() {
        List<Finding> findings = CompositionCheck.check(DISTRICT_2025, dinajpur());

        assertThat(findings).extracting(Finding::textBn).containsExactly(
                "ইনোভেশন অফিসার: অতিরিক্ত জেলা প্রশাসক",
                "৭-৯ জন মনোনীত সদস্য: আছে ৮ জন",
                "১ জন সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার: আছে ১ জন",
                "১ জন প্রোগ্রামার/সহকারী প্রোগ্রামার: আছে ১ জন",
                "৫-৭ জন জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা: আছে ৬ জন",
                "ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই",
                "ন্যূনতম ১ জন আইসিটি/বিজ্ঞান বিষয়ক উচ্চ মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক: আছে ১ জন");
        assertThat(findings).extracting(Finding::met).containsExactly(true, true, true, true, true, false, true);
        assertThat(CompositionCheck.compliant(findings)).isFalse();
        assertThat(CompositionCheck.lacking(findings, false)).isEqualTo("at least 1 officer able to develop skills: none");
    }

    @Test
    void aSkillsDevelopmentOfficerMakesItCompliant() {
        List<Candidate> team = dinajpur();
        team.set(5, new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, true, null, null, true));
        assertThat(CompositionCheck.compliant(CompositionCheck.check(DISTRICT_2025, team))).isTrue();
    }

    @Test
    void theHeadMustHoldAGradeTheRulesAllowAndThereIsOnlyOne() {
        List<Candidate> team = dinajpur();
        team.set(0, new Candidate(TeamRole.HEAD, Grade.DEPUTY_DIRECTOR, Wing.OTHER, false, null, null, true));
        assertThat(CompositionCheck.check(DISTRICT_2025, team).getFirst()).isEqualTo(new Finding(false,
                "ইনোভেশন অফিসার হবেন অতিরিক্ত জেলা প্রশাসক; মনোনীত কর্মকর্তা " + Grade.DEPUTY_DIRECTOR.name(true),
                "the innovation officer must be an additional deputy commissioner; the nominee is " + Grade.DEPUTY_DIRECTOR.name(false)));
        team.add(new Candidate(TeamRole.HEAD, Grade.ADDITIONAL_DEPUTY_COMMISSIONER, Wing.OTHER, false, null, null, false));
        assertThat(CompositionCheck.check(DISTRICT_2025, team).getFirst().textBn()).isEqualTo("একাধিক ইনোভেশন অফিসার (২ জন); একজন হবেন");
        team.removeIf(c -> c.role() == TeamRole.HEAD);
        assertThat(CompositionCheck.check(DISTRICT_2025, team).getFirst().textBn()).isEqualTo("ইনোভেশন অফিসার নেই");
    }

    @Test
    void countsAboveTheRangeAndBelowItAreNamedWithTheNumbers() {
        List<Candidate> team = dinajpur();
        team.add(new Candidate(TeamRole.MEMBER, Grade.ASSISTANT_COMMISSIONER, Wing.OTHER, false, null, null, false));
        team.add(new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, false, null, null, false));
        List<Finding> findings = CompositionCheck.check(DISTRICT_2025, team);
        assertThat(findings.get(1).textBn()).isEqualTo("৭-৯ জন মনোনীত সদস্য প্রয়োজন; আছে ১০ জন");
        assertThat(findings.get(2).textBn()).isEqualTo("১ জন সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার প্রয়োজন; আছে ২ জন");
        // co-opted members count for the requirements, not for the number of nominated members
        List<Candidate> small = new ArrayList<>(dinajpur().subList(0, 6));
        small.add(new Candidate(TeamRole.COOPTED, Grade.OFFICER, Wing.OTHER, true, null, null, true));
        List<Finding> smallFindings = CompositionCheck.check(DISTRICT_2025, small);
        assertThat(smallFindings.get(1).textBn()).isEqualTo("৭-৯ জন মনোনীত সদস্য প্রয়োজন; আছে ৫ জন");
        assertThat(smallFindings.get(5).met()).isTrue();
    }

    /**
     * Issue 19, point 6: a 9-member district team (7-9 allowed) failed "৫-৭ জন … আছে ৮ জন" because its
     * programmer, a post of the ICT directorate's district office, was counted both as "the programmer" and as
     * an officer of another office. The programmer fills one seat: the narrowest it fits.
     */
    @Test
    void aNineMemberTeamCountsItsProgrammerOnceAsTheProgrammer() {
        List<Candidate> team = dinajpur();
        team.set(5, new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, true, null, null, true));
        team.add(new Candidate(TeamRole.MEMBER, Grade.OFFICER, Wing.OTHER, false, null, null, true)); // the ninth member
        List<RuleCheck> checks = CompositionCheck.judge(DISTRICT_2025, team);

        assertThat(checks).extracting(c -> c.finding().textBn()).containsExactly(
                "ইনোভেশন অফিসার: অতিরিক্ত জেলা প্রশাসক",
                "৭-৯ জন মনোনীত সদস্য: আছে ৯ জন",
                "১ জন সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার: আছে ১ জন",
                "১ জন প্রোগ্রামার/সহকারী প্রোগ্রামার: আছে ১ জন",
                "৫-৭ জন জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা: আছে ৭ জন",
                "ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা: আছে ১ জন",
                "ন্যূনতম ১ জন আইসিটি/বিজ্ঞান বিষয়ক উচ্চ মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক: আছে ১ জন");
        assertThat(CompositionCheck.compliant(checks.stream().map(RuleCheck::finding).toList())).isTrue();
        // which members counted: the places of the team as given (0 is the head)
        assertThat(checks.get(0).counted()).containsExactly(0);
        assertThat(checks.get(1).counted()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(checks.get(3).counted()).containsExactly(4);
        assertThat(checks.get(4).counted()).containsExactly(2, 3, 5, 6, 7, 8, 9).doesNotContain(4);
        // qualities count every member who has them, whatever seat they fill: the teacher is also of another office
        assertThat(checks.get(5).counted()).containsExactly(5);
        assertThat(checks.get(6).counted()).containsExactly(3);
        assertThat(checks.get(5).asksSkillsDevelopment()).isTrue();
        assertThat(checks.get(4).asksAnotherOffice()).isTrue();
        assertThat(checks.get(1).rule()).isEqualTo(RuleCheck.Rule.NOMINATED_MEMBERS);
    }

    /** Two programmers: the second is not an officer of another office either; the programmer's seat has one too many. */
    @Test
    void aSecondProgrammerDoesNotFillAnotherOfficesSeat() {
        List<Candidate> team = dinajpur();
        team.add(new Candidate(TeamRole.MEMBER, Grade.ASSISTANT_PROGRAMMER, Wing.ICT, false, null, null, true));
        List<Finding> findings = CompositionCheck.check(DISTRICT_2025, team);
        assertThat(findings.get(3).textBn()).isEqualTo("১ জন প্রোগ্রামার/সহকারী প্রোগ্রামার প্রয়োজন; আছে ২ জন");
        assertThat(findings.get(4).textBn()).isEqualTo("৫-৭ জন জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা: আছে ৬ জন");
    }

    /** Issue 19, point 6: the skills-development flag may sit on the post; whoever holds it (or nobody) counts. */
    @Test
    void aPostWhoseWorkIsDevelopingSkillsCountsWhoeverHoldsIt() {
        Post trainingCentre = new Post(1, 2, "অধ্যক্ষ, কারিগরি প্রশিক্ষণ কেন্দ্র, দিনাজপুর", null, Grade.PRINCIPAL, Wing.OTHER,
                null, null, true, true, true);
        Post plain = new Post(3, 2, "উপপরিচালক, সমাজসেবা অধিদপ্তর, দিনাজপুর", null, Grade.DEPUTY_DIRECTOR, Wing.OTHER,
                null, null, true, true);
        assertThat(Candidate.of(TeamRole.MEMBER, trainingCentre, false).skillsDevelopment()).isTrue();
        assertThat(Candidate.of(TeamRole.MEMBER, plain, false).skillsDevelopment()).isFalse();
        assertThat(Candidate.of(TeamRole.MEMBER, plain, true).skillsDevelopment()).isTrue();

        List<Candidate> team = dinajpur();
        team.set(2, Candidate.of(TeamRole.MEMBER, trainingCentre, false));
        List<RuleCheck> checks = CompositionCheck.judge(DISTRICT_2025, team);
        assertThat(checks.get(5).finding().textBn()).isEqualTo("ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা: আছে ১ জন");
        assertThat(checks.get(5).counted()).containsExactly(2);
        assertThat(CompositionCheck.compliant(checks.stream().map(RuleCheck::finding).toList())).isTrue();
    }
}
