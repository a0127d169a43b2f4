package vn.chophien.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files an import hands out: the template of each kind (CSV or Excel), and the report of a run. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** The header and one example row; CSV with a BOM so that Excel opens the Vietnamese right. */
    public static byte[] templateCsv(ImportKind kind) {
        return csv(List.of(kind.columns, kind.example));
    }

    public static byte[] templateXlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.name().toLowerCase());
            for (int r = 0; r < 2; r++) {
                Row row = sheet.createRow(r);
                List<String> values = r == 0 ? kind.columns : kind.example;
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each row of the file and what became of it: created, skipped (already there) or refused, and why. */
    public static byte[] report(List<ImportRow> rows, ImportService service) {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(List.of("row", "outcome", "phone", "name", "field", "message"));
        for (ImportRow row : rows) {
            Map<String, String> cells = service.fromJson(row.cells);
            lines.add(List.of(String.valueOf(row.rowNo), row.outcome, cells.getOrDefault("phone", ""),
                    cells.getOrDefault("name", ""), row.field == null ? "" : row.field,
                    row.message == null ? "" : row.message));
        }
        return csv(lines);
    }

    private static byte[] csv(List<List<String>> lines) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            for (List<String> line : lines) {
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
