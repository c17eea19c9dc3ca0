/**
 * The audit trail: who, acting for which office, from which address, changed what, when, with
 * the record before and after. Append-only (the application's database role cannot change or
 * remove an entry, and a trigger refuses it for everyone). Each entry is chained to the previous
 * one of its office's chain by an HMAC whose key the database never sees; the offices' chains are
 * anchored in the national chain, whose head and count are anchored outside the database at intervals. {@link AuditLog#verify()} therefore finds an entry edited,
 * forged, backdated or removed, even by whoever holds the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package bd.udbhabon.audit;
