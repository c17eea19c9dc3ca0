package bd.udbhabon.people.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.people.PostsChanged;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers, posts and holdings, one checked and audited change at a time. The rules of time (one
 * holder per post, one post per officer but for additional charges) are checked here first, to
 * name who is in the way, and enforced again by the database's exclusion constraints.
 */
@Service
class PeopleRegistryService implements PeopleRegistry {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");

    private final JdbcClient jdbc;
    private final PeopleDirectory people;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final OfficerCsv csv;
    private final ApplicationEventPublisher events;

    PeopleRegistryService(JdbcClient jdbc, PeopleDirectory people, OfficeDirectory offices, AccessPolicy access,
                          AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.csv = new OfficerCsv(this);
    }

    /** Tells other modules (team compliance) in this transaction; their listeners run before it commits. */
    private void changed(Collection<Long> postIds) {
        if (!postIds.isEmpty()) {
            events.publishEvent(new PostsChanged(new HashSet<>(postIds)));
        }
    }

    /** A post that passed its checks, as stored. */
    record CheckedPost(String titleBn, String titleEn, Grade grade, Wing wing,
                       TeachingLevel teachingLevel, Subject subject, boolean ofAnotherOffice, boolean active,
                       boolean skillsDevelopment) {
    }

    /** An officer that passed the checks, as stored. */
    record CheckedOfficer(String nameBn, String nameEn, String email, String phone, boolean skillsDevelopment) {
    }

    /** What the audit trail keeps of a transfer. */
    record Transfer(List<Holding> ended, Holding started, long fromOfficeId, long toOfficeId) {
    }

    // ---- posts

    @Override
    @Transactional
    public Saved createPost(long officeId, PostDraft draft) {
        var errors = new FormErrors();
        if (!mayWrite(officeId, errors)) {
            return new Saved(null, errors);
        }
        CheckedPost post = checkPost(draft, officeId, null, errors, "title_bn", "title_en");
        if (errors.any()) {
            return new Saved(null, errors);
        }
        long id = insertPost(officeId, post);
        return new Saved(id, errors);
    }

