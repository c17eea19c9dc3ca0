package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Actor;
import bd.udbhabon.access.Role;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no account yet): the system administrator {@code admin}, at the Cabinet
 * Division, with the password from {@code UDBHABON_ADMIN_PASSWORD} or else a generated one printed
 * once. Either way it must be changed at the first sign-in. Several nodes started at once make it once (an advisory
 * lock around the check and the insert).
 */
@Component
@Order(10) // after the office registry is loaded
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final OfficeDirectory offices;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final IdentityProperties properties;

    FirstAdministrator(AccountRepository accounts, OfficeDirectory offices, PasswordEncoder passwords, AuditLog audit,
                       IdentityProperties properties) {
        this.accounts = accounts;
        this.offices = offices;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        accounts.lockFirstStart();
        if (accounts.anyAccount()) {
            return;
        }
        long cabinetDivision = offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1))
                .items().getFirst().id();
        boolean given = properties.adminPassword() != null && !properties.adminPassword().isBlank();
        String password = given ? properties.adminPassword() : AccountService.generatePassword();
        long id = accounts.create(USERNAME, null, "সিস্টেম অ্যাডমিনিস্ট্রেটর", "System administrator",
                passwords.encode(password), true, cabinetDivision);
        accounts.grant(id, cabinetDivision, Role.SYSTEM_ADMIN, null);
        audit.record(new AuditEvent(Actor.SYSTEM, "account.created", "account", Long.toString(id), cabinetDivision,
                null, Map.of("username", USERNAME, "role", Role.SYSTEM_ADMIN.name())));
        if (given) {
            log.info("Created the system administrator '{}' with the password from UDBHABON_ADMIN_PASSWORD", USERNAME);
        } else {
            // printed once, on the console only: it is not logged to files and never shown again
            System.out.printf("%n=== Udbhabon: first start ===%nSystem administrator: %s%nOne-time password: %s%n"
                    + "Sign in at /login and choose a new password.%n==============================%n%n", USERNAME, password);
        }
    }
}
