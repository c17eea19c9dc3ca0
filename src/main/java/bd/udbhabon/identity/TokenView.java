package bd.udbhabon.identity;

import java.time.Instant;

/** A personal access token as its owner sees it: never the secret, only its first characters. */
public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
