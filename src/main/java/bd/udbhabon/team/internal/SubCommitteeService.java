package bd.udbhabon.team.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.SubCommittees;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Sub-committees of a team; see V12__team_subcommittees.sql for the storage. */
@Service
class SubCommitteeService implements SubCommittees {

    static final int NAME_MAX = 300;
    static final int PURPOSE_MAX = 2000;
    static final int SOURCE_MAX = 500;
    static final int LABEL_MAX = 300;

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final AccessPolicy access;
    private final AuditLog audit;

    SubCommitteeService(JdbcClient jdbc, OfficeDirectory offices, PeopleDirectory people, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    @Override
    @Transactional
    public long form(long officeId, String nameBn, String purposeBn, LocalDate formedOn, String sourceBn, List<Member> members) {
        requireWriter(officeId);
        offices.require(officeId);
        FormErrors errors = new FormErrors();
        String name = Inputs.clean(nameBn);
        if (name == null || name.length() > NAME_MAX) {
            errors.add("name", "team.subcommittee.name.missing");
        }
        String purpose = Inputs.clean(purposeBn);
        if (purpose != null && purpose.length() > PURPOSE_MAX) {
            errors.add("purpose", "team.subcommittee.purpose.long");
        }
        if (formedOn == null) {
            errors.add("formedOn", "team.subcommittee.formedOn.missing");
        }
        String source = Inputs.clean(sourceBn);
        if (source != null && source.length() > SOURCE_MAX) {
            errors.add("source", "team.subcommittee.source.long");
        }
        List<Member> valid = validMembers(officeId, members == null ? List.of() : members, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("""
                        insert into team_subcommittee (office_id, name_bn, purpose_bn, formed_on, source_bn)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(officeId, name, purpose, formedOn, source).query(Long.class).single();
        for (int i = 0; i < valid.size(); i++) {
            Member m = valid.get(i);
            jdbc.sql("""
                            insert into team_subcommittee_member (subcommittee_id, position, post_id, label_bn, role)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, i + 1, m.postId(), m.labelBn(), m.role().name()).update();
        }
        audit.record(new AuditEvent(access.actor(), "team.subcommittee-formed", "team-subcommittee", String.valueOf(id),
                officeId, null, find(officeId, id).orElseThrow()));
        return id;
    }

    /**
     * The members as they will be stored (labels cleaned), or the problems: per row ({@code members[i]}),
     * and for the whole ({@code convener}, {@code memberSecretary}, {@code members}).
     */
    private List<Member> validMembers(long officeId, List<Member> members, FormErrors errors) {
        Map<Long, Post> posts = people.posts(members.stream().filter(Objects::nonNull).map(Member::postId)
                .filter(Objects::nonNull).toList());
        List<Member> valid = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int conveners = 0;
        int secretaries = 0;
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String field = "members[" + i + "]";
            if (m == null) {
                errors.add(field, "team.subcommittee.member.label");
                continue;
            }
            String label = Inputs.clean(m.labelBn());
            if (m.role() == CommitteeRole.CONVENER) {
                conveners++;
            } else if (m.role() == CommitteeRole.MEMBER_SECRETARY) {
                secretaries++;
            }
            if (m.postId() != null && (posts.get(m.postId()) == null || posts.get(m.postId()).officeId() != officeId)) {
                errors.add(field, "team.member.unknownPost");
            } else if (m.postId() != null && !seen.add(m.postId())) {
                errors.add(field, "team.subcommittee.member.twice");
            } else if (m.role() == null) {
                errors.add(field, "team.subcommittee.member.role");
            } else if (label == null || label.length() > LABEL_MAX) {
                errors.add(field, "team.subcommittee.member.label");
            } else {
                valid.add(new Member(m.postId(), label, m.role()));
            }
        }
        if (conveners != 1) {
            errors.add("convener", "team.subcommittee.convener");
        }
        if (secretaries > 1) {
            errors.add("memberSecretary", "team.subcommittee.memberSecretary");
        }
        if (members.size() < 2) {
            errors.add("members", "team.subcommittee.members.few");
        }
        return valid;
    }

    @Override
    @Transactional
    public void dissolve(long officeId, long subCommitteeId, LocalDate on) {
        requireWriter(officeId);
        SubCommittee before = jdbc.sql("select id from team_subcommittee where id = ? and office_id = ? for update")
                .params(subCommitteeId, officeId).query(Long.class).optional()
                .flatMap(id -> find(officeId, id))
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (before.dissolvedOn() != null) {
            throw UserFacingException.badRequest("team.subcommittee.dissolved.already");
        }
        if (on == null) {
            throw UserFacingException.invalid(new FormErrors().add("dissolvedOn", "team.subcommittee.dissolvedOn.missing"));
        }
        if (on.isBefore(before.formedOn())) {
            throw UserFacingException.invalid(new FormErrors().add("dissolvedOn", "team.subcommittee.dissolvedOn.beforeFormed"));
        }
        jdbc.sql("update team_subcommittee set dissolved_on = ? where id = ?").params(on, subCommitteeId).update();
        audit.record(new AuditEvent(access.actor(), "team.subcommittee-dissolved", "team-subcommittee",
                String.valueOf(subCommitteeId), officeId, before, find(officeId, subCommitteeId).orElseThrow()));
    }

    @Override
    public List<SubCommittee> onDate(long officeId, LocalDate date) {
        return read("""
                where office_id = ? and formed_on <= ? and (dissolved_on is null or dissolved_on > ?)
                order by formed_on, id""", officeId, date, date);
    }

    private Optional<SubCommittee> find(long officeId, long id) {
        return read("where office_id = ? and id = ?", officeId, id).stream().findFirst();
    }

    /** The sub-committees the condition selects, with their members loaded in one more query. */
    private List<SubCommittee> read(String where, Object... params) {
        record Row(long id, long officeId, String name, String purpose, LocalDate formedOn, LocalDate dissolvedOn,
                   String source) {
        }
        List<Row> rows = jdbc.sql("select id, office_id, name_bn, purpose_bn, formed_on, dissolved_on, source_bn "
                        + "from team_subcommittee " + where)
                .params(params)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Member>> members = new HashMap<>();
        jdbc.sql("""
                        select subcommittee_id, post_id, label_bn, role from team_subcommittee_member
                        where subcommittee_id = any(?)
                        order by subcommittee_id,
                                 case role when 'CONVENER' then 0 when 'MEMBER' then 1 else 2 end, position""")
                .param(rows.stream().map(Row::id).toArray(Long[]::new))
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member(
                            (Long) rs.getObject(2), rs.getString(3), CommitteeRole.valueOf(rs.getString(4))));
                });
        return rows.stream().map(r -> new SubCommittee(r.id(), r.officeId(), r.name(), r.purpose(), r.formedOn(),
                r.dissolvedOn(), r.source(), members.getOrDefault(r.id(), List.of()))).toList();
    }

    private void requireWriter(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "team.subcommittee.forbidden");
        }
    }
}
