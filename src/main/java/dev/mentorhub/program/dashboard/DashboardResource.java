package dev.mentorhub.program.dashboard;

import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestPath;

/** The program dashboard's numbers for its admins, as JSON (all charts) or CSV (one chart). */
@Path("/api/v1/programs/{id}/dashboard")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class DashboardResource {

    private final DashboardService dashboards;
    private final CurrentMember currentMember;
    private final RequestLocale locale;

    DashboardResource(DashboardService dashboards, CurrentMember currentMember, RequestLocale locale) {
        this.dashboards = dashboards;
        this.currentMember = currentMember;
        this.locale = locale;
    }

    /** A chart's table; {@code title} is in the request's language, keys and column names are stable. */
    public record ChartDto(String id, String title, String kind, List<String> columns, String keyColumn,
            String labelColumn, List<String> valueColumns, String highlightColumn, List<ChartRow> rows, ChartRow total,
            int omitted) {

        static ChartDto of(Dashboard.Chart chart, DashboardMessages dm) {
            ChartData d = chart.data();
            return new ChartDto(chart.id(), dm.chart_title(chart.id()), d.kind().slug(), d.columns(), d.keyColumn(),
                    d.labelColumn(), d.valueColumns(), d.highlightColumn(), d.rows(), d.total(), d.omitted());
        }
    }

    public record DashboardDto(UUID programId, String programName, long members, List<ChartDto> charts) {
    }

    @GET
    @Operation(summary = "The program dashboard (its admins)",
            description = "Every chart's numbers; definitions in docs/programs.md, section Dashboard.")
    @APIResponse(responseCode = "404", description = "Unknown, or not a program I administer")
    public DashboardDto dashboard(@RestPath UUID id) {
        Dashboard dashboard = dashboards.dashboard(currentMember.caller(), id, locale.locale());
        DashboardMessages dm = ChartView.messages(locale.locale());
        return new DashboardDto(dashboard.programId(), dashboard.programName(), dashboard.members(),
                dashboard.charts().stream().map(chart -> ChartDto.of(chart, dm)).toList());
    }

    @GET
    @Path("{chartId}.csv")
    @Produces(DashboardCsv.MEDIA_TYPE)
    @Operation(summary = "One chart's numbers as CSV (its admins)", description = "A header row, then one row per "
            + "bar or stage; a last row keyed 'total' where the chart has totals.")
    @APIResponse(responseCode = "404", description = "Unknown chart or program, or not a program I administer")
    public Response csv(@RestPath UUID id, @RestPath String chartId) {
        return DashboardCsv.download(dashboards.chart(currentMember.caller(), id, chartId, locale.locale()));
    }
}
