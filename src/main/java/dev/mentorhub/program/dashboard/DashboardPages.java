package dev.mentorhub.program.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mentorhub.common.security.CurrentMember;
import dev.mentorhub.common.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The program dashboard page for the program's admins: each chart drawn by ECharts (a webjar), its numbers as a
 * table, and a CSV link. The CSV link is here too, not only under /api, because pages sign in with a session cookie
 * and /api takes bearer tokens only.
 */
@Path("/admin/programs/{id}/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    private final DashboardService dashboards;
    private final CurrentMember currentMember;
    private final RequestLocale locale;
    private final ObjectMapper json;

    DashboardPages(DashboardService dashboards, CurrentMember currentMember, RequestLocale locale, ObjectMapper json) {
        this.dashboards = dashboards;
        this.currentMember = currentMember;
        this.locale = locale;
        this.json = json;
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance dashboard(String programName, String path, boolean empty, long invited,
                List<ChartView> charts);
    }

    @GET
    public TemplateInstance dashboard(@RestPath UUID id) {
        Dashboard dashboard = dashboards.dashboard(currentMember.caller(), id, locale.locale());
        DashboardMessages dm = ChartView.messages(locale.locale());
        List<ChartView> charts = dashboard.charts().stream().map(chart -> ChartView.of(chart, dm, json)).toList();
        return Templates.dashboard(dashboard.programName(), "/admin/programs/" + id + "/dashboard",
                dashboard.members() == 0, invited(dashboard), charts);
    }

    @GET
    @Path("{chartId}.csv")
    @Produces(DashboardCsv.MEDIA_TYPE)
    public Response csv(@RestPath UUID id, @RestPath String chartId) {
        return DashboardCsv.download(dashboards.chart(currentMember.caller(), id, chartId, locale.locale()));
    }

    /** For the empty state: invitations may be out before anyone has joined. */
    private static long invited(Dashboard dashboard) {
        return dashboard.charts().stream().filter(c -> c.id().equals(EnrolmentFunnelChart.ID)).findFirst()
                .map(c -> c.data().rows().get(0).values().get(0).longValue()).orElse(0L);
    }
}
