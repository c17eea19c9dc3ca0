package bd.udbhabon.demo;

import bd.udbhabon.access.Role;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesContent.DecisionEntry;
import bd.udbhabon.meeting.MinutesContent.DecisionKind;
import bd.udbhabon.meeting.MinutesContent.Item;
import bd.udbhabon.meeting.MinutesContent.ItemKind;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeDraft;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeRegistry;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code udbhabon.demo=true}, loads once at start-up a demo built from seeds 001, 003 and 004:
 * the Dinajpur district team (office order of 23 December 2023), the Rajshahi divisional team with
 * its meetings of 19 June and 17 October 2023 and their minutes, the Ministry of Women and Children
 * Affairs with its meeting of 27 November 2023 (a sub-committee and a co-opted member), and one demo
 * account per role. Everything goes through the modules' services, as the system administrator
 * {@code admin}, in one transaction; see docs/modules/demo.md for the two places that write SQL.
 */
@Component
@Order(20) // after the office registry (ReferenceOfficeLoader) and the first administrator (@Order(10))
@ConditionalOnProperty(name = "udbhabon.demo", havingValue = "true")
public class DemoData implements ApplicationRunner {

    /** The accounts, in the order the README lists them. */
    static final List<String> ACCOUNTS = List.of("dinajpur-dc", "rajshahi-divcom", "rajshahi-ms", "rajshahi-member",
            "rajshahi-auditor", "rajshahi-dc", "mowca-cio", "mowca-ms", "cabinet-reviewer", "paba-uno");

    static final LocalDate JUNE = LocalDate.of(2023, 6, 19);
    static final LocalDate OCTOBER = LocalDate.of(2023, 10, 17);
    static final LocalDate NOVEMBER = LocalDate.of(2023, 11, 27);
    static final String MOWCA_BN = "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ADMIN = "admin";

    private final OfficeDirectory offices;
    private final OfficeRegistry officeRegistry;
    private final MemoNumbering numbering;
    private final PeopleRegistry people;
    private final TeamFormation formation;
    private final Teams teams;
    private final Meetings meetings;
    private final MinutesBook minutes;
    private final Decisions decisions;
    private final DecisionRegister register;
    private final AccountAdministration accounts;
    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String password;
    private final DemoPlans plans;
    private final DemoInitiatives initiatives;
    private final DemoReports reports;

