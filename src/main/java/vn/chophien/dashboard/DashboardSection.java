package vn.chophien.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of a province's dashboard that another feature contributes: a bean implementing this is found by itself
 * and shown after the sales, its figures in the JSON's {@code sections}, its tables on the page and in the CSV export.
 * Harvest campaigns add their progress this way (tonnes sold of the target, households and communes taking part).
 */
public interface DashboardSection {

    /** What this feature has to show of the province over the days from and to, or empty when nothing. */
    Optional<Section> of(String provinceCode, LocalDate from, LocalDate to, Locale locale);

    /**
     * @param key a short name, unique among sections ("campaigns")
     * @param progress figures measured against a target, drawn as progress bars
     * @param tables tables, each exportable by its key (unique across the dashboard)
     */
    record Section(String key, String title, List<Progress> progress, List<DashboardTable> tables) {
    }

    /** A figure against its target, in the same unit ("Mùa cam Vàng 2026", 42,300 of 3,000,000 kg). */
    record Progress(String label, long value, long target, String unit) {
    }
}
