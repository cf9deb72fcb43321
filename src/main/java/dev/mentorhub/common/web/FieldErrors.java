package dev.mentorhub.common.web;

import dev.mentorhub.common.Slugged;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is wrong with a request's fields, collected so the client hears about all of them at once, in the words every
 * answer of the API uses for the same rule ("is required", "must be at most 200 characters"...).
 */
public final class FieldErrors {

    public static final String REQUIRED = "is required";

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** A refusal of one field alone. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, message)));
    }

    public static String atMost(int max) {
        return "must be at most " + max + " characters";
    }

    public void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    /** Notes {@link #REQUIRED} when {@code value} is null. */
    public void required(String field, Object value) {
        if (value == null) {
            add(field, REQUIRED);
        }
    }

    /** The text without surrounding blanks, or null when blank (noted if it is required); at most {@code max} long. */
    public String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                add(field, REQUIRED);
            }
            return null;
        }
        if (trimmed.length() > max) {
            add(field, atMost(max));
        }
        return trimmed;
    }

    /** One of the enum's slugs; a blank value is {@code fallback}, and when that is null the value is required. */
    public <E extends Enum<E> & Slugged> E choice(String field, String slug, Class<E> type, E fallback) {
        if ((slug == null || slug.isBlank()) && fallback != null) {
            return fallback;
        }
        Optional<E> parsed = Slugged.parse(type, slug);
        if (parsed.isEmpty()) {
            add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Slugged::slug)
                    .collect(Collectors.joining(", ")));
            return fallback;
        }
        return parsed.get();
    }

    /** {@code value} within min..max, or {@code fallback} when it is missing. */
    public int range(String field, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
        }
        return value;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Refuses the request (400 with every error) if anything was noted. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
