package bd.udbhabon.audit.internal;

import bd.udbhabon.audit.AuditCheckpoint;
import bd.udbhabon.audit.AuditVerification;
import bd.udbhabon.audit.AuditVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every chain, entry by entry in (chain, id) order, against its key, its links, its time order and its
 * anchors; stops at the first failure. The national chain (0) comes first and is checked against the
 * checkpoints kept outside the database; its anchor entries, once their MAC holds, give each office
 * chain's anchors, which its walk is then checked against.
 */
final class ChainWalk {

    private final List<AuditCheckpoint> national;
    private final TreeMap<Long, List<AuditCheckpoint>> anchored = new TreeMap<>();
    /** Each office chain's newest anchored count, and their sum: a checkpoint's count covers all chains. */
    private final Map<Long, Long> anchoredCounts = new HashMap<>();
    private long anchoredOthers;
    private final Mac mac;
    private final JsonMapper json;
    private final Duration tolerance;
    private long total;

    private long chain = AuditChains.NATIONAL;
    private List<AuditCheckpoint> anchors;
    private long lastAnchoredId;
    private int nextAnchor;
    private long count;
    private String previousValue = AuditChains.GENESIS;
    private Instant previousTime;
    private boolean keyed;
    private AuditVerification broken;

    /** Walks every chain of the trail, in the caller's (read-only) transaction. */
    static AuditVerification verify(JdbcClient jdbc, List<AuditCheckpoint> checkpoints, Mac mac, JsonMapper json,
                                    Duration tolerance) {
        var walk = new ChainWalk(checkpoints, mac, json, tolerance);
        jdbc.sql("""
                        select id, chain, occurred_at, prev_hash, hash, mac, audit_entry_hash(prev_hash, %1$s) as expected_hash,
                               case when mac is not null then audit_entry_content(prev_hash, %1$s) end as content,
                               case when chain = 0 and action = '%2$s' and record_type = '%3$s' then after::text end as anchor
                        from audit_entry order by chain, id
                        """.formatted(AuditChains.FIELDS, AuditChains.ANCHOR_ACTION, AuditChains.ANCHOR_RECORD))
                .withFetchSize(1000)
                .query(walk::next);
        return walk.result();
    }

    private ChainWalk(List<AuditCheckpoint> checkpoints, Mac mac, JsonMapper json, Duration tolerance) {
        this.national = checkpoints.stream().filter(c -> c.entryId() > 0)
                .sorted(Comparator.comparingLong(AuditCheckpoint::entryId)).toList();
        this.mac = mac;
        this.json = json;
        this.tolerance = tolerance;
        start(AuditChains.NATIONAL);
    }

    private void start(long next) {
        chain = next;
        anchors = next == AuditChains.NATIONAL ? national : anchored.getOrDefault(next, List.of()).stream()
                .sorted(Comparator.comparingLong(AuditCheckpoint::entryId)).toList();
        lastAnchoredId = anchors.isEmpty() ? 0 : anchors.getLast().entryId();
        nextAnchor = 0;
        count = 0;
        previousValue = AuditChains.GENESIS;
        previousTime = null;
        keyed = next != AuditChains.NATIONAL; // only the national chain has entries from before the key
    }

