package vn.chophien.integrations.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.chophien.tracking.TrackingStatus;

/**
 * A carrier's status codes to our one status language, as data: a CSV on the classpath with the header
 * {@code [table,]code,status,meaning}, {@code table} naming which of the carrier's code tables the code is from when it
 * has several. A code left out has no status of ours: the event is kept with the carrier's words.
 */
public final class StatusCodes {

    private final Map<String, TrackingStatus> statuses;

    private StatusCodes(Map<String, TrackingStatus> statuses) {
        this.statuses = statuses;
    }

    public static StatusCodes load(String resource) {
        try (InputStream in = StatusCodes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No status codes at " + resource);
            }
            Map<String, TrackingStatus> map = new HashMap<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String table = row.isMapped("table") ? row.get("table") : "";
                map.put(table + "/" + row.get("code"), TrackingStatus.valueOf(row.get("status")));
            }
            return new StatusCodes(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Our status for a code of a table ("" for a carrier with one table). */
    public Optional<TrackingStatus> of(String table, String code) {
        return Optional.ofNullable(statuses.get(table + "/" + code));
    }

    /** Every code, as {@code table/code}, for tests that walk the whole table. */
    public Map<String, TrackingStatus> all() {
        return statuses;
    }
}
