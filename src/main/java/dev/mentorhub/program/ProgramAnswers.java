package dev.mentorhub.program;

import dev.mentorhub.common.web.FieldErrors;
import dev.mentorhub.common.web.InvalidInputException;
import dev.mentorhub.common.web.Problem.FieldError;
import dev.mentorhub.program.settings.ProgramQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a member's answers to a program's extra questions. A single choice is one of the options, a multi choice a
 * subset of them, a short text at most {@value #MAX_TEXT} characters. Unanswered (blank, empty) questions are left
 * out: the questions are optional. Answers are stored in the question's order.
 */
public final class ProgramAnswers {

    public static final int MAX_TEXT = 300;

    private ProgramAnswers() {
    }

    /** The answers cleaned up ({@code String} or {@code List<String>} per question id), or every problem at once. */
    static Map<String, Object> validate(List<ProgramQuestion> questions, Map<String, ?> answers) {
        Map<String, ?> given = answers == null ? Map.of() : answers;
        List<FieldError> errors = new ArrayList<>();
        Map<String, ProgramQuestion> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        for (String id : given.keySet()) {
            if (!byId.containsKey(id)) {
                errors.add(new FieldError(field(id), "is not a question of this program"));
            }
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        for (ProgramQuestion q : questions) {
            Object value = given.get(q.id());
            if (value == null) {
                continue;
            }
            switch (q.kind()) {
                case "single-choice" -> {
                    if (!(value instanceof String s)) {
                        errors.add(new FieldError(field(q.id()), "must be one of the options"));
                    } else if (!s.isBlank()) {
                        if (q.options().contains(s.strip())) {
                            clean.put(q.id(), s.strip());
                        } else {
                            errors.add(new FieldError(field(q.id()), "must be one of the options"));
                        }
                    }
                }
                case "multi-choice" -> {
                    Set<String> picked = new LinkedHashSet<>();
                    List<?> values = value instanceof List<?> list ? list : value instanceof String s ? List.of(s) : null;
                    if (values == null || values.stream().anyMatch(v -> !(v instanceof String s)
                            || !q.options().contains(s.strip()))) {
                        errors.add(new FieldError(field(q.id()), "must be some of the options"));
                    } else {
                        values.forEach(v -> picked.add(((String) v).strip()));
                        if (!picked.isEmpty()) {
                            // Stored in the options' order, whatever order they came in.
                            clean.put(q.id(), q.options().stream().filter(picked::contains).toList());
                        }
                    }
                }
                default -> {
                    if (!(value instanceof String s)) {
                        errors.add(new FieldError(field(q.id()), "must be text"));
                    } else if (s.strip().length() > MAX_TEXT) {
                        errors.add(new FieldError(field(q.id()), FieldErrors.atMost(MAX_TEXT)));
                    } else if (!s.isBlank()) {
                        clean.put(q.id(), s.strip());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }

    public static String field(String questionId) {
        return "answers." + questionId;
    }
}
