package dev.mentorhub.profile;

import dev.mentorhub.common.web.Problem.FieldError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The directory's filter form (GET query parameters), kept as typed so the page can show them again. */
public class DirectoryFilterForm {

    @RestQuery public String role;
    @RestQuery public String skill;
    @RestQuery public String stage;
    @RestQuery public String language;
    @RestQuery public String utcOffsetMin;
    @RestQuery public String utcOffsetMax;
    @RestQuery public String hasCapacity;
    @RestQuery public String page;

    DirectoryFilter toFilter(List<FieldError> errors) {
        return new DirectoryFilter(role, skill, stage, language, number("utcOffsetMin", utcOffsetMin, errors),
                number("utcOffsetMax", utcOffsetMax, errors), "true".equals(hasCapacity) || "on".equals(hasCapacity),
                pageNumber(), DirectoryFilter.DEFAULT_SIZE);
    }

    public String value(String name) {
        String value = values().get(name);
        return value == null ? "" : value;
    }

    public boolean capacityOnly() {
        return "true".equals(hasCapacity) || "on".equals(hasCapacity);
    }

    /** The filters as a query string prefix ("skill=pytorch&"), for pagination links. */
    String query() {
        StringBuilder query = new StringBuilder();
        values().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return query.toString();
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("role", role);
        values.put("skill", skill);
        values.put("stage", stage);
        values.put("language", language);
        values.put("utcOffsetMin", utcOffsetMin);
        values.put("utcOffsetMax", utcOffsetMax);
        values.put("hasCapacity", capacityOnly() ? "true" : null);
        return values;
    }

    /** The page as typed, or null (the first page); PageRequest clamps it. */
    private Integer pageNumber() {
        try {
            return page == null || page.isBlank() ? null : Integer.valueOf(page.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number of hours, e.g. 5.5"));
            return null;
        }
    }
}