    @Override
    @Transactional
    public Saved updatePost(long postId, PostDraft draft) {
        var errors = new FormErrors();
        Post before = writablePost(postId, errors);
        if (before == null) {
            return new Saved(null, errors);
        }
        CheckedPost post = checkPost(draft, before.officeId(), before, errors, "title_bn", "title_en");
        LocalDate today = Dhaka.today();
        if (post != null && !post.active() && before.active()
                && people.history(postId).stream().anyMatch(h -> h.until() == null || !h.until().isBefore(today))) {
            errors.add("active", "people.error.postHeldCannotClose");
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        jdbc.sql("""
                        update post set title_bn = :titleBn, title_en = :titleEn, grade = :grade, wing = :wing,
                            teaching_level = :level, subject = :subject, of_another_office = :other, active = :active,
                            skills_development = :skills, updated_at = now()
                        where id = :id
                        """)
                .params(params(post)).param("id", postId).update();
        audit.record(new AuditEvent(access.actor(), "post.updated", "post", Long.toString(postId), before.officeId(),
                before, people.post(postId).orElseThrow()));
        changed(List.of(postId));
        return new Saved(postId, errors);
    }

    long insertPost(long officeId, CheckedPost post) {
        long id = jdbc.sql("""
                        insert into post (office_id, title_bn, title_en, grade, wing, teaching_level, subject,
                                          of_another_office, active, skills_development)
                        values (:office, :titleBn, :titleEn, :grade, :wing, :level, :subject, :other, :active, :skills)
                        returning id
                        """)
                .params(params(post)).param("office", officeId).query(Long.class).single();
        audit.record(new AuditEvent(access.actor(), "post.created", "post", Long.toString(id), officeId, null,
                people.post(id).orElseThrow()));
        return id;
    }

    /** The checks shared by the form, the API and the import; the title fields are named by the caller. */
    CheckedPost checkPost(PostDraft d, long officeId, Post existing, FormErrors errors, String titleBnField,
                          String titleEnField) {
        String titleBn = text(d.titleBn());
        String titleEn = text(d.titleEn());
        if (titleBn == null || titleBn.length() > 300) {
            errors.add(titleBnField, "people.error.titleBn");
        } else if (postTitled(officeId, titleBn).filter(p -> existing == null || p.id() != existing.id()).isPresent()) {
            errors.add(titleBnField, "people.error.postExists");
        }
        if (titleEn != null && titleEn.length() > 300) {
            errors.add(titleEnField, "people.error.titleEn");
        }
        Grade grade = Grade.parse(d.grade());
        if (grade == null) {
            errors.add("grade", isBlank(d.grade()) ? "people.error.grade" : "people.error.gradeUnknown", d.grade());
        }
        TeachingLevel level = TeachingLevel.parse(d.teachingLevel());
        if (level == null && !isBlank(d.teachingLevel())) {
            errors.add("teaching_level", "people.error.teachingLevel", d.teachingLevel());
        }
        Subject subject = Subject.parse(d.subject());
        if (subject == null && !isBlank(d.subject())) {
            errors.add("subject", "people.error.subject", d.subject());
        }
        if (level != null && subject == null) {
            errors.add("subject", "people.error.subjectNeeded");
        }
        if (subject != null && level == null) {
            errors.add("teaching_level", "people.error.levelNeeded");
        }
        Wing wing = isBlank(d.wing()) ? Wing.OTHER : Wing.parse(d.wing());
        if (wing == null) {
            errors.add("wing", "people.error.wing", d.wing());
        }
        return errors.any() ? null : new CheckedPost(titleBn, titleEn, grade, wing,
                level, subject, Boolean.TRUE.equals(d.ofAnotherOffice()), d.active() == null || d.active(),
                Boolean.TRUE.equals(d.skillsDevelopment()));
    }

    Optional<Post> postTitled(long officeId, String titleBn) {
        return jdbc.sql("select " + Rows.POST_COLUMNS + " from post p where p.office_id = :office and p.title_bn = :title")
                .param("office", officeId).param("title", titleBn).query(Rows::post).optional();
    }

    private static Map<String, Object> params(CheckedPost p) {
        var params = new HashMap<String, Object>();
        params.put("titleBn", p.titleBn());
        params.put("titleEn", p.titleEn());
        params.put("grade", p.grade().name());
        params.put("wing", p.wing().name());
        params.put("level", p.teachingLevel() == null ? null : p.teachingLevel().name());
        params.put("subject", p.subject() == null ? null : p.subject().name());
        params.put("other", p.ofAnotherOffice());
        params.put("active", p.active());
        params.put("skills", p.skillsDevelopment());
        return params;
    }

    // ---- officers

    @Override
    @Transactional
    public Saved createOfficer(long officeId, OfficerDraft draft) {
        var errors = new FormErrors();
        if (!mayWrite(officeId, errors)) {
            return new Saved(null, errors);
        }
        CheckedOfficer officer = checkOfficer(draft, officeId, null, errors);
        if (errors.any()) {
            return new Saved(null, errors);
        }
        return new Saved(insertOfficer(officeId, officer), errors);
    }

    @Override
    @Transactional
    public Saved updateOfficer(long officerId, OfficerDraft draft) {
        var errors = new FormErrors();
        Officer before = writableOfficer(officerId, errors);
        if (before == null) {
            return new Saved(null, errors);
        }
        CheckedOfficer officer = checkOfficer(draft, before.officeId(), before, errors);
        if (errors.any()) {
            return new Saved(null, errors);
        }
        jdbc.sql("""
                        update officer set name_bn = :nameBn, name_en = :nameEn, email = :email, phone = :phone,
                            skills_development = :skills, updated_at = now()
                        where id = :id
                        """)
                .params(params(officer)).param("id", officerId).update();
        audit.record(new AuditEvent(access.actor(), "officer.updated", "officer", Long.toString(officerId),
                before.officeId(), before, people.officer(officerId).orElseThrow()));
        if (before.skillsDevelopment() != officer.skillsDevelopment()) { // a quality of the holder the rules read
            changed(people.holdingsOf(officerId).stream().map(Holding::postId).toList());
        }
        return new Saved(officerId, errors);
    }

    long insertOfficer(long officeId, CheckedOfficer officer) {
        long id = jdbc.sql("""
                        insert into officer (office_id, name_bn, name_en, email, phone, skills_development)
                        values (:office, :nameBn, :nameEn, :email, :phone, :skills)
                        returning id
                        """)
                .params(params(officer)).param("office", officeId).query(Long.class).single();
        audit.record(new AuditEvent(access.actor(), "officer.created", "officer", Long.toString(id), officeId, null,
                people.officer(id).orElseThrow()));
        return id;
    }

    CheckedOfficer checkOfficer(OfficerDraft d, long officeId, Officer existing, FormErrors errors) {
        String nameBn = text(d.nameBn());
        String nameEn = text(d.nameEn());
        if (nameBn == null || nameBn.length() > 200) {
            errors.add("name_bn", "people.error.nameBn");
        }
        if (nameEn != null && nameEn.length() > 200) {
            errors.add("name_en", "people.error.nameEn");
        }
        String email = Inputs.clean(d.email());
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!Inputs.isEmail(email)) {
                errors.add("email", "people.error.email");
            } else if (emailTaken(officeId, email, existing == null ? -1 : existing.id())) {
                errors.add("email", "people.error.emailTaken");
            }
        }
        String phone = Inputs.clean(d.phone());
        if (phone != null) {
            phone = BanglaDigits.toLatin(phone);
            if (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 5) {
                errors.add("phone", "people.error.phone");
            }
        }
        return errors.any() ? null : new CheckedOfficer(nameBn, nameEn, email, phone,
                Boolean.TRUE.equals(d.skillsDevelopment()));
    }

    boolean emailTaken(long officeId, String email, long exceptOfficerId) {
        return jdbc.sql("select exists (select 1 from officer where office_id = :office and email = :email and id <> :id)")
                .param("office", officeId).param("email", email).param("id", exceptOfficerId).query(Boolean.class).single();
    }

    /** An officer of this name with this phone number (digits compared) is on the office's list already. */
    boolean sameOfficerExists(long officeId, String nameBn, String phone) {
        return jdbc.sql("""
                        select exists (select 1 from officer where office_id = :office and name_bn = :name
                                       and regexp_replace(phone, '\\D', '', 'g') = :digits)
                        """)
                .param("office", officeId).param("name", nameBn).param("digits", phone.replaceAll("\\D", ""))
                .query(Boolean.class).single();
    }

    private static Map<String, Object> params(CheckedOfficer o) {
        var params = new HashMap<String, Object>();
        params.put("nameBn", o.nameBn());
        params.put("nameEn", o.nameEn());
        params.put("email", o.email());
        params.put("phone", o.phone());
        params.put("skills", o.skillsDevelopment());
        return params;
    }

    // ---- holdings

    @Override
    @Transactional
    public Saved assign(long postId, long officerId, LocalDate from, boolean additionalCharge) {
        var errors = new FormErrors();
        Post post = writablePost(postId, errors);
        if (post == null) {
            return new Saved(null, errors);
        }
        Officer officer = people.officer(officerId).orElse(null);
        if (officer == null) {
            errors.add("officer", "people.error.officer");
        } else if (officer.officeId() != post.officeId()) {
            errors.add("officer", "people.error.officerElsewhere");
        }
        if (!post.active()) {
            errors.add("post", "people.error.postInactive");
        }
        if (from == null) {
            errors.add("from", "people.error.date");
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        checkPostFree(postId, from, "from", errors);
        if (!additionalCharge) {
            checkOfficerFree(officerId, from, List.of(), "officer", errors);
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        var holding = new Holding(postId, officerId, from, null, additionalCharge);
        insertHolding(holding);
        audit.record(new AuditEvent(access.actor(), "post.assigned", "post", Long.toString(postId), post.officeId(),
                null, holding));
        changed(List.of(postId));
        return new Saved(postId, errors);
    }

    @Override
    @Transactional
    public Saved transfer(long officerId, long toPostId, LocalDate on) {
        var errors = new FormErrors();
        Officer officer = writableOfficer(officerId, errors);
        if (officer == null) {
            return new Saved(null, errors);
        }
        Post post = people.post(toPostId).orElse(null);
        if (post == null) {
            errors.add("post", "people.error.post");
        } else if (!access.allows(Permission.WRITE_RECORDS, post.officeId())) {
            errors.add("post", "people.error.postOutOfScope");
        } else if (!post.active()) {
            errors.add("post", "people.error.postInactive");
        }
        if (on == null) {
            errors.add("on", "people.error.date");
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        List<Holding> open = people.holdingsOf(officerId).stream().filter(h -> h.until() == null).toList();
        for (Holding h : open) {
            if (h.postId() == toPostId) {
                errors.add("post", "people.error.alreadyHolds");
            } else if (!h.from().isBefore(on)) {
                errors.add("on", "people.error.transferBeforeStart", titleBn(h.postId()), date(h.from()));
            }
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        checkPostFree(toPostId, on, "post", errors);
        checkOfficerFree(officerId, on, open, "on", errors);
        boolean moves = post.officeId() != officer.officeId();
        if (moves && officer.email() != null && emailTaken(post.officeId(), officer.email(), officerId)) {
            errors.add("post", "people.error.emailTakenThere");
        }
        if (errors.any()) {
            return new Saved(null, errors);
        }
        List<Holding> ended = open.stream()
                .map(h -> new Holding(h.postId(), h.officerId(), h.from(), on.minusDays(1), h.additionalCharge())).toList();
        jdbc.sql("update holding set held_until = :last where officer_id = :officer and held_until is null")
                .param("last", on.minusDays(1)).param("officer", officerId).update();
        var started = new Holding(toPostId, officerId, on, null, false);
        insertHolding(started);
        if (moves) {
            jdbc.sql("update officer set office_id = :office, updated_at = now() where id = :id")
                    .param("office", post.officeId()).param("id", officerId).update();
        }
        audit.record(new AuditEvent(access.actor(), "officer.transferred", "officer", Long.toString(officerId),
                officer.officeId(), open, new Transfer(ended, started, officer.officeId(), post.officeId())));
        var posts = new HashSet<Long>(ended.stream().map(Holding::postId).toList());
        posts.add(toPostId);
        changed(posts);
        return new Saved(officerId, errors);
    }

    @Override
    @Transactional
    public Saved vacate(long postId, LocalDate on) {
        var errors = new FormErrors();
        Post post = writablePost(postId, errors);
        if (post == null) {
            return new Saved(null, errors);
        }
        if (on == null) {
            return new Saved(null, errors.add("on", "people.error.date"));
        }
        Holding open = people.history(postId).stream().filter(h -> h.until() == null).findFirst().orElse(null);
        if (open == null) {
            return new Saved(null, errors.add("on", "people.error.vacant"));
        }
        if (on.isBefore(open.from())) {
            return new Saved(null, errors.add("on", "people.error.vacateBeforeStart", date(open.from())));
        }
        Holding after = null;
        if (on.equals(open.from())) { // a holding of no days: it was entered by mistake
            jdbc.sql("delete from holding where post_id = :post and held_until is null").param("post", postId).update();
        } else {
            after = new Holding(postId, open.officerId(), open.from(), on.minusDays(1), open.additionalCharge());
            jdbc.sql("update holding set held_until = :last where post_id = :post and held_until is null")
                    .param("last", after.until()).param("post", postId).update();
        }
        audit.record(new AuditEvent(access.actor(), "post.vacated", "post", Long.toString(postId), post.officeId(),
                open, after));
        changed(List.of(postId));
        return new Saved(postId, errors);
    }

    void insertHolding(Holding h) {
        try {
            jdbc.sql("""
                            insert into holding (post_id, officer_id, held_from, held_until, additional_charge)
                            values (:post, :officer, :from, :until, :additional)
                            """)
                    .param("post", h.postId()).param("officer", h.officerId()).param("from", h.from())
                    .param("until", h.until()).param("additional", h.additionalCharge()).update();
        } catch (DataIntegrityViolationException e) {
            // another change got in between the checks and this insert
            if (isExclusionViolation(e)) {
                throw new UserFacingException(409, "people.error.conflict");
            }
            throw e;
        }
    }

    private static boolean isExclusionViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Adds a problem if someone holds the post on any day from {@code from} on. */
    void checkPostFree(long postId, LocalDate from, String field, FormErrors errors) {
        jdbc.sql("""
                        select o.name_bn, h.held_from from holding h join officer o on o.id = h.officer_id
                        where h.post_id = :post and (h.held_until is null or h.held_until >= :from)
                        order by h.held_from limit 1
                        """)
                .param("post", postId).param("from", from)
                .query((rs, row) -> errors.add(field, "people.error.postHeld", rs.getString("name_bn"),
                        date(rs.getDate("held_from").toLocalDate())))
                .list();
    }

    /** Adds a problem if the officer holds a post of their own on any day from {@code from} on, but for {@code ending}. */
    private void checkOfficerFree(long officerId, LocalDate from, List<Holding> ending, String field, FormErrors errors) {
        people.holdingsOf(officerId).stream()
                .filter(h -> !h.additionalCharge() && !ending.contains(h))
                .filter(h -> h.until() == null || !h.until().isBefore(from))
                .findFirst()
                .ifPresent(h -> errors.add(field, "people.error.officerHolds", titleBn(h.postId()), date(h.from())));
    }

    // ---- import

    @Override
    public List<ImportRow> checkImport(String text, long officeId) {
        return csv.check(text, officeId);
    }

    @Override
    @Transactional
    public int importOfficers(String text, long officeId) {
        var errors = new FormErrors();
        if (!mayWrite(officeId, errors)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        List<OfficerCsv.Checked> rows = csv.checkedRows(text, officeId);
        if (rows == null) {
            return 0;
        }
        var assigned = new HashSet<Long>();
        for (OfficerCsv.Checked row : rows) {
            long officerId = insertOfficer(officeId, row.officer());
            if (row.from() != null) {
                long postId = row.existingPostId() != null ? row.existingPostId() : insertPost(officeId, row.newPost());
                var holding = new Holding(postId, officerId, row.from(), null, false);
                insertHolding(holding);
                audit.record(new AuditEvent(access.actor(), "post.assigned", "post", Long.toString(postId), officeId,
                        null, holding));
                assigned.add(postId);
            }
        }
        changed(assigned);
        return rows.size();
    }

    // ---- shared

    /** The post, if it exists and the user writes its office's records; else null, with the reason in {@code errors}. */
    private Post writablePost(long postId, FormErrors errors) {
        Post post = people.post(postId).orElse(null);
        if (post == null) {
            errors.add("post", "people.error.post");
            return null;
        }
        return mayWrite(post.officeId(), errors) ? post : null;
    }

    /** The officer, if they exist and the user writes their office's records; else null, with the reason in {@code errors}. */
    private Officer writableOfficer(long officerId, FormErrors errors) {
        Officer officer = people.officer(officerId).orElse(null);
        if (officer == null) {
            errors.add("officer", "people.error.officer");
            return null;
        }
        return mayWrite(officer.officeId(), errors) ? officer : null;
    }

    private boolean mayWrite(long officeId, FormErrors errors) {
        if (offices.find(officeId).isEmpty()) {
            errors.add("office", "offices.error.notFound", officeId);
            return false;
        }
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            errors.add("office", "error.forbidden");
            return false;
        }
        return true;
    }

    String titleBn(long postId) {
        return people.post(postId).map(Post::titleBn).orElse("");
    }

    /** A date as a message argument: messages format it in the page's digits. */
    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** A name or title as stored: cleaned, and every run of spaces one space, so that a title typed twice matches. */
    static String text(String value) {
        String clean = Inputs.clean(value);
        return clean == null ? null : clean.replaceAll("\\s+", " ");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
