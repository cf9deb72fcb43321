package dev.mentorhub.program;

import dev.mentorhub.common.Slugged;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

    private final List<FieldError> errors = new ArrayList<>();

    private ProgramValidator() {
    }

    public static ProgramSettings validate(ProgramRequest r) {
        if (r == null) {
            throw new InvalidInputException(List.of(new FieldError("name", "is required")));
        }
        return new ProgramValidator().check(r);
    }

    private ProgramSettings check(ProgramRequest r) {
        String name = text("name", r.name(), 1, 200);
        String description = r.description() == null ? "" : text("description", r.description(), 0, 4000);
        Audience audience = choice("audience", r.audience(), Audience.class, Audience.RESTRICTED);
        MatchingMode mode = choice("matchingMode", r.matchingMode(), MatchingMode.class, MatchingMode.SELF_SERVICE);
        Eligibility eligibility = choice("eligibility", r.eligibility(), Eligibility.class, Eligibility.INVITE_ONLY);
        String value = r.eligibilityValue() == null ? null : r.eligibilityValue().trim();
        if (eligibility == Eligibility.EMAIL_DOMAIN) {
            value = value == null ? null : value.toLowerCase().replaceFirst("^@", "");
            if (value == null || !DOMAIN.matcher(value).matches()) {
                errors.add(new FieldError("eligibilityValue", "must be an email domain such as example.com"));
            }
        } else if (eligibility == Eligibility.KEYCLOAK_GROUP && (value == null || !GROUP.matcher(value).matches())) {
            errors.add(new FieldError("eligibilityValue", "must be a Keycloak group name"));
        }
        if (r.enrolmentOpensOn() != null && r.enrolmentClosesOn() != null
                && r.enrolmentClosesOn().isBefore(r.enrolmentOpensOn())) {
            errors.add(new FieldError("enrolmentClosesOn", "must not be before enrolmentOpensOn"));
        }
        if (r.weights() != null) {
            try {
                r.weights().toEngine();
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("weights", "must be non-negative numbers, not all zero"));
            }
        }
        List<ProgramQuestion> questions = questions(r.questions());
        int months = range("relationshipMonths", r.relationshipMonths(), 6, 1, 36);
        int checkIn = range("checkInDays", r.checkInDays(), 14, 1, 180);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProgramSettings(name, description, audience, mode, eligibility, value, r.enrolmentOpensOn(),
                r.enrolmentClosesOn(), r.weights(), questions, months, checkIn,
                Boolean.TRUE.equals(r.excludeSameDepartment()), Boolean.TRUE.equals(r.excludeReportingLine()));
    }

    private List<ProgramQuestion> questions(List<ProgramQuestion> questions) {
        if (questions == null) {
            return List.of();
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.add(new FieldError("questions", "at most " + MAX_QUESTIONS + " questions"));
            return List.of();
        }
        List<ProgramQuestion> clean = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            ProgramQuestion q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            if (q.id() == null || !QUESTION_ID.matcher(q.id()).matches()) {
                errors.add(new FieldError(at + ".id", "must be 1-40 lower-case letters, digits or dashes"));
            } else if (!ids.add(q.id())) {
                errors.add(new FieldError(at + ".id", "is used twice"));
            }
            String text = text(at + ".text", q.text(), 1, 300);
            if (!ProgramQuestion.KINDS.contains(q.kind())) {
                errors.add(new FieldError(at + ".kind", "must be one of " + ProgramQuestion.KINDS));
                continue;
            }
            List<String> options = q.options() == null ? List.of() : q.options().stream()
                    .map(o -> o == null ? "" : o.trim()).toList();
            if (q.isChoice() && (options.size() < 2 || options.size() > MAX_OPTIONS
                    || options.stream().anyMatch(o -> o.isEmpty() || o.length() > 100)
                    || options.stream().distinct().count() != options.size())) {
                errors.add(new FieldError(at + ".options", "a choice needs 2-" + MAX_OPTIONS
                        + " different options of 1-100 characters"));
            } else if (!q.isChoice() && !options.isEmpty()) {
                errors.add(new FieldError(at + ".options", "a short-text question has no options"));
            }
            clean.add(new ProgramQuestion(q.id(), text, q.kind(), options, q.feedsMatching()));
        }
        return clean;
    }

    private String text(String field, String value, int min, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() < min) {
            errors.add(new FieldError(field, "is required"));
        } else if (trimmed.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return trimmed;
    }

    private <E extends Enum<E> & Slugged> E choice(String field, String slug, Class<E> type, E fallback) {
        if (slug == null || slug.isBlank()) {
            return fallback;
        }
        Optional<E> parsed = Slugged.parse(type, slug);
        if (parsed.isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(Slugged::slug).toList()));
            return fallback;
        }
        return parsed.get();
    }

    private int range(String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
        return value;
    }
}
