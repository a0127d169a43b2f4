package vn.chophien.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where re-encoded images live, by an unguessable key. A folder by default; an object store can replace it. */
public interface PhotoStore {

    void put(String key, byte[] content) throws IOException;

    Optional<InputStream> open(String key) throws IOException;

    void delete(String key) throws IOException;
}
