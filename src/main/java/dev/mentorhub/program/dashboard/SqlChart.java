package dev.mentorhub.program.dashboard;

/**
 * What the built-in charts share: an id, a place, and SQL over the program's members. Charts are stateless
 * {@code @Singleton}s: no client proxy, so this base class needs no no-argument constructor.
 */
abstract class SqlChart implements DashboardChart {

    private final String id;
    private final int order;
    protected final ProgramSql sql;

    SqlChart(String id, int order, ProgramSql sql) {
        this.id = id;
        this.order = order;
        this.sql = sql;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int order() {
        return order;
    }
}
