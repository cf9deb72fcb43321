package dev.mentorhub.program;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a member sits in the org chart, as an admin sets it: their department (free text) and their direct
 * manager's email. Blank means unknown (stored as null). The same limits as the CSV import's columns.
 */
public record MemberOrgRequest(String department, String managerEmail) {

    public static final int MAX_EMAIL = 320;
    public static final int MAX_TEXT = 200;
    static final MemberOrgRequest UNKNOWN = new MemberOrgRequest(null, null);

    /** Trimmed, blanks as null, checked; every broken rule at once ({@code department}, {@code managerEmail}). */
    MemberOrgRequest cleaned(String memberEmail) {
        String dept = blankToNull(department);
        String manager = blankToNull(managerEmail);
        List<FieldError> errors = new ArrayList<>();
        if (dept != null && dept.length() > MAX_TEXT) {
            errors.add(new FieldError("department", FieldErrors.atMost(MAX_TEXT)));
        }
        if (manager != null) {
            if (manager.length() > MAX_EMAIL || !MembershipService.isEmail(manager)) {
                errors.add(new FieldError("managerEmail", "is not an email address"));
            } else if (manager.equalsIgnoreCase(memberEmail)) {
                errors.add(new FieldError("managerEmail", "is the member's own address: nobody manages themselves"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MemberOrgRequest(dept, manager);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
