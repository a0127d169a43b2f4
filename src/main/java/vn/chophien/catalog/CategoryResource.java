package vn.chophien.catalog;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.Cache;

import vn.chophien.web.Languages;

/** The product categories, named in the request's language, for pickers and filters. */
@Path("/api/categories")
public class CategoryResource {

    public record CategoryView(String code, String name, String ocopGroup) {
    }

    @GET
    @Cache(maxAge = 3600)
    public List<CategoryView> categories(HttpHeaders headers) {
        String language = Languages.of(headers).getLanguage();
        return Arrays.stream(Category.values()).map(c -> new CategoryView(c.name(), c.nameIn(language), c.ocopGroup()))
                .toList();
    }
}
