package dev.mentorhub.matching.engine;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reporting lines from "who is whose manager": each person's managers, their managers, and so on up. */
public final class OrgChart {

    private OrgChart() {
    }

    /**
     * For each person in {@code managerOf} (person → direct manager), everyone above them. A cycle (A manages B, B
     * manages A) ends the walk where it comes back round; nobody is above themselves.
     */
    public static Map<UUID, Set<UUID>> reportingLines(Map<UUID, UUID> managerOf) {
        Map<UUID, Set<UUID>> lines = new HashMap<>();
        managerOf.keySet().forEach(person -> {
            Set<UUID> above = new LinkedHashSet<>();
            for (UUID m = managerOf.get(person); m != null && !m.equals(person) && above.add(m); m = managerOf.get(m)) {
                // walking up until the top, or until the chain repeats
            }
            lines.put(person, Set.copyOf(above));
        });
        return lines;
    }
}
