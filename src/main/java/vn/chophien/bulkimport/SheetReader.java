package vn.chophien.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.chophien.web.ProblemException;

/**
 * Reads an uploaded file into rows of named cells, judging it by its content, not its name: a zip that opens as an
 * Excel workbook, or UTF-8 text read as CSV (comma or semicolon, as Excel writes it here). Refuses anything else,
 * files over 5 MB or 10,000 rows, and zip bombs (POI's inflate ratio and entry size limits).
 */
public final class SheetReader {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    /** No part of a real sheet of 10,000 rows unpacks to more; a bomb's does. */
    private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SheetReader() {
    }

    /** A data row: its number as the person sees it in the sheet (the header is row 1), and cells by column name. */
    public record SheetRow(int number, Map<String, String> cells) {
    }

    public static List<SheetRow> read(Path file, List<String> columns) {
        long size;
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProblemException(413, "import-too-large", MAX_BYTES / 1024 / 1024);
            }
            if (in.readNBytes(head, 0, 4) < 4) {
                throw new ProblemException(400, "import-empty");
            }
        } catch (IOException e) {
            throw new ProblemException(400, "import-unreadable");
        }
        return head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                ? xlsx(file, columns)
                : csv(file, columns);
    }

    private static List<SheetRow> xlsx(Path file, List<String> columns) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new ProblemException(413, "import-too-many-rows", MAX_ROWS);
            }
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    Cell cell = header.getCell(c);
                    names.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
            }
            checkHeader(names, columns);
            List<SheetRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.put(names.get(c), cell == null ? "" : format.formatCellValue(cell).strip());
                }
                if (cells.values().stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new SheetRow(r + 1, cells));
                }
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw bombOrNotASheet(e);
        }
    }

    /** POI says "Zip bomb detected" (ratio) or names the entry size limit; anything else is not a workbook. */
    private static ProblemException bombOrNotASheet(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")
                    || message.contains("setMaxEntrySize")) {
                return new ProblemException(413, "import-zip-bomb");
            }
        }
        return new ProblemException(415, "import-not-a-sheet");
    }

    private static List<SheetRow> csv(Path file, List<String> columns) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(415, "import-not-a-sheet");
        } catch (IOException e) {
            throw new ProblemException(400, "import-unreadable");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'))) {
            throw new ProblemException(415, "import-not-a-sheet");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            checkHeader(parser.getHeaderNames(), columns);
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new ProblemException(413, "import-too-many-rows", MAX_ROWS);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    cells.put(column.strip(), record.isSet(column) ? record.get(column) : "");
                }
                rows.add(new SheetRow(rows.size() + 2, cells));
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(415, "import-not-a-sheet");
        }
    }

    /** Every column of the template must be there (others are ignored). */
    private static void checkHeader(List<String> names, List<String> columns) {
        List<String> stripped = names.stream().map(String::strip).toList();
        List<String> missing = columns.stream().filter(c -> !stripped.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(400, "import-missing-columns", String.join(", ", missing));
        }
    }
}
