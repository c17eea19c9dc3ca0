/**
 * The audit trail: who, acting for which office, from which address, changed what, when, with
 * the record before and after. Append-only (the application's database role cannot change or
 * remove an entry, and a trigger refuses it for everyone), and each entry is chained to the
 * previous one by a SHA-256 hash so that any edit by hand is found by {@link AuditLog#verify()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package bd.udbhabon.audit;
