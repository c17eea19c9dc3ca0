package bd.udbhabon.access;

import static bd.udbhabon.access.Permission.ADMINISTER_OFFICE;
import static bd.udbhabon.access.Permission.APPROVE_MINUTES;
import static bd.udbhabon.access.Permission.ADMINISTER_USERS;
import static bd.udbhabon.access.Permission.COMMENT;
import static bd.udbhabon.access.Permission.READ_AUDIT;
import static bd.udbhabon.access.Permission.READ_RECORDS;
import static bd.udbhabon.access.Permission.SUBMIT_PLAN_REPORTS;
import static bd.udbhabon.access.Permission.WRITE_RECORDS;

import bd.udbhabon.bangla.Bilingual;
import java.util.EnumSet;
import java.util.Set;

/** A role is always held for one office; what it reaches beyond that office follows the hierarchy. */
public enum Role implements Bilingual {
    SYSTEM_ADMIN("সিস্টেম অ্যাডমিনিস্ট্রেটর", "System administrator",
            EnumSet.allOf(Permission.class)),
    OFFICE_ADMIN("দপ্তর অ্যাডমিনিস্ট্রেটর", "Office administrator",
            EnumSet.of(READ_RECORDS, WRITE_RECORDS, APPROVE_MINUTES, SUBMIT_PLAN_REPORTS, ADMINISTER_OFFICE, ADMINISTER_USERS, READ_AUDIT)),
    TEAM_HEAD("চিফ ইনোভেশন অফিসার / ইনোভেশন অফিসার", "Team head (chief innovation officer / innovation officer)",
            EnumSet.of(READ_RECORDS, WRITE_RECORDS, APPROVE_MINUTES, SUBMIT_PLAN_REPORTS, COMMENT)),
    MEMBER_SECRETARY("সদস্য সচিব (ফোকাল পয়েন্ট)", "Member-secretary (focal point)",
            EnumSet.of(READ_RECORDS, WRITE_RECORDS)),
    TEAM_MEMBER("টিমের সদস্য", "Team member",
            EnumSet.of(READ_RECORDS, COMMENT)),
    REVIEWER("পর্যালোচক (ঊর্ধ্বতন দপ্তর)", "Reviewer (superior office)",
            EnumSet.of(READ_RECORDS, COMMENT)),
    AUDITOR("নিরীক্ষক", "Auditor",
            EnumSet.of(READ_RECORDS, READ_AUDIT));

    private final String nameBn;
    private final String nameEn;
    private final Set<Permission> permissions;

    Role(String nameBn, String nameEn, Set<Permission> permissions) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The system administrator reaches every office, in every way; other roles follow the hierarchy. */
    public boolean national() {
        return this == SYSTEM_ADMIN;
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
