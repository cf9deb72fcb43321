package dev.mentorhub.program.dashboard;

/**
 * One chart of the program dashboard. Each chart is a bean ({@code @Singleton} or {@code @ApplicationScoped}); {@link DashboardService}
 * finds them all through CDI and shows them by {@link #order()}, so a new chart is one new class (plus its title in
 * {@link DashboardMessages}): the page, the JSON API and the CSV export pick it up as they are.
 *
 * <p>Implementations compute their numbers in SQL over the program's members (see docs/programs.md, "Dashboard").
 * They are called only after the tenant gate has let the caller in, inside a read transaction.
 */
public interface DashboardChart {

    /** Stable, URL-safe id: the CSV file name and the key of the chart's title. */
    String id();

    /** Position on the page, smallest first; leave gaps (10, 20, ...) so later charts can go in between. */
    int order();

    ChartData query(ChartQuery query);
}
