package dev.mentorhub.program;

import dev.mentorhub.common.web.Bundles;
import dev.mentorhub.common.web.DomainException;
import dev.mentorhub.program.settings.Eligibility;
import java.util.Locale;

/** The caller may see the program but its eligibility rule keeps them out (invite only, email domain, group). */
public class NotEligibleException extends DomainException {

    private final Eligibility rule;
    private final String value;

    private NotEligibleException(Eligibility rule, String value, String message) {
        super(403, message);
        this.rule = rule;
        this.value = value;
    }

    static NotEligibleException inviteOnly() {
        return new NotEligibleException(Eligibility.INVITE_ONLY, null,
                "This program is by invitation only: use your invitation or join link.");
    }

    static NotEligibleException emailDomain(String domain) {
        return new NotEligibleException(Eligibility.EMAIL_DOMAIN, domain,
                "This program is for people with an @" + domain + " email address.");
    }

    static NotEligibleException group(String group) {
        return new NotEligibleException(Eligibility.KEYCLOAK_GROUP, group,
                "This program is for members of the group " + group + ".");
    }

    @Override
    public String text(Locale locale) {
        ProgramErrorMessages m = Bundles.of(ProgramErrorMessages.class, locale);
        return switch (rule) {
            case INVITE_ONLY -> m.invite_only();
            case EMAIL_DOMAIN -> m.email_domain(value);
            case KEYCLOAK_GROUP -> m.group(value);
        };
    }

    @Override
    public String type() {
        return "not-eligible";
    }
}
