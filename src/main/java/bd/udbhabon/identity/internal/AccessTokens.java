package bd.udbhabon.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import bd.udbhabon.identity.TokenView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal access tokens for the API: {@code udb_} and 43 random characters, shown once; only
 * their SHA-256 is stored. A token acts as its owner, with the owner's current roles.
 */
@Repository
class AccessTokens {

    static final String PREFIX = "udb_";
    private static final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Issued(long id, String secret) {
    }

    Issued issue(long accountId, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, token_prefix, expires_at)
                        values (:account, :name, :hash, :prefix, :expires) returning id
                        """)
                .param("account", accountId).param("name", name).param("hash", sha256(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + 6))
                .param("expires", expiresAt == null ? null : java.sql.Timestamp.from(expiresAt))
                .query(Long.class).single();
        return new Issued(id, secret);
    }

    /** The account a presented token acts for, if the token is known, not revoked and not expired. */
    Optional<Long> accountFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update access_token set last_used_at = now()
                        where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())
                        returning account_id
                        """)
                .param("hash", sha256(secret)).query(Long.class).optional();
    }

    List<TokenView> of(long accountId) {
        return jdbc.sql("select * from access_token where account_id = :a order by id desc").param("a", accountId)
                .query((rs, row) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update access_token set revoked_at = now() where id = :id and account_id = :a and revoked_at is null")
                .param("id", tokenId).param("a", accountId).update() == 1;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
