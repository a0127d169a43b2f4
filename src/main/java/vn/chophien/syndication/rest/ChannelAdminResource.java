package vn.chophien.syndication.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.chophien.syndication.ChannelOverview;

/** How each partner channel is doing: its queue, what was sent, failed, retried and throttled, its listings. */
@Path("/api/admin/channels")
@RolesAllowed("ADMIN")
public class ChannelAdminResource {

    private final ChannelOverview overview;

    ChannelAdminResource(ChannelOverview overview) {
        this.overview = overview;
    }

    @GET
    @Operation(operationId = "listChannelFigures", summary = "Figures of every partner channel")
    public List<ChannelOverview.ChannelFigures> figures() {
        return overview.figures();
    }
}