    DemoData(OfficeDirectory offices, OfficeRegistry officeRegistry, MemoNumbering numbering, PeopleRegistry people,
             TeamFormation formation, Teams teams, Meetings meetings, MinutesBook minutes, Decisions decisions,
             DecisionRegister register, AccountAdministration accounts, UserDetailsService users, PasswordEncoder passwords,
             JdbcClient jdbc, PlatformTransactionManager transactions, DemoPlans plans, DemoInitiatives initiatives, DemoReports reports,
             // not a @ConfigurationProperties record: udbhabon.demo is itself a value (the switch), and
             // Spring Boot cannot bind a record under a key that holds one
             @Value("${udbhabon.demo.password:demo-2026}") String password) {
        this.offices = offices;
        this.officeRegistry = officeRegistry;
        this.numbering = numbering;
        this.people = people;
        this.formation = formation;
        this.teams = teams;
        this.meetings = meetings;
        this.minutes = minutes;
        this.decisions = decisions;
        this.register = register;
        this.accounts = accounts;
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.password = password;
        this.plans = plans;
        this.initiatives = initiatives;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the demo unless it is there already (its first account exists). Returns whether it loaded. */
    public boolean load() {
        if (exists(ACCOUNTS.getFirst())) {
            log.info("Demo data already loaded; nothing to do");
            return false;
        }
        asAdministrator(() -> transaction.execute(status -> {
            long dinajpur = office(OfficeLevel.DISTRICT, "Dinajpur");
            long rajshahi = office(OfficeLevel.DIVISION, "Rajshahi");
            long cabinet = offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().getFirst().id();
            dinajpur(dinajpur);
            rajshahi(rajshahi);
            long mowca = ministry(cabinet);
            account("dinajpur-dc", "শাকিল আহমেদ", Role.OFFICE_ADMIN, dinajpur);
            account("rajshahi-divcom", "ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর", Role.TEAM_HEAD, rajshahi);
            account("rajshahi-ms", "সদস্য সচিব, বিভাগীয় ইনোভেশন টিম, রাজশাহী", Role.MEMBER_SECRETARY, rajshahi);
            account("rajshahi-member", "ড. মোঃ মোকহেদ আলী", Role.TEAM_MEMBER, rajshahi);
            account("rajshahi-auditor", "নিরীক্ষক, রাজশাহী বিভাগ", Role.AUDITOR, rajshahi);
            // a district under Rajshahi: one of "every district" the October decisions were given to, so that
            // the implementing office's side (its start page, progress with evidence) can be tried too
            account("rajshahi-dc", "জেলা প্রশাসক, রাজশাহী", Role.OFFICE_ADMIN, office(OfficeLevel.DISTRICT, "Rajshahi"));
            account("mowca-cio", "মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি", Role.TEAM_HEAD, mowca);
            account("mowca-ms", "মোঃ মাসুদুর রহমান", Role.MEMBER_SECRETARY, mowca);
            account("cabinet-reviewer", "পর্যালোচক, মন্ত্রিপরিষদ বিভাগ", Role.REVIEWER, cabinet);
            long rajshahiDistrict = office(OfficeLevel.DISTRICT, "Rajshahi");
            account("paba-uno", "উপজেলা নির্বাহী অফিসার, পবা", Role.OFFICE_ADMIN, upazila(rajshahiDistrict, "Paba"));
            plans.load(mowca, rajshahiDistrict, (username, step) -> as(username, () -> {
                step.run();
                return null;
            }));
            initiatives.load(mowca, rajshahi, (username, step) -> as(username, () -> {
                step.run();
                return null;
            }));
            reports.load(mowca);
            return null;
        }));
        log.info("Demo data loaded: Dinajpur, Rajshahi, {}; accounts {} (password from udbhabon.demo.password)", MOWCA_BN, ACCOUNTS);
        return true;
    }

    // ---- seed 001: the Dinajpur district team

    private void dinajpur(long dinajpur) {
        LocalDate issued = LocalDate.of(2023, 12, 23);
        long dc = post(dinajpur, "জেলা প্রশাসক, দিনাজপুর", "DEPUTY_COMMISSIONER", false, "", "");
        held(dc, dinajpur, "শাকিল আহমেদ", "dcdinajpur@mopa.gov.bd", "02589925001", issued);
        List<PlannedMember> members = new ArrayList<>();
        for (List<String> row : SeedText.seed001Members()) {
            String title = row.get(0);
            String[] kind = dinajpurPost(title);
            long post = post(dinajpur, title, kind[0], !kind[0].startsWith("ADDITIONAL") && !kind[0].equals("ASSISTANT_COMMISSIONER"),
                    kind[1], kind[2]);
            boolean head = members.isEmpty();
            members.add(new PlannedMember(post, head ? TeamRole.HEAD : TeamRole.MEMBER, head ? row.get(1) : null));
        }
        MemoNumbering.MemoFile file = numbering.open(dinajpur, "05.55.2700.025.13.002.18", "জেলা ইনোভেশন টিম", 89);
        issue(dinajpur, new TeamFormation.DraftInput(OrderKind.FORMATION, issued, SeedText.seed001Preamble(), null, members),
                new TeamFormation.IssueInput(file.id(), issued, "আইসিটি শাখা", null, "শাকিল আহমেদ", "জেলা প্রশাসক", "02589925001",
                        "dcdinajpur@mopa.gov.bd", SeedText.seed001Copies()), null);
    }

    /** Grade, teaching level and subject of a post of seed 001's table. */
    private static String[] dinajpurPost(String title) {
        if (title.startsWith("অতিরিক্ত জেলা প্রশাসক")) {
            return new String[] {"ADDITIONAL_DEPUTY_COMMISSIONER", "", ""};
        } else if (title.startsWith("সহকারী কমিশনার")) {
            return new String[] {"ASSISTANT_COMMISSIONER", "", ""};
        } else if (title.startsWith("অধ্যক্ষ")) {
            return new String[] {"PRINCIPAL", "", ""};
        } else if (title.startsWith("প্রভাষক")) {
            return new String[] {"TEACHER", "HIGHER_SECONDARY", "ICT"};
        } else if (title.startsWith("প্রোগ্রামার")) {
            return new String[] {"PROGRAMMER", "", ""};
        } else if (title.startsWith("উপ-পরিচালক")) {
            return new String[] {"DEPUTY_DIRECTOR", "", ""};
        }
        return new String[] {"OFFICER", "", ""};
    }

    // ---- seed 003: the Rajshahi divisional team, June and October 2023

    private void rajshahi(long rajshahi) {
        LocalDate since = LocalDate.of(2023, 1, 1);
        String chair = "ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর";
        String adcName = "ড. মোঃ মোকহেদ আলী";
        // Seed 003's contacts in the registry: the fax prints under the issuing officer's signature.
        OfficeDraft registered = OfficeDraft.of(offices.require(rajshahi));
        OfficeRegistry.Saved contacts = officeRegistry.update(rajshahi, new OfficeDraft(registered.level(), registered.nameBn(), registered.nameEn(),
                registered.placeBn(), registered.placeEn(), registered.adminParent(), registered.lineParent(), registered.website(),
                "divcomrajshahi@mopa.gov.bd", registered.memoCode(), "02588857529"));
        ok(contacts.officeId(), contacts.errors(), "contacts of " + registered.nameBn());
        // Rajshahi's posts carry English titles too, so a reader who chose English sees them (issue 19, point 12).
        long commissioner = post(rajshahi, "বিভাগীয় কমিশনার", "Divisional Commissioner", "DIVISIONAL_COMMISSIONER");
        held(commissioner, rajshahi, chair, "divcomrajshahi@mopa.gov.bd", "02588857233", since);
        long adc = post(rajshahi, "অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি)", "Additional Divisional Commissioner (Development and ICT)",
                "ADDITIONAL_DIVISIONAL_COMMISSIONER");
        held(adc, rajshahi, adcName, "", "", since);
        long director = post(rajshahi, "পরিচালক (স্থানীয় সরকার)", "Director (Local Government)", "DIRECTOR");
        long programmer = post(rajshahi, "সহকারী প্রোগ্রামার", "Assistant Programmer", "ASSISTANT_PROGRAMMER");
        List<PlannedMember> members = List.of(new PlannedMember(commissioner, TeamRole.HEAD), new PlannedMember(adc, TeamRole.MEMBER),
                new PlannedMember(director, TeamRole.MEMBER), new PlannedMember(programmer, TeamRole.MEMBER_SECRETARY));

        // The team and notice papers' file is the demo's own; the minutes' file is seed 003's.
        MemoNumbering.MemoFile teamFile = numbering.open(rajshahi, "05.43.0000.017.02.002.23", "বিভাগীয় ইনোভেশন টিম গঠন ও সভার নোটিশ", 1);
        MemoNumbering.MemoFile minutesFile = numbering.open(rajshahi, "05.43.0000.017.02.001.23", "বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী", 277);
        // No recorded notification was in force in 2023 before 16 November; seed 003's meetings need a team then.
        issue(rajshahi, new TeamFormation.DraftInput(OrderKind.FORMATION, LocalDate.of(2023, 11, 16),
                        "মন্ত্রিপরিষদ বিভাগের প্রজ্ঞাপন মোতাবেক নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে বিভাগীয় ইনোভেশন টিম গঠন করা হলোঃ", null, members),
                new TeamFormation.IssueInput(teamFile.id(), since, "আইসিটি শাখা", null, chair, "বিভাগীয় কমিশনার", "০২৫৮৮৮৫৭২৩৩",
                        "divcomrajshahi@mopa.gov.bd", List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "অফিস কপি")), since);

        String place = "বিভাগীয় কমিশনার, রাজশাহী এর সম্মেলন কক্ষ";
        Owner office = choice(rajshahi, "office:" + rajshahi);

        // 19 June: six decisions (not in the seeds; seed 003 gives only their number), all implemented by 30 September.
        List<String> juneAgenda = List.of("ই-সেবা", "উদ্ভাবনী উদ্যোগ", "ওয়েব পোর্টাল", "প্রশিক্ষণ", "কর্মপরিকল্পনা", "সেবা সহজিকরণ");
        Meeting june = held(rajshahi, new Meetings.MeetingInput("বিভাগীয় ইনোভেশন টিমের সভা", chair, "বিভাগীয় কমিশনার", JUNE,
                LocalTime.of(11, 0), place, null, juneAgenda.stream().map(a -> new Meeting.AgendaItem(a, null)).toList()));
        MinutesContent juneStart = minutes.startingContent(rajshahi, june.id());
        List<Item> juneItems = new ArrayList<>();
        for (Item item : juneStart.items()) {
            juneItems.add(new Item(item.kind(), item.subjectBn(), null, item.subjectBn() + " বিষয়ে সভায় বিস্তারিত আলোচনা হয়।",
                    List.of(plain(item.subjectBn() + " বিষয়ে প্রয়োজনীয় ব্যবস্থা গ্রহণ করতে হবে।", LocalDate.of(2023, 9, 30), List.of(office)))));
        }
        MinutesVersion juneMinutes = approved(rajshahi, june.id(), with(juneStart, juneStart.opening(), juneStart.itemsIntroBn(), juneItems),
                LocalDate.of(2023, 6, 25));
        minutes.issue(rajshahi, juneMinutes.id(), new MinutesBook.IssueInput(minutesFile.id(), LocalDate.of(2023, 6, 25), adcName,
                "অতিরিক্ত বিভাগীয় কমিশনার", null, null, List.of("বিভাগীয় ইনোভেশন টিমের সকল সদস্য"), List.of(), true));
        for (Decision d : decisions.ofMeeting(june.id(), JUNE)) {
            register.changeStatus(d.id(), rajshahi, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 9, 30), null);
        }

