package dev.mentorhub.common;

import java.util.Arrays;
import java.util.Optional;

/** An enum with a stable, lower-case, kebab-case name for the API and forms ("early-career"). */
public interface Slugged {

    String slug();

    static <E extends Enum<E> & Slugged> Optional<E> parse(Class<E> type, String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        String wanted = slug.trim().toLowerCase();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(wanted)).findFirst();
    }

    static String slugOf(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }
}
