package bd.udbhabon.initiative;

import bd.udbhabon.bangla.Bilingual;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An initiative's stage, in the order the notification's duties (৭) take it: idea, process map,
 * approved for pilot, pilot, assessment, scale-up, running; stopped (with its reason) from any.
 */
public enum Stage implements Bilingual {
    IDEA("ধারণা", "Idea"),
    PROCESS_MAP("প্রসেস ম্যাপ", "Process map"),
    APPROVED_FOR_PILOT("পাইলটিংয়ের জন্য অনুমোদিত", "Approved for pilot"),
    PILOT("পাইলটিং", "Pilot"),
    ASSESSMENT("মূল্যায়ন", "Assessment"),
    SCALE_UP("স্কেল-আপ", "Scale-up"),
    RUNNING("চলমান", "Running"),
    STOPPED("বন্ধ", "Stopped");

    private final String nameBn;
    private final String nameEn;

    Stage(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    /** The stage that follows in the ordinary course; none after RUNNING, none from STOPPED. */
    public java.util.Optional<Stage> next() {
        return this == RUNNING || this == STOPPED ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    /** Whether the initiative is under way and counted as an office's running innovation (the corner's list). */
    public boolean running() {
        return this == RUNNING || this == SCALE_UP;
    }

    /**
     * The stage as a message's argument, named in the reader's language when the message is resolved
     * ({@code initiative.stage.<NAME>}): an English message never prints the Bangla name.
     */
    public MessageSourceResolvable inMessage() {
        return new DefaultMessageSourceResolvable(new String[] {"initiative.stage." + name()}, nameBn);
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
