package vn.chophien.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Vietnam's two-level administrative map (Resolution 202/2025/QH15), read once from {@code places/*.csv}. It is
 * reference data that changes only with the law, so it ships with the code rather than living in tables.
 */
@ApplicationScoped
public class PlaceService {

    private static final Pattern FORMER_KIND = Pattern.compile("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã) ");

    private final Map<String, Province> provinces;
    private final Map<String, Commune> communes;
    private final Map<String, List<Commune>> communesByProvince;
    private final Map<String, List<String>> formerNames;
    private final Map<String, String> regions;

    PlaceService() {
        provinces = read("places/provinces.csv", row -> new Province(row[0], row[1])).stream()
                .collect(Collectors.toMap(Province::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Commune> all = read("places/communes.csv", row -> new Commune(row[0], row[1], row[2]));
        communes = all.stream().collect(Collectors.toMap(Commune::code, Function.identity()));
        communesByProvince = all.stream().collect(
                Collectors.groupingBy(Commune::provinceCode, LinkedHashMap::new, Collectors.toUnmodifiableList()));
        regions = read("places/regions.csv", row -> row).stream().collect(Collectors.toMap(r -> r[0], r -> r[1]));
        formerNames = read("places/former.csv", row -> row).stream()
                .collect(Collectors.groupingBy(row -> row[0],
                        Collectors.collectingAndThen(Collectors.toList(),
                                rows -> rows.stream()
                                        .flatMap(row -> Stream.of(withoutKind(row[1]), withoutKind(row[2])))
                                        .filter(name -> !name.isEmpty()).distinct().toList())));
    }

    public List<Province> provinces() {
        return List.copyOf(provinces.values());
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    /** The communes of a province in code order, or empty when there is no such province. */
    public Optional<List<Commune>> communesOf(String provinceCode) {
        return province(provinceCode).map(p -> communesByProvince.getOrDefault(p.code(), List.of()));
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(communes.get(code));
    }

    /**
     * The names of the district and province a commune's area belonged to before 1 July 2025, without their kind
     * ("Bắc Quang", "Hà Giang" for Xã Bắc Quang): buyers still search by them.
     */
    public List<String> formerNames(String communeCode) {
        return formerNames.getOrDefault(communeCode, List.of());
    }

    /** NORTH, CENTRAL or SOUTH: the region (miền) carriers price a route by. */
    public String region(String provinceCode) {
        String region = regions.get(provinceCode);
        if (region == null) {
            throw new IllegalArgumentException("No province " + provinceCode);
        }
        return region;
    }

    private static String withoutKind(String name) {
        return FORMER_KIND.matcher(name).replaceFirst("");
    }

    private static <T> List<T> read(String resource, Function<String[], T> mapper) {
        try (InputStream in = PlaceService.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    // The files hold no quoted fields: names never contain commas (checked when they were made).
                    rows.add(mapper.apply(line.split(",", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
