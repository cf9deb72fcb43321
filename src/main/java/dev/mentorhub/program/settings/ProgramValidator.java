package dev.mentorhub.program.settings;

import dev.mentorhub.common.web.FieldErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link ProgramRequest} and reports every broken rule at once, naming fields as the client sent them. */
public final class ProgramValidator {

    static final int MAX_QUESTIONS = 20;
    static final int MAX_OPTIONS = 20;
    private static final Pattern DOMAIN = Pattern.compile("^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+"
            + "[a-z]{2,63}$");
    private static final Pattern GROUP = Pattern.compile("^/?[\\p{L}\\p{N} ._/-]{1,200}$");
    private static final Pattern QUESTION_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    private final FieldErrors errors = new FieldErrors();

    private ProgramValidator() {
    }

    public static ProgramSettings validate(ProgramRequest r) {
        if (r == null) {
            throw FieldErrors.of("name", FieldErrors.REQUIRED);
        }
        return new ProgramValidator().check(r);
    }

    private ProgramSettings check(ProgramRequest r) {
        String name = errors.text("name", r.name(), 200, true);
        String description = Objects.requireNonNullElse(errors.text("description", r.description(), 4000, false), "");
        Audience audience = errors.choice("audience", r.audience(), Audience.class, Audience.RESTRICTED);
        MatchingMode mode = errors.choice("matchingMode", r.matchingMode(), MatchingMode.class, MatchingMode.SELF_SERVICE);
        Eligibility eligibility = errors.choice("eligibility", r.eligibility(), Eligibility.class, Eligibility.INVITE_ONLY);
        String value = r.eligibilityValue() == null ? null : r.eligibilityValue().trim();
        if (eligibility == Eligibility.EMAIL_DOMAIN) {
            value = value == null ? null : value.toLowerCase().replaceFirst("^@", "");
            if (value == null || !DOMAIN.matcher(value).matches()) {
                errors.add("eligibilityValue", "must be an email domain such as example.com");
            }
        } else if (eligibility == Eligibility.KEYCLOAK_GROUP && (value == null || !GROUP.matcher(value).matches())) {
            errors.add("eligibilityValue", "must be a Keycloak group name");
        }
        if (r.enrolmentOpensOn() != null && r.enrolmentClosesOn() != null
                && r.enrolmentClosesOn().isBefore(r.enrolmentOpensOn())) {
            errors.add("enrolmentClosesOn", "must not be before enrolmentOpensOn");
        }
        if (r.weights() != null) {
            try {
                r.weights().toEngine();
            } catch (IllegalArgumentException e) {
                errors.add("weights", "must be non-negative numbers, not all zero");
            }
        }
        List<ProgramQuestion> questions = questions(r.questions());
        int months = errors.range("relationshipMonths", r.relationshipMonths(), 6, 1, 36);
        int checkIn = errors.range("checkInDays", r.checkInDays(), 14, 1, 180);
        errors.throwIfAny();
        return new ProgramSettings(name, description, audience, mode, eligibility, value, r.enrolmentOpensOn(),
                r.enrolmentClosesOn(), r.weights(), questions, months, checkIn,
                Boolean.TRUE.equals(r.excludeSameDepartment()), Boolean.TRUE.equals(r.excludeReportingLine()));
    }

    private List<ProgramQuestion> questions(List<ProgramQuestion> questions) {
        if (questions == null) {
            return List.of();
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.add("questions", "must list at most " + MAX_QUESTIONS + " questions");
            return List.of();
        }
        List<ProgramQuestion> clean = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            ProgramQuestion q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                errors.add(at, FieldErrors.REQUIRED);
                continue;
            }
            if (q.id() == null || !QUESTION_ID.matcher(q.id()).matches()) {
                errors.add(at + ".id", "must be 1-40 lower-case letters, digits or dashes");
            } else if (!ids.add(q.id())) {
                errors.add(at + ".id", "is used twice");
            }
            String text = errors.text(at + ".text", q.text(), 300, true);
            if (!ProgramQuestion.KINDS.contains(q.kind())) {
                errors.add(at + ".kind", "must be one of " + String.join(", ", ProgramQuestion.KINDS));
                continue;
            }
            List<String> options = q.options() == null ? List.of() : q.options().stream()
                    .map(o -> o == null ? "" : o.trim()).toList();
            if (q.isChoice() && (options.size() < 2 || options.size() > MAX_OPTIONS
                    || options.stream().anyMatch(o -> o.isEmpty() || o.length() > 100)
                    || options.stream().distinct().count() != options.size())) {
                errors.add(at + ".options", "a choice needs 2-" + MAX_OPTIONS
                        + " different options of 1-100 characters");
            } else if (!q.isChoice() && !options.isEmpty()) {
                errors.add(at + ".options", "a short-text question has no options");
            }
            clean.add(new ProgramQuestion(q.id(), text, q.kind(), options, q.feedsMatching()));
        }
        return clean;
    }
}
