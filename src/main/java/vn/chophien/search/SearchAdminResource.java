package vn.chophien.search;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Operations on the search index: an ADMIN rebuilds it from the catalog after an import or a restore. */
@Path("/api/admin/search")
@RolesAllowed("ADMIN")
public class SearchAdminResource {

    private final SearchIndexer indexer;

    SearchAdminResource(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @POST
    @Path("/rebuild")
    public Map<String, Long> rebuild() {
        return Map.of("published", indexer.rebuild());
    }
}
