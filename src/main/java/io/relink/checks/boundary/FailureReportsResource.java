package io.relink.checks.boundary;

import io.relink.checks.control.FailureReport;
import io.relink.checks.control.FailureReports;
import io.relink.problems.Ids;
import io.relink.workspaces.boundary.Caller;
import io.relink.workspaces.entity.Scope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/**
 * Failure reports from downstream products: the raw error a network answered them, read at once
 * with that network's rules (see {@link FailureReports}). The body arrives as text and is parsed
 * strictly by {@link FailureReport}, so that a wrong type is a 400 naming the field.
 */
@Path("channels/{id}/failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FailureReportsResource {

    @Inject Caller caller;
    @Inject FailureReports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scope.CHANNELS_WRITE)
    public FailureReports.Reclassified report(@PathParam("id") String id, String body) {
        UUID channel = Ids.of(id, "channel");
        return reports.report(
                caller.workspaceId(), channel, FailureReport.parse(body), caller.actor());
    }
}
