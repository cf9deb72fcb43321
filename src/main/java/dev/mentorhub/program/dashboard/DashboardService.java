package dev.mentorhub.program.dashboard;

import dev.mentorhub.common.security.Caller;
import dev.mentorhub.program.Program;
import dev.mentorhub.program.ProgramAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The program dashboard for its admins (organization admins and platform admins; everyone else gets 404 from the
 * tenant gate). Charts are every {@link DashboardChart} bean, in their order.
 */
@ApplicationScoped
public class DashboardService {

    private static final String MEMBER_COUNT = "with " + ProgramSql.MEMBERS + " select count(*) from members";

    private final ProgramAccess access;
    private final ProgramSql sql;
    private final List<DashboardChart> charts;

    DashboardService(ProgramAccess access, ProgramSql sql, Instance<DashboardChart> charts) {
        this.access = access;
        this.sql = sql;
        this.charts = charts.stream()
                .sorted(Comparator.comparingInt(DashboardChart::order).thenComparing(DashboardChart::id))
                .toList();
    }

    @Transactional
    public Dashboard dashboard(Caller caller, UUID programId, Locale locale) {
        Program program = access.administered(caller, programId);
        ChartQuery query = new ChartQuery(program.id(), locale);
        List<Dashboard.Chart> data = charts.stream()
                .map(chart -> new Dashboard.Chart(chart.id(), chart.query(query)))
                .toList();
        return new Dashboard(program.id(), program.name(), ProgramSql.count(sql.row(MEMBER_COUNT, program.id())[0]),
                data);
    }

    @Transactional
    public Dashboard.Chart chart(Caller caller, UUID programId, String chartId, Locale locale) {
        Program program = access.administered(caller, programId);
        DashboardChart chart = charts.stream().filter(c -> c.id().equals(chartId)).findFirst()
                .orElseThrow(UnknownChartException::new);
        return new Dashboard.Chart(chart.id(), chart.query(new ChartQuery(program.id(), locale)));
    }
}
