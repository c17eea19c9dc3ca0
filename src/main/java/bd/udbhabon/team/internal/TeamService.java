package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.OfficeOrder;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Membership;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Teams as a series of office orders; see V7__teams.sql for the storage. */
@Service
class TeamService implements Teams, TeamFormation {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Policies policies;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JsonMapper json;
    private final TeamRules rules;
    private final ComplianceUpdater compliance;

    TeamService(JdbcClient jdbc, OfficeDirectory offices, PeopleDirectory people, Policies policies,
                MemoNumbering numbering, PdfRenderer pdf, DocxRenderer docx, AccessPolicy access, AuditLog audit,
                JsonMapper json, TeamRules rules, ComplianceUpdater compliance) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.people = people;
        this.policies = policies;
        this.numbering = numbering;
        this.pdf = pdf;
        this.docx = docx;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.rules = rules;
        this.compliance = compliance;
    }

    // ---- reading

    private static final String ORDER_COLUMNS = """
            select id, office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn,
                   closing_bn, justification, findings::text, compliant, memo_number, issued_on, cabinet_informed_on
            from team_order""";

    /** The orders the query selects (ORDER_COLUMNS + where …), with their members loaded in one more query. */
    private List<TeamOrder> orders(String where, Object... params) {
        record Row(long id, long officeId, long formingOfficeId, OrderKind kind, boolean issued, LocalDate effectiveFrom,
                   long notificationId, String preamble, String closing, String justification, String findings,
                   Boolean compliant, String memo, LocalDate issuedOn, LocalDate informedOn) {
        }
        List<Row> rows = jdbc.sql(ORDER_COLUMNS + " " + where).params(params).query((rs, i) -> new Row(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), OrderKind.valueOf(rs.getString(4)), "ISSUED".equals(rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), (Boolean) rs.getObject(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                rs.getObject(15, LocalDate.class))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlannedMember>> members = new HashMap<>();
        jdbc.sql("select order_id, post_id, role, role_label_bn from team_order_member where order_id = any(?) order by order_id, position")
                .param(rows.stream().mapToLong(Row::id).boxed().toArray(Long[]::new))
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlannedMember(rs.getLong(2), TeamRole.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return rows.stream().map(r -> new TeamOrder(r.id(), r.officeId(), r.formingOfficeId(), r.kind(), r.issued(),
                r.effectiveFrom(), r.notificationId(), r.preamble(), r.closing(), r.justification(),
                r.findings() == null ? List.of() : json.readValue(r.findings(), FINDINGS), r.compliant(),
                r.memo() == null ? null : MemoNumber.parse(r.memo()).format(), r.issuedOn(), r.informedOn(),
                members.getOrDefault(r.id(), List.of()))).toList();
    }

    private Optional<TeamOrder> oneOrder(String where, Object... params) {
        return orders(where, params).stream().findFirst();
    }

    @Override
    public Optional<TeamOnDate> onDate(long officeId, LocalDate date) {
        Optional<TeamOrder> inEffect = oneOrder("""
                where office_id = ? and status = 'ISSUED' and effective_from <= ?
                order by effective_from desc, id desc limit 1""", officeId, date);
        return inEffect.filter(o -> o.kind() != OrderKind.DISSOLUTION)
                .map(o -> new TeamOnDate(officeId, date, o, membersOn(o.members(), date)));
    }

    @Override
    public List<TeamMember> membersOn(List<PlannedMember> planned, LocalDate date) {
        List<Long> ids = planned.stream().map(PlannedMember::postId).toList();
        Map<Long, Officer> holders = people.holdersOn(ids, date);
        Map<Long, Post> posts = people.posts(ids);
        return planned.stream().map(p -> new TeamMember(posts.get(p.postId()), p.role(),
                holders.get(p.postId()), p.labelBn())).toList();
    }

    /** A post as the order prints it: another office's post names that office ("অধ্যক্ষ, দিনাজপুর পলিটেকনিক ইনস্টিটিউট"). */
    private String printedTitle(Office team, Post post) {
        if (post.officeId() == team.id()) {
            return post.titleBn();
        }
        return offices.find(post.officeId()).map(o -> post.titleBn() + ", " + o.nameBn()).orElse(post.titleBn());
    }

    @Override
    public List<Membership> membershipsOf(long officeId, LocalDate date) {
        Map<Long, Post> own = new java.util.HashMap<>();
        people.posts(officeId).forEach(p -> own.put(p.id(), p));
        if (own.isEmpty()) {
            return List.of();
        }
        // Each other office's order in effect that day (the last issued one), if it names one of the posts.
        return jdbc.sql("""
                        select o.office_id, m.post_id, m.role
                        from (select distinct on (office_id) id, office_id, kind from team_order
                              where status = 'ISSUED' and effective_from <= :date and office_id <> :office
                              order by office_id, effective_from desc, id desc) o
                        join team_order_member m on m.order_id = o.id
                        where o.kind <> 'DISSOLUTION' and m.post_id = any(:posts)
                        order by o.office_id, m.position""")
                .param("date", date).param("office", officeId).param("posts", own.keySet().toArray(Long[]::new))
                .query((rs, i) -> new Membership(rs.getLong(1), own.get(rs.getLong(2)), TeamRole.valueOf(rs.getString(3))))
                .list();
    }

    @Override
    public List<TeamOrder> history(long officeId) {
        return orders("where office_id = ? and status = 'ISSUED' order by effective_from desc, id desc", officeId);
    }

    @Override
    public Optional<TeamOrder> draft(long officeId) {
        return oneOrder("where office_id = ? and status = 'DRAFT'", officeId);
    }

    @Override
    public Optional<TeamOrder> order(long orderId) {
        return oneOrder("where id = ?", orderId);
    }

    @Override
    public Optional<byte[]> pdf(long orderId) {
        return jdbc.sql("select pdf from team_order where id = ? and status = 'ISSUED'").param(orderId).query(byte[].class).optional();
    }

    @Override
    public Optional<byte[]> docx(long orderId) {
        return jdbc.sql("select docx from team_order where id = ? and status = 'ISSUED'").param(orderId).query(byte[].class).optional();
    }

    // ---- rules

    private Office office(long officeId) {
        return offices.find(officeId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    private Notification inForce(LocalDate date) {
        return policies.inForce(date).orElseThrow(() -> UserFacingException.badRequest("team.noNotification"));
    }

    @Override
    public long formingOffice(long officeId, LocalDate date) {
        Office office = office(officeId);
        return policies.inForce(date).map(n -> rules.formingOffice(office, n)).orElse(officeId);
    }

    /** The draft's forming office, or the one the notification in force today names. */
    private long formingOfficeNow(long officeId) {
        return draft(officeId).map(TeamOrder::formingOfficeId).orElseGet(() -> formingOffice(officeId, Dhaka.today()));
    }

    @Override
    public boolean mayDraft(long officeId) {
        return mayDraft(office(officeId), formingOfficeNow(officeId));
    }

    @Override
    public boolean mayIssue(long officeId) {
        office(officeId);
        return access.allows(Permission.ADMINISTER_OFFICE, formingOfficeNow(officeId));
    }

    @Override
    public DraftInput startingDraft(long officeId) {
        Office office = office(officeId);
        Optional<TeamOrder> draft = draft(officeId);
        if (draft.isPresent()) {
            TeamOrder d = draft.get();
            return new DraftInput(d.kind(), d.effectiveFrom(), d.preambleBn(), d.closingBn(), d.members());
        }
        LocalDate today = Dhaka.today();
        Optional<TeamOnDate> team = onDate(officeId, today);
        if (team.isPresent()) {
            TeamOrder last = team.get().order();
            String preamble = "এ কার্যালয়ের " + DualDate.gregorianDate(last.issuedOn()) + " তারিখের "
                    + last.memoNumber() + " নং অফিস আদেশ আংশিক পরিবর্তনপূর্বক নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে "
                    + teamName(office) + " পুনর্গঠন করা হলো:";
            return new DraftInput(OrderKind.CHANGE, today, preamble, null, last.members());
        }
        String preamble = policies.inForce(today).map(n -> defaultPreamble(n, teamName(office))).orElse("");
        return new DraftInput(OrderKind.FORMATION, today, preamble, null, List.of());
    }

    @Override
    public IssueInput startingIssue(long officeId) {
        record Last(String section, String name, String designation, String phone, String email, String[] copies,
                    Long fileId) {
        }
        Optional<Last> last = jdbc.sql("""
                        select o.section_bn, o.signatory_name_bn, o.signatory_designation_bn, o.signatory_phone,
                               o.signatory_email, o.copies, m.file_id
                        from team_order o left join issued_memo m on m.memo_number = o.memo_number
                        where o.office_id = ? and o.status = 'ISSUED' order by o.issued_on desc, o.id desc limit 1""")
                .param(officeId)
                .query((rs, i) -> new Last(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (String[]) rs.getArray(6).getArray(), (Long) rs.getObject(7)))
                .optional();
        LocalDate today = Dhaka.today();
        return last.map(l -> new IssueInput(l.fileId() == null ? 0 : l.fileId(), today, l.section(), null, l.name(),
                        l.designation(), l.phone(), l.email(), List.of(l.copies())))
                .orElse(new IssueInput(0, today, null, null, null, null, null, null, List.of()));
    }

    /** What an order calls the team: "জেলা ইনোভেশন টিম". */
    static String teamName(Office office) {
        return switch (office.level()) {
            case DISTRICT -> "জেলা ইনোভেশন টিম";
            case UPAZILA -> "উপজেলা ইনোভেশন টিম";
            case DIVISION -> "বিভাগীয় ইনোভেশন টিম";
            case MINISTRY -> "মন্ত্রণালয়/বিভাগের ইনোভেশন টিম";
            case DIRECTORATE -> "অধিদপ্তর/সংস্থার ইনোভেশন টিম";
            default -> "ইনোভেশন টিম";
        };
    }

    @Override
    public List<Finding> check(long officeId, DraftInput draft) {
        Office office = office(officeId);
        LocalDate date = draft.effectiveFrom() == null ? Dhaka.today() : draft.effectiveFrom();
        List<PlannedMember> members = validMembers(office, draft, new FormErrors());
        return rules.findings(office, inForce(date), members, date);
    }

    /** A dissolution is not judged by the composition rules: it has no members. */
    private List<Finding> findings(Office office, Notification notification, OrderKind kind, List<PlannedMember> members,
                                   LocalDate date) {
        return kind == OrderKind.DISSOLUTION ? List.of() : rules.findings(office, notification, members, date);
    }

    // ---- drafting

    private boolean mayDraft(Office office, long formingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, office.id()) || access.allows(Permission.WRITE_RECORDS, formingOfficeId);
    }

    /** The members that name a post on the office's list or an active post of another office, once each; problems go to {@code errors}. */
    private List<PlannedMember> validMembers(Office office, DraftInput draft, FormErrors errors) {
        List<PlannedMember> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, Post> posts = people.posts(draft.members().stream().map(PlannedMember::postId).toList());
        for (int i = 0; i < draft.members().size(); i++) {
            PlannedMember m = draft.members().get(i);
            Post post = posts.get(m.postId());
            // A post of another registered office may sit on the team (seed 001's principal); only while in use.
            if (post == null || post.officeId() != office.id() && !post.active()) {
                errors.add("members[" + i + "]", "team.member.unknownPost");
            } else if (!seen.add(m.postId())) {
                errors.add("members[" + i + "]", "team.member.twice");
            } else {
                valid.add(m);
            }
        }
        return valid;
    }

    @Override
    @Transactional
    public TeamOrder saveDraft(long officeId, DraftInput draft) {
        Office office = office(officeId);
        FormErrors errors = new FormErrors();
        if (draft.kind() == null) {
            errors.add("kind", "team.kind.missing");
        }
        if (draft.effectiveFrom() == null) {
            errors.add("effectiveFrom", "team.effectiveFrom.missing");
        }
        String preamble = draft.preambleBn() == null ? "" : draft.preambleBn().strip();
        if (preamble.isEmpty() || preamble.length() > 4000) {
            errors.add("preamble", "team.preamble.missing");
        }
        List<PlannedMember> members = validMembers(office, draft, errors);
        if (draft.kind() == OrderKind.DISSOLUTION && !draft.members().isEmpty()) {
            errors.add("members", "team.dissolution.members");
        }
        if (draft.kind() != null && draft.kind() != OrderKind.DISSOLUTION && draft.members().isEmpty()) {
            errors.add("members", "team.members.missing");
        }
        Notification notification = draft.effectiveFrom() == null ? null : policies.inForce(draft.effectiveFrom()).orElse(null);
        if (draft.effectiveFrom() != null && notification == null) {
            errors.add("effectiveFrom", "team.noNotification");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long forming = rules.formingOffice(office, notification);
        if (!mayDraft(office, forming)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Optional<TeamOrder> before = draft(officeId);
        List<Finding> findings = findings(office, notification, draft.kind(), members, draft.effectiveFrom());
        String closing = draft.closingBn() == null || draft.closingBn().isBlank() ? null : draft.closingBn().strip();
        long id = before.isPresent()
                ? jdbc.sql("""
                        update team_order set kind = ?, effective_from = ?, notification_id = ?, forming_office_id = ?,
                               preamble_bn = ?, closing_bn = ?, findings = cast(? as jsonb), compliant = ?, updated_at = now()
                        where id = ? returning id""")
                .params(draft.kind().name(), draft.effectiveFrom(), notification.id(), forming, preamble, closing,
                        json.writeValueAsString(findings), CompositionCheck.compliant(findings), before.get().id())
                .query(Long.class).single()
                : jdbc.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id,
                                                preamble_bn, closing_bn, findings, compliant)
                        values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(officeId, forming, draft.kind().name(), draft.effectiveFrom(), notification.id(), preamble, closing,
                        json.writeValueAsString(findings), CompositionCheck.compliant(findings))
                .query(Long.class).single();
        jdbc.sql("delete from team_order_member where order_id = ?").param(id).update();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into team_order_member (order_id, position, post_id, role, role_label_bn) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, members.get(i).postId(), members.get(i).role().name(), members.get(i).labelBn()).update();
        }
        TeamOrder saved = order(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), before.isPresent() ? "team-draft.updated" : "team-draft.created",
                "team-order", String.valueOf(id), officeId, before.orElse(null), saved));
        return saved;
    }

    @Override
    @Transactional
    public void discardDraft(long officeId) {
        Optional<TeamOrder> draft = draft(officeId);
        if (draft.isEmpty()) {
            return;
        }
        if (!mayDraft(office(officeId), draft.get().formingOfficeId())) {
            throw new UserFacingException(403, "error.forbidden");
        }
        jdbc.sql("delete from team_order where id = ? and status = 'DRAFT'").param(draft.get().id()).update();
        audit.record(new AuditEvent(access.actor(), "team-draft.discarded", "team-order", String.valueOf(draft.get().id()),
                officeId, draft.get(), null));
    }

    // ---- issuing

    @Override
    @Transactional
    public TeamOrder issue(long officeId, IssueInput issue) {
        Office office = office(officeId);
        if (!mayIssue(officeId)) {
            throw new UserFacingException(403, "team.issue.forbidden");
        }
        TeamOrder draft = draft(officeId).orElseThrow(() -> UserFacingException.badRequest("team.draft.missing"));
        FormErrors errors = new FormErrors();
        Optional<MemoNumbering.MemoFile> file = numbering.file(issue.memoFileId())
                .filter(f -> f.officeId() == draft.formingOfficeId());
        if (file.isEmpty()) {
            errors.add("memoFile", "team.issue.memoFile");
        }
        if (issue.issuedOn() == null) {
            errors.add("issuedOn", "team.issue.date");
        }
        if (blank(issue.signatoryNameBn())) {
            errors.add("signatoryName", "team.issue.signatory");
        }
        if (blank(issue.signatoryDesignationBn())) {
            errors.add("signatoryDesignation", "team.issue.designation");
        }
        Notification notification = policies.find(draft.notificationId()).orElseThrow();
        List<Finding> findings = findings(office, notification, draft.kind(), draft.members(), draft.effectiveFrom());
        boolean compliant = CompositionCheck.compliant(findings);
        if (!compliant && blank(issue.justification())) {
            errors.add("justification", "team.issue.justification");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        MemoNumber memo = numbering.take(file.get().id(), "team-order:" + draft.id());
        Office forming = office(draft.formingOfficeId());
        Document paper = officeOrder(office, forming, draft, notification, memo, issue);
        byte[] pdfBytes = pdf.render(paper);
        byte[] docxBytes = docx.render(paper);
        jdbc.sql("""
                        update team_order set status = 'ISSUED', memo_number = ?, issued_on = ?, issued_by = ?, justification = ?, section_bn = ?,
                               findings = cast(? as jsonb), compliant = ?, signatory_name_bn = ?, signatory_designation_bn = ?,
                               signatory_phone = ?, signatory_email = ?, copies = ?, pdf = ?, docx = ?, updated_at = now()
                        where id = ? and status = 'DRAFT'""")
                .params(memo.formatLatin(), issue.issuedOn(), access.accountId().orElse(null),
                        blank(issue.justification()) ? null : issue.justification().strip(), blankToNull(issue.sectionBn()),
                        json.writeValueAsString(findings),
                        compliant, issue.signatoryNameBn().strip(), issue.signatoryDesignationBn().strip(),
                        blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail()),
                        issue.copies().stream().map(String::strip).filter(c -> !c.isEmpty()).toArray(String[]::new),
                        pdfBytes, docxBytes, draft.id())
                .update();
        TeamOrder issued = order(draft.id()).orElseThrow();
        compliance.refresh(officeId);
        audit.record(new AuditEvent(access.actor(), "team-order.issued", "team-order", String.valueOf(draft.id()), officeId,
                draft, issued));
        return issued;
    }

    /** The office order as seed 001 lays it out, from the draft and the issue form. */
    Document officeOrder(Office office, Office forming, TeamOrder draft, Notification notification, MemoNumber memo,
                         IssueInput issue) {
        List<String> letterhead = new ArrayList<>();
        letterhead.add(forming.nameBn());
        if (!blank(issue.sectionBn())) {
            letterhead.add(issue.sectionBn().strip());
        }
        String headTitle = notification.rules(office.level()).map(LevelRules::headTitleBn).orElse(TeamRole.HEAD.name(true));
        List<OfficeOrder.Member> members = new ArrayList<>();
        Map<Long, Post> posts = people.posts(draft.members().stream().map(PlannedMember::postId).toList());
        for (PlannedMember m : draft.members()) {
            Post post = posts.get(m.postId());
            members.add(new OfficeOrder.Member(printedTitle(office, post), m.printedRole(headTitle)));
        }
        Signature signature = new Signature(issue.signatoryNameBn(), issue.signatoryDesignationBn(),
                blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail()), issue.issuedOn());
        return new OfficeOrder(new Letterhead(letterhead, forming.website()), memo, issue.issuedOn(), draft.preambleBn(),
                members, draft.kind() == OrderKind.DISSOLUTION ? List.of() : notification.duties(), draft.closingBn(),
                signature, issue.copies().stream().map(String::strip).filter(c -> !c.isEmpty()).toList()).document();
    }

    @Override
    @Transactional
    public void cabinetInformed(long orderId, LocalDate on) {
        TeamOrder order = order(orderId).filter(TeamOrder::issued)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!access.allows(Permission.WRITE_RECORDS, order.formingOfficeId()) && !access.allows(Permission.WRITE_RECORDS, order.officeId())) {
            throw new UserFacingException(403, "error.forbidden");
        }
        if (on == null || on.isBefore(order.issuedOn())) {
            throw UserFacingException.invalid(new FormErrors().add("informedOn", "team.informed.date"));
        }
        jdbc.sql("update team_order set cabinet_informed_on = ?, updated_at = now() where id = ?").params(on, orderId).update();
        audit.record(new AuditEvent(access.actor(), "team-order.cabinet-informed", "team-order", String.valueOf(orderId),
                order.officeId(), Map.of("cabinetInformedOn", String.valueOf(order.cabinetInformedOn())),
                Map.of("cabinetInformedOn", on.toString())));
    }

    /** The preamble offices write, citing the notification in force: editable in the draft. */
    static String defaultPreamble(Notification n, String teamNameBn) {
        return "মন্ত্রিপরিষদ বিভাগের " + DualDate.gregorianDate(n.issuedOn()) + " তারিখের " + n.memoNumber()
                + " নং স্মারকে জারীকৃত প্রজ্ঞাপন মোতাবেক নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে " + teamNameBn + " গঠন করা হলো:";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

}
