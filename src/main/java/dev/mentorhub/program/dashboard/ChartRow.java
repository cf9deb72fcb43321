package dev.mentorhub.program.dashboard;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a chart's table. {@code key} is stable (a stage slug, a skill slug, a member id) and is what the CSV
 * carries; {@code label} is a display name taken from data, or null when the page translates the key instead.
 * A value may be null where there is no number (a median of nothing).
 */
public record ChartRow(String key, String label, List<Number> values, boolean highlighted) {

    public ChartRow {
        values = Collections.unmodifiableList(Arrays.asList(values.toArray(Number[]::new)));
    }

    /** A row whose key the page translates. */
    public static ChartRow of(String key, Number... values) {
        return new ChartRow(key, null, Arrays.asList(values), false);
    }
}
