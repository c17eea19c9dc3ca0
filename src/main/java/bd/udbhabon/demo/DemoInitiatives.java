package bd.udbhabon.demo;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativeRecording;
import bd.udbhabon.initiative.InitiativeRecording.Figures;
import bd.udbhabon.initiative.InitiativeRecording.Step;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.ServiceKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeDraft;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeRegistry;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.Showcasing;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.Trainings;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The innovation initiatives of the demo (issue 15, point 10), through the public facades as the pages do them:
 * seed 004's idea, the digitisation of "কর্মকর্তা/কর্মচারীদের অর্জিত ছুটি মঞ্জুর", at its process map with the
 * process before and after; the ministry's register of 63 innovated, simplified or digitised services of which 61 run;
 * a showcasing with judges and a chosen best initiative whose result paper is issued; a workshop and a learning
 * session after visiting an innovation; running initiatives in the Rajshahi division's districts, so that the
 * division's corner lists them district by district. What the seeds do not say is made up and plainly worded
 * (docs/modules/demo.md).
 */
@Component
@ConditionalOnProperty(name = "udbhabon.demo", havingValue = "true")
class DemoInitiatives {

    static final String LEAVE_BN = "কর্মকর্তা/কর্মচারীদের অর্জিত ছুটি মঞ্জুর";
    static final String DIRECTORATE_BN = "মহিলা বিষয়ক অধিদপ্তর";
    static final String SHOWCASE_BN = "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন শোকেসিং ২০২৪";
    static final String BEST_BN = "জয়িতা অন্বেষণে অনলাইন আবেদন";
    static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 27);

    /** Seed 004 [১.২.১]: "৬৩টি উদ্ভাবিত/ সহজিকৃত/ ডিজিটাইজকৃত সেবা … যার মাঝে ৬১ টি সেবা সচল". 21 services × 3 offices. */
    private static final List<String> SERVICES = List.of("ভিজিডি উপকারভোগী নির্বাচন", "মাতৃত্বকাল ভাতা প্রদান",
            "কর্মজীবী ল্যাকটেটিং মাদার সহায়তা", "নারী নির্যাতন প্রতিরোধ হেল্পলাইন", "দিবাযত্ন কেন্দ্রে শিশু ভর্তি",
            "নারী উদ্যোক্তা ঋণের আবেদন", "আত্মকর্মসংস্থান প্রশিক্ষণে ভর্তি", "কর্মজীবী মহিলা হোস্টেলে আসন বরাদ্দ",
            "জয়িতা অন্বেষণ", "আইনি সহায়তার আবেদন", "অভিযোগ প্রতিকার", "তথ্য অধিকারের আবেদন", "পেনশন মঞ্জুরি",
            "বহিঃবাংলাদেশ ছুটি মঞ্জুরি", "জিপিএফ অগ্রিম মঞ্জুরি", "নিয়োগ পরীক্ষার আবেদন", "কিশোর-কিশোরী ক্লাবে ভর্তি",
            "সেলাই মেশিন বিতরণ", "ক্ষুদ্রঋণ বিতরণ", "শিশু একাডেমির সদস্যপদ", "ই-নথিতে পত্র গ্রহণ");
    private static final List<String> SERVICE_OFFICES = List.of("মন্ত্রণালয়", DIRECTORATE_BN, "জাতীয় মহিলা সংস্থা");
    static final int SERVICES_REGISTERED = 63;
    static final int SERVICES_NOT_RUNNING = 2;

    /** Running initiatives of the Rajshahi division's offices (made up): district (English place), upazila or null, titles, kind. */
    private record Running(String district, String upazila, String titleBn, String titleEn, String serviceBn, InitiativeKind kind) {
    }

    static final List<String> RUNNING_DISTRICTS_BN = List.of("রাজশাহী", "পাবনা", "বগুড়া", "নাটোর", "চাঁপাইনবাবগঞ্জ");
    private static final List<Running> RAJSHAHI = List.of(
            new Running("Rajshahi", null, "ভূমি উন্নয়ন কর পরিশোধে হেল্পডেস্ক", "A help desk for paying land development tax",
                    "ভূমি উন্নয়ন কর", InitiativeKind.SIMPLIFICATION),
            new Running("Rajshahi", "Paba", "ওয়ারিশ সনদ এক দিনে", "Succession certificates in one day", "ওয়ারিশ সনদ",
                    InitiativeKind.SIMPLIFICATION),
            new Running("Pabna", null, "আবেদনের অবস্থা এসএমএস-এ", "Application status by SMS", "ই-সেবাকেন্দ্রের আবেদন",
                    InitiativeKind.DIGITISATION),
            new Running("Pabna", "Ishurdi", "সার বিতরণের তালিকা অনলাইনে", "The fertiliser distribution list online", "সার বিতরণ",
                    InitiativeKind.DIGITISATION),
            new Running("Bogura", null, "মোবাইল কোর্টের রায়ের অনুলিপি অনলাইনে", "Mobile court judgement copies online",
                    "মোবাইল কোর্টের রায়ের অনুলিপি", InitiativeKind.DIGITISATION),
            new Running("Natore", null, "খাস জমি বন্দোবস্তের আবেদন সহজিকরণ", "Simpler applications for khas land settlement",
                    "খাস জমি বন্দোবস্ত", InitiativeKind.SIMPLIFICATION),
            new Running("Chapainawabganj", null, "আম চাষিদের ট্রেড লাইসেন্স এক দিনে", "Trade licences for mango growers in one day",
                    "ট্রেড লাইসেন্স", InitiativeKind.SIMPLIFICATION));

    private final InitiativeRecording recording;
    private final Showcasing showcasing;
    private final Trainings trainings;
    private final OfficeRegistry officeRegistry;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;
    private final Decisions decisions;

    DemoInitiatives(InitiativeRecording recording, Showcasing showcasing, Trainings trainings, OfficeRegistry officeRegistry,
                    OfficeDirectory offices, MemoNumbering numbering, Decisions decisions) {
        this.recording = recording;
        this.showcasing = showcasing;
        this.trainings = trainings;
        this.officeRegistry = officeRegistry;
        this.offices = offices;
        this.numbering = numbering;
        this.decisions = decisions;
    }

    /** Loads the initiatives; {@code as} runs a step as a demo account (a judge scores as themself). */
    void load(long mowca, long rajshahiDivision, BiConsumer<String, Runnable> as) {
        leaveDigitisation(mowca);
        services(mowca);
        List<Initiative> running = rajshahi(rajshahiDivision);
        long directorate = directorate(mowca);
        showcase(mowca, directorate, as);
        trainings(mowca, running.getFirst());
    }

    // ---- seed 004 [১.১.১]: the idea and its process map

    private void leaveDigitisation(long mowca) {
        Initiative leave = recording.record(mowca, new NewInitiative(InitiativeKind.DIGITISATION, "অর্জিত ছুটি মঞ্জুর সেবা ডিজিটাইজেশন",
                "Digitising the approval of earned leave", LEAVE_BN, true,
                "অর্জিত ছুটির আবেদন কাগজে কয়েকটি টেবিল ঘুরে মঞ্জুর হয়; আবেদনকারীকে বারবার শাখায় গিয়ে খোঁজ নিতে হয়।",
                "আবেদন, ছুটির হিসাব যাচাই ও মঞ্জুরি আলাদা আলাদা নথিতে হাতে হাতে চলে।",
                "ই-নথিতে অনলাইন আবেদন; ছুটির হিসাব স্বয়ংক্রিয়ভাবে যাচাই করে অনুমোদনকারীর কাছে পাঠানো ও মঞ্জুরি আদেশ অনলাইনে জারি।",
                null, List.of(), Stage.IDEA, LocalDate.of(2023, 10, 15), null));
        // the process map: before and after, and the citizen's (here the officer's) time, cost and visits as planned
        recording.measure(leave.id(), List.of(
                        new Step("কাগজে ছুটির আবেদন দাখিল", "আবেদনকারী কর্মকর্তা/কর্মচারী"),
                        new Step("ছুটির হিসাব যাচাই", "প্রশাসন শাখা"),
                        new Step("নথিতে উপস্থাপন", "প্রশাসন শাখা"),
                        new Step("সুপারিশ", "উপসচিব (প্রশাসন)"),
                        new Step("মঞ্জুরি", "অতিরিক্ত সচিব (প্রশাসন)"),
                        new Step("মঞ্জুরি আদেশ জারি ও হাতে হাতে বিতরণ", "প্রশাসন শাখা")),
                List.of(new Step("ই-নথিতে অনলাইন আবেদন", "আবেদনকারী কর্মকর্তা/কর্মচারী"),
                        new Step("ছুটির হিসাব স্বয়ংক্রিয় যাচাই ও উপস্থাপন", "প্রশাসন শাখা"),
                        new Step("অনলাইনে মঞ্জুরি", "অতিরিক্ত সচিব (প্রশাসন)"),
                        new Step("মঞ্জুরি আদেশ ই-মেইলে", "প্রশাসন শাখা")),
                new Figures("৭", "২", "১৫০", "০", "৩", "০", "১২০০", NOVEMBER));
        Long decided = decisions.ofOffice(mowca, NOVEMBER).stream().filter(d -> d.textBn() != null && d.textBn().contains("প্রসেস ম্যাপ"))
                .map(Decision::id).findFirst().orElse(null);
        recording.move(leave.id(), Stage.PROCESS_MAP, NOVEMBER,
                "সেবা সহজিকরণ বিষয়ে প্রস্তুতকৃত প্রসেস ম্যাপ সভায় উপস্থাপন করা হয়। সভায় আলোচনার প্রেক্ষিতে প্রসেস ম্যাপটি দ্রুত সংশোধন করে "
                        + "পরবর্তী কার্যক্রম গ্রহণ করতে হবে।", null, decided);
    }

    // ---- seed 004 [১.২.১]: 63 services, 61 running

    private void services(long mowca) {
        ServiceKind[] kinds = ServiceKind.values();
        int n = 0;
        for (String office : SERVICE_OFFICES) {
            for (String service : SERVICES) {
                boolean running = n < SERVICES_REGISTERED - SERVICES_NOT_RUNNING; // the last two do not run
                recording.register(mowca, new InitiativeRecording.NewService(service + " (" + office + ")", null, kinds[n % kinds.length],
                        null, null, running, LocalDate.of(2023, 11, 20)));
                n++;
            }
        }
    }

    // ---- seed 003 item 3: the division's districts' running initiatives

    private List<Initiative> rajshahi(long division) {
        List<Initiative> made = new java.util.ArrayList<>();
        int i = 0;
        for (Running r : RAJSHAHI) {
            long district = offices.search(new OfficeSearch(OfficeLevel.DISTRICT, division, null, 0, 50)).items().stream()
                    .filter(o -> r.district().equals(o.placeEn())).findFirst().orElseThrow().id();
            long office = r.upazila() == null ? district : offices.search(new OfficeSearch(OfficeLevel.UPAZILA, district, null, 0, 100))
                    .items().stream().filter(o -> r.upazila().equals(o.placeEn())).findFirst().orElseThrow().id();
            LocalDate began = LocalDate.of(2022, 7 + i % 6, 1 + i * 3);
            Initiative initiative = recording.record(office, new NewInitiative(r.kind(), r.titleBn(), r.titleEn(), r.serviceBn(), false,
                    r.serviceBn() + " পেতে নাগরিককে একাধিকবার অফিসে আসতে হতো।", null, r.titleBn() + "।", null, List.of(), Stage.PILOT,
                    began, null));
            recording.move(initiative.id(), Stage.ASSESSMENT, began.plusMonths(4), "পাইলটিং শেষে মূল্যায়ন", null, null);
            recording.move(initiative.id(), Stage.RUNNING, began.plusMonths(6), null,
                    "মূল্যায়নে সফল; কার্যালয়ের নিয়মিত সেবা হিসেবে চালু করা হয়েছে", null);
            made.add(initiative);
            i++;
        }
        return made;
    }

    // ---- seed 004 [১.৩.১]: a showcasing with the ministry's and its directorate's initiatives, judged, the best chosen

    private long directorate(long mowca) {
        OfficeRegistry.Saved saved = officeRegistry.create(new OfficeDraft("DIRECTORATE", DIRECTORATE_BN, "Department of Women Affairs",
                "", "", String.valueOf(mowca), "", "", "", "", ""));
        if (saved.officeId() == null) {
            throw new IllegalStateException("demo data: office " + DIRECTORATE_BN + " refused: " + saved.errors());
        }
        return saved.officeId();
    }

    private void showcase(long mowca, long directorate, BiConsumer<String, Runnable> as) {
        Initiative joyeeta = recording.record(directorate, new NewInitiative(InitiativeKind.DIGITISATION, BEST_BN,
                "Online applications for the Joyeeta search", "জয়িতা অন্বেষণ", false,
                "জয়িতা অন্বেষণের আবেদন উপজেলা কার্যালয়ে কাগজে জমা দিতে হতো।", null,
                "অনলাইনে আবেদন ও যাচাই, ফলাফল এসএমএস-এ।", null, List.of(), Stage.PILOT, LocalDate.of(2023, 8, 1), null));
        recording.move(joyeeta.id(), Stage.ASSESSMENT, LocalDate.of(2023, 12, 1), null, null, null);
        recording.move(joyeeta.id(), Stage.SCALE_UP, LocalDate.of(2024, 2, 1), "সব জেলায় সম্প্রসারণ", null, null);
        Initiative vgd = recording.record(directorate, new NewInitiative(InitiativeKind.IDEA, "ভিজিডি উপকারভোগী নির্বাচনে মোবাইল অ্যাপ",
                "A mobile app for choosing VGD beneficiaries", "ভিজিডি উপকারভোগী নির্বাচন", false,
                "উপকারভোগীর তালিকা কাগজে তৈরি ও যাচাই হয়।", null, "মোবাইল অ্যাপে তথ্য সংগ্রহ ও যাচাই।", null, List.of(), Stage.PILOT,
                LocalDate.of(2024, 1, 10), null));
        Initiative ministrys = recording.record(mowca, new NewInitiative(InitiativeKind.SIMPLIFICATION, "জিপিএফ অগ্রিম মঞ্জুরি সহজিকরণ",
                "Simpler GPF advance approval", "জিপিএফ অগ্রিম মঞ্জুরি", true, "অগ্রিমের আবেদন কয়েক ধাপে কাগজে চলে।", null,
                "ধাপ কমিয়ে ই-নথিতে মঞ্জুরি।", null, List.of(), Stage.PILOT, LocalDate.of(2024, 1, 15), null));

        Showcase showcase = showcasing.create(mowca, SHOWCASE_BN, "Innovation showcase of the Ministry of Women and Children Affairs 2024",
                LocalDate.of(2024, 5, 20), "মন্ত্রণালয়ের সম্মেলন কক্ষ");
        showcasing.criteria(mowca, showcase.id(), List.of(new Showcasing.Criterion("উদ্ভাবনী মান", "৪০", "১০"),
                new Showcasing.Criterion("নাগরিকের সময়, খরচ ও যাতায়াত সাশ্রয়", "৪০", "১০"),
                new Showcasing.Criterion("টেকসই ও সম্প্রসারণযোগ্যতা", "২০", "১০")));
        for (Initiative entry : List.of(joyeeta, vgd, ministrys)) {
            showcasing.enter(mowca, showcase.id(), entry.id());
        }
        showcasing.judge(mowca, showcase.id(), "mowca-cio", "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার");
        showcasing.judge(mowca, showcase.id(), "cabinet-reviewer", "মন্ত্রিপরিষদ বিভাগের প্রতিনিধি");
        showcasing.openScoring(mowca, showcase.id());
        // the ministry's own judge does not score the ministry's entry (a conflict of interest)
        as.accept("mowca-cio", () -> {
            showcasing.score(mowca, showcase.id(), joyeeta.id(), List.of("৯", "৯", "৮"));
            showcasing.score(mowca, showcase.id(), vgd.id(), List.of("৭", "৬", "৭"));
        });
        as.accept("cabinet-reviewer", () -> {
            showcasing.score(mowca, showcase.id(), joyeeta.id(), List.of("৮", "৯", "৯"));
            showcasing.score(mowca, showcase.id(), vgd.id(), List.of("৭", "৭", "৬"));
            showcasing.score(mowca, showcase.id(), ministrys.id(), List.of("৬", "৭", "৭"));
        });
        showcasing.select(mowca, showcase.id(), List.of(joyeeta.id()));
        MemoNumbering.MemoFile file = numbering.open(mowca, "32.00.0000.034.16.005.24", "ইনোভেশন শোকেসিং", 1);
        showcasing.publish(mowca, showcase.id(), file.id(), LocalDate.of(2024, 5, 23),
                new Showcasing.Signatory("মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি", "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার", "", ""),
                List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "মহাপরিচালক, মহিলা বিষয়ক অধিদপ্তর", "অফিস কপি"));
    }

    // ---- seed 004 [১.৫.১] and [২.২.৩]: a workshop, and a learning session after visiting an innovation

    private void trainings(long mowca, Initiative visited) {
        trainings.create(mowca, new NewTraining(TrainingKind.WORKSHOP, LocalDate.of(2023, 10, 25), 1,
                "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা", "Workshop on building a Smart Bangladesh", "মন্ত্রণালয়ের সম্মেলন কক্ষ",
                "এটুআই প্রোগ্রামের প্রতিনিধি", null, null, List.of(), List.of(new NewTraining.Guest("ইনোভেশন টিমের সদস্যবৃন্দ", null),
                        new NewTraining.Guest("দপ্তর/সংস্থার ইনোভেশন অফিসারগণ", null))), List.of());
        trainings.create(mowca, new NewTraining(TrainingKind.LEARNING_SESSION, LocalDate.of(2024, 2, 25), 1,
                "উদ্ভাবনী উদ্যোগ পরিদর্শনের আলোকে লার্নিং সেশন", "Learning session after visiting an innovation",
                "মন্ত্রণালয়ের সম্মেলন কক্ষ", null, visited.id(), null, List.of(),
                List.of(new NewTraining.Guest("ইনোভেশন টিমের সদস্যবৃন্দ", null))), List.of());
    }
}
