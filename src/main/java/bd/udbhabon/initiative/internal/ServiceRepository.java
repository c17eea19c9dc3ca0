package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.ServiceFacts.Count;
import bd.udbhabon.initiative.ServiceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services register's SQL: office_service (the state as last checked) and office_service_check (every check). */
@Repository
class ServiceRepository {

    private static final String SELECT = """
            select id, office_id, name_bn, name_en, kind, link, initiative_id, running, checked_on from office_service""";

    private final JdbcClient jdbc;

    ServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RegisteredService> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ServiceRepository::service).optional();
    }

    /** Locks the service, so that two checks cannot both decide which is the latest. */
    Optional<RegisteredService> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(ServiceRepository::service).optional();
    }

    List<RegisteredService> ofOffice(long officeId) {
        return jdbc.sql(SELECT + " where office_id = ? order by name_bn collate \"bn-x-icu\", id").param(officeId)
                .query(ServiceRepository::service).list();
    }

    /** Another service of the office with this name (case and surrounding spaces aside), if any. */
    boolean nameTaken(long officeId, String nameBn, Long exceptId) {
        return jdbc.sql("select exists (select 1 from office_service where office_id = ? and lower(name_bn) = lower(?) and id <> ?)")
                .param(officeId).param(nameBn).param(exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    /** Whether the initiative is one of the office's (the only ones a service of the office may come from). */
    boolean initiativeOf(long initiativeId, long officeId) {
        return jdbc.sql("select exists (select 1 from initiative where id = ? and office_id = ?)")
                .param(initiativeId).param(officeId).query(Boolean.class).single();
    }

    long insert(long officeId, ServiceRules.Draft d, Long by) {
        return jdbc.sql("""
                        insert into office_service (office_id, name_bn, name_en, kind, link, initiative_id, running, checked_on, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(officeId).param(d.nameBn()).param(d.nameEn()).param(d.kind().name()).param(d.link()).param(d.initiativeId())
                .param(d.running()).param(d.checkedOn()).param(by).query(Long.class).single();
    }

    void update(long id, ServiceRules.Draft d) {
        jdbc.sql("""
                        update office_service set name_bn = ?, name_en = ?, kind = ?, link = ?, initiative_id = ?, updated_at = now()
                         where id = ?""")
                .param(d.nameBn()).param(d.nameEn()).param(d.kind().name()).param(d.link()).param(d.initiativeId()).param(id).update();
    }

    void insertCheck(long serviceId, boolean running, LocalDate on, String noteBn, Long by) {
        jdbc.sql("insert into office_service_check (service_id, running, checked_on, note_bn, created_by) values (?, ?, ?, ?, ?)")
                .param(serviceId).param(running).param(on).param(noteBn).param(by).update();
    }

    /** The service's state becomes this check's unless a check of a later day is already its state. */
    void takeState(long serviceId, boolean running, LocalDate on) {
        jdbc.sql("update office_service set running = ?, checked_on = ?, updated_at = now() where id = ? and checked_on <= ?")
                .param(running).param(on).param(serviceId).param(on).update();
    }

    /** Every check of the service, latest first. */
    List<ServiceRegister.Check> checks(long serviceId) {
        return jdbc.sql("""
                        select id, running, checked_on, note_bn, created_by, created_at from office_service_check
                         where service_id = ? order by checked_on desc, id desc""")
                .param(serviceId).query((rs, n) -> new ServiceRegister.Check(rs.getLong(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant())).list();
    }

    Count count(long officeId) {
        return jdbc.sql("select count(*), count(*) filter (where running) from office_service where office_id = ?")
                .param(officeId).query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2))).single();
    }

    Count countOverScope(long officeId) {
        return jdbc.sql("""
                        select count(s.id), count(s.id) filter (where s.running)
                          from office_scope sc join office_service s on s.office_id = sc.office_id
                         where sc.ancestor_id = ?""")
                .param(officeId).query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2))).single();
    }

    Map<Long, Count> countBelow(long officeId) {
        Map<Long, Count> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select child.office_id, count(s.id), count(s.id) filter (where s.running)
                          from office_scope child
                          join office_scope sc on sc.ancestor_id = child.office_id
                          join office_service s on s.office_id = sc.office_id
                         where child.ancestor_id = ? and child.depth = 1
                         group by child.office_id order by child.office_id""")
                .param(officeId).query(rs -> {
                    counts.put(rs.getLong(1), new Count(rs.getLong(2), rs.getLong(3)));
                });
        return counts;
    }

    private static RegisteredService service(ResultSet rs, int n) throws SQLException {
        return new RegisteredService(rs.getLong("id"), rs.getLong("office_id"), rs.getString("name_bn"), rs.getString("name_en"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getString("link"), rs.getObject("initiative_id", Long.class),
                rs.getBoolean("running"), rs.getObject("checked_on", LocalDate.class));
    }
}
