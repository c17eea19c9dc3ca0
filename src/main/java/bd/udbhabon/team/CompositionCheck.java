package bd.udbhabon.team;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.people.Grade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * Applies a level's rules to a team and says, rule by rule, what is met and what is lacking, in the
 * words an officer would use ("ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই"), and which
 * members counted for each rule. Member counts and requirements count the members, not the head;
 * co-opted members count for the requirements but not for the number of nominated members.
 *
 * <p>Seats and qualities: a requirement with an upper bound ("১ জন প্রোগ্রামার", "৫-৭ জন অন্যান্য দপ্তর
 * থেকে") names seats of the team, whose bounds add up to the number of members; a member fills one seat,
 * the narrowest it fits (the requirement fewest of the team's members match, then the first stated), so
 * the programmer of another office is "the programmer" and not also one of "the officers of other
 * offices". A requirement without one ("ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষম") is a quality among the
 * members and counts every member who has it.
 */
public final class CompositionCheck {

    private CompositionCheck() {
    }

    public static List<Finding> check(LevelRules rules, List<Candidate> team) {
        return judge(rules, team).stream().map(RuleCheck::finding).toList();
    }

    /** Every rule with its finding and the places of {@code team} (indexes) that counted for it. */
    public static List<RuleCheck> judge(LevelRules rules, List<Candidate> team) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(head(rules, team));
        List<Integer> members = IntStream.range(0, team.size()).filter(i -> team.get(i).role() != TeamRole.HEAD).boxed().toList();
        List<Integer> nominated = members.stream().filter(i -> team.get(i).role() != TeamRole.COOPTED).toList();
        checks.add(new RuleCheck(range("মনোনীত সদস্য", "nominated members", nominated.size(), rules.minMembers(), rules.maxMembers()),
                RuleCheck.Rule.NOMINATED_MEMBERS, null, nominated));
        Map<Integer, Requirement> seats = seats(rules.requirements(), team, members);
        for (Requirement r : rules.requirements()) {
            List<Integer> counted = members.stream()
                    .filter(i -> isSeat(r) ? seats.get(i) == r : r.matches(team.get(i))).toList();
            checks.add(new RuleCheck(range(r.descriptionBn(), r.descriptionEn(), counted.size(), r.minCount(), r.maxCount()),
                    RuleCheck.Rule.REQUIREMENT, r, counted));
        }
        return checks;
    }

    private static boolean isSeat(Requirement r) {
        return r.maxCount() != null;
    }

    /** Each member's seat: of the bounded requirements it matches, the one fewest members match (then the first stated). */
    private static Map<Integer, Requirement> seats(List<Requirement> requirements, List<Candidate> team, List<Integer> members) {
        List<Requirement> seatRules = requirements.stream().filter(CompositionCheck::isSeat).toList();
        Map<Requirement, Long> takers = new IdentityHashMap<>();
        seatRules.forEach(r -> takers.put(r, members.stream().filter(i -> r.matches(team.get(i))).count()));
        Map<Integer, Requirement> seat = new HashMap<>();
        for (int i : members) {
            seatRules.stream().filter(r -> r.matches(team.get(i)))
                    .min(Comparator.comparingLong(takers::get).thenComparingInt(seatRules::indexOf))
                    .ifPresent(r -> seat.put(i, r));
        }
        return seat;
    }

    public static boolean compliant(List<Finding> findings) {
        return findings.stream().allMatch(Finding::met);
    }

    private static RuleCheck head(LevelRules rules, List<Candidate> team) {
        List<Integer> heads = IntStream.range(0, team.size()).filter(i -> team.get(i).role() == TeamRole.HEAD).boxed().toList();
        return new RuleCheck(headFinding(rules, heads.stream().map(team::get).toList()), RuleCheck.Rule.HEAD, null, heads);
    }

    private static Finding headFinding(LevelRules rules, Collection<Candidate> heads) {
        String titleBn = rules.headTitleBn();
        String titleEn = rules.headTitleEn();
        if (heads.isEmpty()) {
            return new Finding(false, titleBn + " নেই", "no " + titleEn.toLowerCase());
        }
        if (heads.size() > 1) {
            return new Finding(false, "একাধিক " + titleBn + " (" + bn(heads.size()) + " জন); একজন হবেন",
                    heads.size() + " heads named; there is one " + titleEn.toLowerCase());
        }
        Grade grade = heads.iterator().next().grade();
        if (grade == null || !rules.headGrades().contains(grade)) {
            return new Finding(false,
                    titleBn + " হবেন " + rules.headRuleBn() + "; মনোনীত কর্মকর্তা " + (grade == null ? "পদমর্যাদাহীন" : grade.name(true)),
                    "the " + titleEn.toLowerCase() + " must be " + rules.headRuleEn() + "; the nominee is "
                            + (grade == null ? "without grade" : grade.name(false)));
        }
        return new Finding(true, titleBn + ": " + rules.headRuleBn(), titleEn + ": " + rules.headRuleEn());
    }

    /** "৭-৯ জন সদস্য: আছে ৮ জন", "ন্যূনতম ১ জন … নেই", "সর্বোচ্চ ১ জন …; আছে ২ জন". */
    private static Finding range(String whatBn, String whatEn, long count, int min, Integer max) {
        boolean met = count >= min && (max == null || count <= max);
        String wantBn;
        String wantEn;
        if (max == null) {
            wantBn = "ন্যূনতম " + bn(min) + " জন " + whatBn;
            wantEn = "at least " + min + " " + whatEn;
        } else if (max == min) {
            wantBn = bn(min) + " জন " + whatBn;
            wantEn = min + " " + whatEn;
        } else {
            wantBn = bn(min) + "-" + bn(max) + " জন " + whatBn;
            wantEn = min + "-" + max + " " + whatEn;
        }
        if (count == 0 && !met) {
            return new Finding(false, wantBn + " নেই", wantEn + ": none");
        }
        return new Finding(met, wantBn + (met ? ": আছে " : " প্রয়োজন; আছে ") + bn(count) + " জন",
                wantEn + (met ? ": " : " needed; there are ") + count);
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }

    /** The findings not met, one per line, for a message or an export cell. */
    public static String lacking(List<Finding> findings, boolean bangla) {
        return findings.stream().filter(f -> !f.met()).map(f -> f.text(bangla)).collect(Collectors.joining("; "));
    }
}