        // 17 October: seed 003, its notice, attendance, and the minutes with the standing items filled in.
        List<List<String>> seed = SeedText.seed003Items();
        Meeting october = meetings.save(rajshahi, null, new Meetings.MeetingInput("বিভাগীয় ইনোভেশন টিমের সভা", chair, "বিভাগীয় কমিশনার",
                OCTOBER, LocalTime.of(13, 15), place, null,
                seed.subList(2, seed.size()).stream().map(r -> new Meeting.AgendaItem(r.get(1), null)).toList()), List.of(), List.of());
        meetings.issueNotice(rajshahi, october.id(), new Meetings.NoticeInput(teamFile.id(), LocalDate.of(2023, 10, 10), adcName,
                "অতিরিক্ত বিভাগীয় কমিশনার", List.of()));
        attend(rajshahi, october.id());
        Map<String, String> owners = Map.of(
                "অতিরিক্ত বিভাগীয় কমিশনার (উন্নয়ন ও আইসিটি), রাজশাহী বিভাগ", "post:" + adc,
                "জেলা প্রশাসক (সকল), রাজশাহী বিভাগ", "level:DISTRICT:" + rajshahi,
                "সহকারী প্রোগ্রামার, বিভাগীয় কমিশনারের কার্যালয়, রাজশাহী", "post:" + programmer);
        MinutesContent start = minutes.startingContent(rajshahi, october.id());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < start.items().size(); i++) {
            Item item = start.items().get(i);
            if (i == 0) {
                DecisionEntry confirmed = item.decisions().getFirst();
                items.add(new Item(item.kind(), item.subjectBn(), null, item.discussionBn(),
                        List.of(plain(confirmed.textBn(), null, List.of(Owner.post(adc, seed.get(0).get(4)))))));
            } else if (item.kind() != ItemKind.AGENDA) {
                items.add(item);
            } else {
                List<String> row = seed.get(i);
                List<Owner> implementers = new ArrayList<>();
                for (String line : row.get(4).split("\n")) {
                    String label = line.replaceFirst("।$", "").strip();
                    implementers.add(relabel(choice(rajshahi, owners.getOrDefault(label, "office:" + rajshahi)), label));
                }
                items.add(new Item(ItemKind.AGENDA, item.subjectBn(), null, row.get(2), List.of(plain(row.get(3), null, implementers))));
            }
        }
        MinutesVersion octoberMinutes = approved(rajshahi, october.id(), with(start, SeedText.seed003Opening(), null, items),
                LocalDate.of(2023, 10, 25));
        minutes.issue(rajshahi, octoberMinutes.id(), new MinutesBook.IssueInput(minutesFile.id(), LocalDate.of(2023, 10, 25), adcName,
                "অতিরিক্ত বিভাগীয় কমিশনার", null, null, SeedText.seed003Distribution(), List.of(), true));
    }

    // ---- seed 004: the Ministry of Women and Children Affairs, 27 November 2023

    private long ministry(long cabinet) {
        OfficeRegistry.Saved saved = officeRegistry.create(new OfficeDraft("MINISTRY", MOWCA_BN, "Ministry of Women and Children Affairs",
                "", "", String.valueOf(cabinet), "", "www.mowca.gov.bd", "", "32.00.0000", ""));
        long mowca = ok(saved.officeId(), saved.errors(), "office " + MOWCA_BN);
        LocalDate since = LocalDate.of(2023, 11, 16);
        String chair = "মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি";
        String chairPost = "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার";
        long head = post(mowca, "অতিরিক্ত সচিব (প্রশাসন)", "ADDITIONAL_SECRETARY", false, "", "");
        held(head, mowca, chair, "", "", since);
        long secretary = post(mowca, "উপসচিব (প্রশাসন-২)", "DEPUTY_SECRETARY", false, "", "");
        held(secretary, mowca, "মোঃ মাসুদুর রহমান", "", "02 55100193", since); // the officer record takes Latin digits
        // The members: the posts the minutes are distributed to (seed 004).
        Map<String, Long> posts = new LinkedHashMap<>();
        for (String entry : SeedText.seed004Distribution()) {
            String title = entry.substring(0, entry.indexOf(", "));
            String grade = title.startsWith("যুগ্মসচিব") ? "JOINT_SECRETARY" : title.startsWith("উপসচিব") ? "DEPUTY_SECRETARY"
                    : title.startsWith("সিনিয়র সহকারী সচিব") ? "SENIOR_ASSISTANT_SECRETARY" : "OFFICER";
            posts.put(title, post(mowca, title, grade, false, "", ""));
        }
        long coopted = post(mowca, "উপসচিব (শিশু ও সমন্বয় অধিশাখা)", "DEPUTY_SECRETARY", false, "", "");
        List<PlannedMember> members = new ArrayList<>();
        members.add(new PlannedMember(head, TeamRole.HEAD, "চীফ ইনোভেশন অফিসার"));
        posts.values().forEach(p -> members.add(new PlannedMember(p, TeamRole.MEMBER)));
        members.add(new PlannedMember(secretary, TeamRole.MEMBER_SECRETARY));
        // opened from a letter's number so that its serials are written as seed 004's "…২৩-০৫"
        MemoNumbering.MemoFile file = numbering.open(mowca, "32.00.0000.034.16.003.23-04", "ইনোভেশন টিম", 4);
        issue(mowca, new TeamFormation.DraftInput(OrderKind.FORMATION, since,
                        "মন্ত্রিপরিষদ বিভাগের ১৬ নভেম্বর ২০২৩ তারিখের ০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭ নং স্মারকে জারীকৃত প্রজ্ঞাপন মোতাবেক "
                                + "নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন টিম গঠন করা হলোঃ", null, members),
                new TeamFormation.IssueInput(file.id(), since, "প্রশাসন-২ শাখা", null, "মোঃ মাসুদুর রহমান", "উপসচিব (প্রশাসন-২)",
                        "(০২) ৫৫১০০১৯৩", null, List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "অফিস কপি")), null);

        List<SeedText.ActivityRow> rows = SeedText.seed004Items();
        Meeting meeting = held(mowca, new Meetings.MeetingInput("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ বিষয়ে ইনোভেশন টিমের সভা",
                chair, chairPost, NOVEMBER, LocalTime.of(14, 30), "সম্মেলন কক্ষ, " + MOWCA_BN, null,
                rows.stream().map(r -> new Meeting.AgendaItem(r.activity(), null)).toList()));
        Owner ministry = choice(mowca, "office:" + mowca);
        List<Item> items = new ArrayList<>();
        for (SeedText.ActivityRow row : rows) {
            DecisionEntry decision;
            if (!row.committee().isEmpty()) {
                List<SubCommittees.Member> committee = new ArrayList<>();
                for (List<String> m : row.committee()) {
                    String label = m.get(0);
                    CommitteeRole role = switch (m.get(1)) {
                        case "আহবায়ক" -> CommitteeRole.CONVENER;
                        case "সদস্য সচিব" -> CommitteeRole.MEMBER_SECRETARY;
                        default -> CommitteeRole.MEMBER;
                    };
                    Long post = label.startsWith("উপসচিব (শিশু") ? Long.valueOf(coopted) : posts.get(label);
                    committee.add(new SubCommittees.Member(post, label, role));
                }
                decision = new DecisionEntry(row.decision(), null, List.of(ministry), DecisionKind.SUB_COMMITTEE,
                        "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মপরিকল্পনা প্রণয়ন কমিটি", committee, null, null);
            } else if (row.activity().equals("বিবিধ")) {
                decision = new DecisionEntry(row.decision(), null, List.of(ministry), DecisionKind.COOPT, null, List.of(), coopted, null);
            } else {
                decision = plain(row.decision(), null, List.of(ministry));
            }
            items.add(new Item(ItemKind.AGENDA, row.activity(), row.target(), row.discussion(), List.of(decision)));
        }
        MinutesContent content = new MinutesContent(Minutes.Style.ACTIVITY_TABLE, null,
                "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়ের ইনোভেশন টিম সভার কার্যবিবরণী।", List.of(SeedText.seed004Opening()),
                SeedText.seed004ItemsIntro(), items, SeedText.seed004Closing(), chair, chairPost, null);
        MinutesVersion approved = approved(mowca, meeting.id(), content, LocalDate.of(2023, 12, 3));
        minutes.issue(mowca, approved.id(), new MinutesBook.IssueInput(file.id(), LocalDate.of(2023, 12, 3), "মোঃ মাসুদুর রহমান",
                "উপসচিব (প্রশাসন-২)", "(০২) ৫৫১০০১৯৩", null, SeedText.seed004Distribution(), SeedText.seed004Copies(), true));
        return mowca;
    }

    // ---- helpers

    private long office(OfficeLevel level, String placeEn) {
        return offices.search(new OfficeSearch(level, null, placeEn, 0, 50)).items().stream()
                .filter(o -> placeEn.equals(o.placeEn())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + level + " office " + placeEn + " in the registry")).id();
    }

    private long upazila(long districtId, String placeEn) {
        return offices.search(new OfficeSearch(OfficeLevel.UPAZILA, districtId, null, 0, 100)).items().stream()
                .filter(o -> placeEn.equals(o.placeEn())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no upazila " + placeEn + " in the registry")).id();
    }

    private long post(long officeId, String titleBn, String titleEn, String grade) {
        return post(officeId, titleBn, titleEn, grade, false, "", "");
    }

    private long post(long officeId, String titleBn, String grade, boolean ofAnotherOffice, String teachingLevel, String subject) {
        return post(officeId, titleBn, "", grade, ofAnotherOffice, teachingLevel, subject);
    }

    private long post(long officeId, String titleBn, String titleEn, String grade, boolean ofAnotherOffice, String teachingLevel,
                      String subject) {
        PeopleRegistry.Saved saved = people.createPost(officeId,
                new PostDraft(titleBn, titleEn, grade, "", teachingLevel, subject, ofAnotherOffice, true));
        return ok(saved.id(), saved.errors(), "post " + titleBn);
    }

    private void held(long postId, long officeId, String nameBn, String email, String phone, LocalDate from) {
        PeopleRegistry.Saved officer = people.createOfficer(officeId, new OfficerDraft(nameBn, "", email, phone, false));
        long id = ok(officer.id(), officer.errors(), "officer " + nameBn);
        PeopleRegistry.Saved holding = people.assign(postId, id, from);
        ok(postId, holding.errors(), "holding of " + nameBn);
    }

    /**
     * Saves the draft and issues it. {@code backdate}: the effective date the issued order takes; the
     * draft is saved on the first day a recorded notification is in force, then moved back (see demo.md).
     */
    private TeamOrder issue(long officeId, TeamFormation.DraftInput draft, TeamFormation.IssueInput input, LocalDate backdate) {
        TeamOrder saved = formation.saveDraft(officeId, draft);
        if (backdate != null) {
            jdbc.sql("update team_order set effective_from = ? where id = ? and status = 'DRAFT'").params(backdate, saved.id()).update();
        }
        boolean compliant = CompositionCheck.compliant(saved.findings());
        if (!compliant) {
            input = new TeamFormation.IssueInput(input.memoFileId(), input.issuedOn(), input.sectionBn(),
                    "প্রদর্শনী (ডেমো) তথ্য: মূল আদেশ অনুযায়ী", input.signatoryNameBn(), input.signatoryDesignationBn(),
                    input.signatoryPhone(), input.signatoryEmail(), input.copies());
        }
        return formation.issue(officeId, input);
    }

    /** The meeting saved and its attendance recorded (every member of the day's team present, a vacant post absent). */
    private Meeting held(long officeId, Meetings.MeetingInput input) {
        Meeting meeting = meetings.save(officeId, null, input, List.of(), List.of());
        attend(officeId, meeting.id());
        return meeting;
    }

    private void attend(long officeId, long meetingId) {
        Meeting meeting = meetings.find(officeId, meetingId).orElseThrow();
        var team = teams.onDate(officeId, meeting.date()).orElseThrow();
        meetings.saveAttendance(officeId, meetingId, team.members().stream()
                .map(m -> m.holder() == null
                        ? new Meeting.Attendance(m.post().id(), null, AttendanceStatus.ABSENT, null)
                        : new Meeting.Attendance(m.post().id(), m.holder().nameBn(), AttendanceStatus.PRESENT, null))
                .toList(), List.of());
    }

    /** Saved and approved on the day the chair signed (the seeds: the issue day), not on the day the demo loads. */
    private MinutesVersion approved(long officeId, long meetingId, MinutesContent content, LocalDate signed) {
        MinutesVersion draft = minutes.saveDraft(officeId, meetingId, content);
        return minutes.approve(officeId, draft.id(), signed);
    }

    private static MinutesContent with(MinutesContent c, List<String> opening, String itemsIntro, List<Item> items) {
        return new MinutesContent(c.style(), c.titleBn(), c.subjectBn(), opening, itemsIntro, items, c.closingBn(), c.chairNameBn(),
                c.chairDesignationBn(), c.correctionNoteBn());
    }

    private static DecisionEntry plain(String text, LocalDate due, List<Owner> owners) {
        return new DecisionEntry(text, due, owners, DecisionKind.PLAIN, null, List.of(), null, null);
    }

    /** The owner the office's forms offer under {@code key}, as {@code DecisionRegister.ownerChoices} words it. */
    private Owner choice(long officeId, String key) {
        return register.ownerChoices(officeId).stream().filter(c -> c.key().equals(key)).map(OwnerChoice::owner).findFirst()
                .orElseThrow(() -> new IllegalStateException("no owner choice " + key + " at office " + officeId));
    }

    private static Owner relabel(Owner owner, String label) {
        return new Owner(owner.officeId(), owner.postId(), owner.level(), label);
    }

    /**
     * A demo account with the documented password. {@code AccountAdministration.create} makes it (checked
     * and audited) with a one-time password; no service sets a chosen password for another account, so
     * the demo password is written to the account row here (demo mode only).
     */
    private void account(String username, String fullNameBn, Role role, long officeId) {
        AccountAdministration.Outcome outcome = accounts.create(officeId,
                new AccountAdministration.NewAccount(username, null, fullNameBn, null, role));
        long id = ok(outcome.accountId(), outcome.errors(), "account " + username);
        jdbc.sql("update account set password_hash = ?, must_change_password = false where id = ?")
                .params(passwords.encode(password), id).update();
    }

    private boolean exists(String username) {
        try {
            users.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private <T> void asAdministrator(Supplier<T> action) {
        as(ADMIN, action);
    }

    /** Runs {@code action} as the signed-in {@code username}, as a request of theirs would, then puts back who was. */
    private <T> void as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private static long ok(Long id, FormErrors errors, String what) {
        if (id == null || errors != null && errors.any()) {
            throw new IllegalStateException("demo data: " + what + " refused: "
                    + (errors == null ? "no id" : errors.resolve((key, args) -> key)));
        }
        return id;
    }
}
