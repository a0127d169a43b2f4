package vn.chophien.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.RawString;

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
    private final RawString css;
    private final String cssHash;

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
        String text = read(url("app.css").substring(1));
        css = new RawString(text);
        try {
            cssHash = "'sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The whole stylesheet, for a {@code <style>} in every page's head: about 2.7 KB compressed, and on 3G the first
     * view then paints with the HTML, without waiting a round trip or two for a separate file.
     */
    public RawString css() {
        return css;
    }

    /** The Content-Security-Policy source that allows exactly the inline stylesheet of {@link #css()}. */
    public String cssHash() {
        return cssHash;
    }

    private static String read(String file) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("META-INF/resources/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing: the front-end build did not run");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
