package vn.chophien.photo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/** Photos as files under {@code <data-dir>/photos}, written atomically so a reader never sees half a file. */
@ApplicationScoped
@DefaultBean
public class FolderPhotoStore implements PhotoStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,80}\\.(jpg|pdf)");

    private final Path root;

    FolderPhotoStore(@ConfigProperty(name = "chophien.data-dir") String dataDir) {
        this.root = Path.of(dataDir, "photos").toAbsolutePath();
    }

    @Override
    public void put(String key, byte[] content) throws IOException {
        Path target = file(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = file(key);
        return Files.exists(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    /** Two-level fan-out by the key's first characters keeps folders small at harvest-season volumes. */
    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a photo key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
