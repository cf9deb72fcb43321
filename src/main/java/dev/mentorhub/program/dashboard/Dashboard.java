package dev.mentorhub.program.dashboard;

import java.util.List;
import java.util.UUID;

/** A program's dashboard: every chart's numbers, in page order, and how many members the program has. */
public record Dashboard(UUID programId, String programName, long members, List<Chart> charts) {

    public record Chart(String id, ChartData data) {
    }
}