    void next(ResultSet rs) throws SQLException {
        total++;
        if (broken != null) {
            return;
        }
        long entryChain = rs.getLong("chain");
        if (entryChain != chain) {
            finish();
            // a chain an anchor saw and that has no entry left at all
            var skipped = anchored.subMap(chain, false, entryChain, false);
            if (broken == null && !skipped.isEmpty()) {
                start(skipped.firstKey());
                finish();
            }
            if (broken != null) {
                return;
            }
            start(entryChain);
        }
        count++;
        long id = rs.getLong("id");
        Instant time = rs.getTimestamp("occurred_at").toInstant();
        String entryMac = rs.getString("mac");
        boolean backdated = previousTime != null && time.isBefore(previousTime.minus(tolerance));
        if (nextAnchor < anchors.size() && anchors.get(nextAnchor).entryId() < id) {
            AuditCheckpoint anchor = anchors.get(nextAnchor);
            fail(anchor.entryId(), Problem.REMOVED_OR_INSERTED, "entry " + anchor.entryId() + ", which the " + what(anchor)
                    + " saw, is missing: entries were removed");
        } else if (!rs.getString("prev_hash").equals(previousValue)) {
            fail(id, Problem.REMOVED_OR_INSERTED,
                    "entry " + id + " does not link to the entry before it" + inChain() + ": an entry was removed or inserted");
        } else if (entryMac == null ? keyed : !validMac(entryMac, rs.getString("content"))) {
            // an entry some checkpoint saw was there, written by the application: it was changed since
            boolean seen = id <= lastAnchoredId;
            String what = entryMac == null ? "has no MAC though the entries before it have" : "does not match its MAC";
            fail(id, seen ? Problem.ALTERED : Problem.FORGED, "entry " + id + " " + what + (seen
                    ? ": it was changed after it was written"
                    : ": it was not written by the application (forged), or was changed before any checkpoint saw it")
                    + (backdated ? "; it is also dated before the entry preceding it (backdated)" : ""));
        } else if (!rs.getString("hash").equals(rs.getString("expected_hash"))) {
            fail(id, Problem.ALTERED, "entry " + id + " was changed after it was written");
        } else if (backdated) {
            fail(id, Problem.OUT_OF_ORDER, "entry " + id + " is dated " + time + ", before the entry preceding it ("
                    + previousTime + "): backdated, or written while the database's clock was wrong");
        }
        if (broken != null) {
            return;
        }
        keyed |= entryMac != null;
        previousValue = entryMac != null ? entryMac : rs.getString("hash");
        previousTime = time;
        String anchor = rs.getString("anchor");
        if (anchor != null && entryMac != null) {
            register(anchor, time);
        }
        while (nextAnchor < anchors.size() && anchors.get(nextAnchor).entryId() == id) {
            AuditCheckpoint a = anchors.get(nextAnchor++);
            long expected = chain == AuditChains.NATIONAL ? count + anchoredOthers : count;
            if (!a.head().equals(previousValue)) {
                fail(id, Problem.ALTERED, "entry " + id + " is not the one the " + what(a) + " saw: the chain was rewritten up to it");
            } else if (a.count() != expected) {
                fail(id, Problem.REMOVED_OR_INSERTED, "the " + what(a) + " counted " + a.count() + " entries up to entry " + id
                        + inChain() + ", there are now " + expected + ": entries were removed or inserted");
            }
            if (broken != null) {
                return;
            }
        }
    }

    /** An anchor entry of the national chain, its MAC checked: the heads it saw become those chains' anchors. */
    private void register(String anchor, Instant at) {
        for (JsonNode head : json.readTree(anchor).path("chains")) {
            long c = head.path("chain").asLong();
            long n = head.path("count").asLong();
            anchored.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(new AuditCheckpoint(at, head.path("entry").asLong(), n, head.path("head").asString()));
            Long earlier = anchoredCounts.put(c, n);
            anchoredOthers += n - (earlier == null ? 0 : earlier);
        }
    }

    /** The end of a chain: it must reach the newest entry its anchors saw. */
    private void finish() {
        if (broken == null && nextAnchor < anchors.size()) {
            AuditCheckpoint last = anchors.getLast();
            broken = new AuditVerification(total, last.entryId(), Problem.TRUNCATED, (chain == AuditChains.NATIONAL
                    ? "the trail has " + count + " entries in its national chain"
                    : "the chain of office " + chain + " has " + count + " entries") + ", but the " + what(last) + " saw "
                    + last.count() + " up to entry " + last.entryId() + ", which is missing: the newest entries were removed");
        }
    }

    AuditVerification result() {
        finish();
        if (broken == null) {
            var rest = anchored.tailMap(chain, false);
            if (!rest.isEmpty()) {
                start(rest.firstKey());
                finish();
            }
        }
        if (broken != null && broken.problem() == Problem.TRUNCATED) {
            return new AuditVerification(total, broken.firstBrokenId(), broken.problem(), broken.reason());
        }
        return broken != null ? broken : AuditVerification.intact(total);
    }

    private String what(AuditCheckpoint anchor) {
        return (chain == AuditChains.NATIONAL ? "checkpoint of " : "anchor of ") + anchor.at();
    }

    private String inChain() {
        return chain == AuditChains.NATIONAL ? "" : " in the chain of office " + chain;
    }

    private boolean validMac(String stored, String content) {
        return MessageDigest.isEqual(AuditKey.mac(mac, content).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    private void fail(long id, Problem problem, String reason) {
        broken = new AuditVerification(total, id, problem, reason);
    }
}
