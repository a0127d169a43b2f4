package vn.chophien.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fingerprinted names of the front-end files built from {@code src-frontend}, so pages link
 * {@code /assets/app-3f2a….css} and browsers may cache it for a year. Used in templates as
 * {@code {inject:assets.url('app.css')}}.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    private static final String MANIFEST = "META-INF/resources/assets/manifest.json";

    private final Map<String, String> files;

    Assets(ObjectMapper json) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException(MANIFEST + " is missing: the front-end build did not run");
            }
            files = json.readValue(in, new TypeReference<Map<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String name) {
        String file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("No front-end file named " + name);
        }
        return "/assets/" + file;
    }
}
