package dev.mentorhub.program.dashboard;

/** How the page draws a chart (static/js/dashboard.js has one renderer per kind). */
public enum ChartKind {
    /** Stages from widest to narrowest; one value column. */
    FUNNEL,
    /** Headline numbers, shown as figures rather than drawn. */
    FIGURES,
    /** Vertical bars, one series per value column. */
    BAR,
    /** Horizontal bars for long lists with long names, one series per value column; highlighted rows stand out. */
    HORIZONTAL_BAR,
    /** Shares of a whole; one value column. */
    PIE;

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
