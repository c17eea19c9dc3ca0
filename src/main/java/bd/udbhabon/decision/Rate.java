package bd.udbhabon.decision;

import bd.udbhabon.bangla.BanglaDigits;
import java.util.Collection;
import java.util.OptionalInt;

/**
 * The implementation rate of a set of decisions on a day, as seed 003 states it: "৬ টি সিদ্ধান্ত
 * গৃহীত হয়। তন্মধ্যে ৬ টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত বাস্তবায়ন হার ১০০%". Dropped decisions
 * leave the count the rate is taken of, and are always named, so that dropping cannot raise the
 * rate unseen. No decisions: no rate, not 0 %.
 */
public record Rate(int taken, int implemented, int inProgress, int notStarted, int dropped) {

    public static Rate of(Collection<DecisionStatus> statuses) {
        int[] counts = new int[DecisionStatus.values().length];
        statuses.forEach(s -> counts[s.ordinal()]++);
        return new Rate(statuses.size(), counts[DecisionStatus.IMPLEMENTED.ordinal()],
                counts[DecisionStatus.IN_PROGRESS.ordinal()], counts[DecisionStatus.NOT_STARTED.ordinal()],
                counts[DecisionStatus.DROPPED.ordinal()]);
    }

    /** The rate of decisions as they stood on the day they were read. */
    public static Rate ofDecisions(Collection<Decision> decisions) {
        return of(decisions.stream().map(Decision::status).toList());
    }

    /** Implemented of those not dropped, as a whole percent rounded half up; empty when nothing counts. */
    public OptionalInt percent() {
        int counted = taken - dropped;
        return counted == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.floor(implemented * 100.0 / counted + 0.5));
    }

    /** Still to be done: carried to the next meeting. */
    public int open() {
        return inProgress + notStarted;
    }

    /** "৬টি সিদ্ধান্তের মধ্যে ৬টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%" (and how many were dropped). */
    public String text(boolean bangla) {
        if (taken == 0) {
            return bangla ? "কোনো সিদ্ধান্ত নেই" : "no decisions";
        }
        String rate = percent().isPresent() ? (bangla ? bn(percent().getAsInt()) + "%" : percent().getAsInt() + "%") : "—";
        if (bangla) {
            return bn(taken) + "টি সিদ্ধান্তের মধ্যে " + (dropped > 0 ? bn(dropped) + "টি বাদ, " : "") + bn(implemented)
                    + "টি বাস্তবায়িত; বাস্তবায়নের হার " + rate;
        }
        return implemented + " of " + taken + " decisions implemented" + (dropped > 0 ? ", " + dropped + " dropped" : "")
                + "; implementation rate " + rate;
    }

    /**
     * The sentence minutes print under "পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার", after the words naming
     * the meeting (seed 003): "৬টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ৬টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত
     * বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)।" Open and dropped decisions are named too.
     */
    public String minutesSentenceBn() {
        if (taken == 0) {
            return "কোনো সিদ্ধান্ত গৃহীত হয়নি।";
        }
        StringBuilder s = new StringBuilder(bn(taken)).append("টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ")
                .append(bn(implemented)).append("টি সিদ্ধান্ত বাস্তবায়িত হয়");
        if (open() > 0) {
            s.append(", ").append(bn(open())).append("টি বাস্তবায়নাধীন");
        }
        if (dropped > 0) {
            s.append(" এবং ").append(bn(dropped)).append("টি বাদ দেওয়া হয়");
        }
        s.append("।");
        if (percent().isPresent()) {
            s.append(" সিদ্ধান্ত বাস্তবায়ন হার ").append(bn(percent().getAsInt())).append("% (")
                    .append(bn(taken - dropped)).append("টির মধ্যে ").append(bn(implemented)).append("টি)।");
        }
        return s.toString();
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
