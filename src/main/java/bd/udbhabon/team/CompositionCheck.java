package bd.udbhabon.team;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.people.Grade;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies a level's rules to a team and says, rule by rule, what is met and what is lacking, in the
 * words an officer would use ("ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই"). Member
 * counts and requirements count the members, not the head; co-opted members count for the
 * requirements but not for the number of nominated members.
 */
public final class CompositionCheck {

    private CompositionCheck() {
    }

    public static List<Finding> check(LevelRules rules, List<Candidate> team) {
        List<Finding> findings = new ArrayList<>();
        findings.add(head(rules, team));
        List<Candidate> members = team.stream().filter(c -> c.role() != TeamRole.HEAD).toList();
        long nominated = members.stream().filter(c -> c.role() != TeamRole.COOPTED).count();
        findings.add(range("মনোনীত সদস্য", "nominated members", nominated, rules.minMembers(), rules.maxMembers()));
        for (Requirement r : rules.requirements()) {
            long count = members.stream().filter(r::matches).count();
            findings.add(range(r.descriptionBn(), r.descriptionEn(), count, r.minCount(), r.maxCount()));
        }
        return findings;
    }

    public static boolean compliant(List<Finding> findings) {
        return findings.stream().allMatch(Finding::met);
    }

    private static Finding head(LevelRules rules, List<Candidate> team) {
        List<Candidate> heads = team.stream().filter(c -> c.role() == TeamRole.HEAD).toList();
        String titleBn = rules.headTitleBn();
        String titleEn = rules.headTitleEn();
        if (heads.isEmpty()) {
            return new Finding(false, titleBn + " নেই", "no " + titleEn.toLowerCase());
        }
        if (heads.size() > 1) {
            return new Finding(false, "একাধিক " + titleBn + " (" + bn(heads.size()) + " জন); একজন হবেন",
                    heads.size() + " heads named; there is one " + titleEn.toLowerCase());
        }
        Grade grade = heads.getFirst().grade();
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
