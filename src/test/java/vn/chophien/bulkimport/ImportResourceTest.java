package vn.chophien.bulkimport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.household.TestHouseholds;
import vn.chophien.photo.TestImages;

/** A commune's households and their products from one sheet: previewed, refused row by row, never created twice. */
@QuarkusTest
class ImportResourceTest {

    @Test
    void aPreviewRefusesBadRowsInVietnameseWritesNothingAndAReuploadCreatesNothingTwice() {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        String good = TestAccounts.newPhone();
        String csv = "phone,name,communeCode,village\n" + good + ",Hộ ông Vàng Seo Dìn,01153,Thôn Nà Khương\n"
                + "0123,Hộ bà Lù Thị Mai,01153,Thôn 2\n" + TestAccounts.newPhone() + ",Hộ ông Sùng,99999,Thôn 3\n"
                + good + ",Hộ ông Vàng Seo Dìn,01153,Thôn Nà Khương\n";

        JsonPath preview = upload(helper, "HOUSEHOLDS", "ho.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(201).body("status", equalTo("PREVIEW")).body("rows", equalTo(4)).body("valid", equalTo(1))
                .body("refused", equalTo(3)).extract().jsonPath();
        assertEquals(List.of(3, 4, 5), preview.getList("errors.row", Integer.class));
        assertEquals(List.of("phone", "communeCode", "phone"), preview.getList("errors.field", String.class));
        assertTrue(preview.getString("errors[0].message").contains("điện thoại"));
        assertTrue(preview.getString("errors[2].message").contains("dòng 2"));
        given().auth().oauth2(helper.token()).get("/api/helpers/households").then().body("total", equalTo(0));

        JsonPath done = run(helper, preview.getLong("id"));
        assertEquals(List.of(1, 0, 3), List.of(done.getInt("created"), done.getInt("skipped"), done.getInt("refused")));
        given().auth().oauth2(helper.token()).get("/api/helpers/households").then().body("total", equalTo(1));

        long again = upload(helper, "HOUSEHOLDS", "ho.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(201).extract().jsonPath().getLong("id");
        JsonPath second = run(helper, again);
        assertEquals(List.of(0, 1), List.of(second.getInt("created"), second.getInt("skipped")));
        given().auth().oauth2(helper.token()).get("/api/helpers/households").then().body("total", equalTo(1));

        String report = given().auth().oauth2(helper.token()).get("/api/imports/{id}/report.csv", again).then()
                .statusCode(200).extract().asString();
        assertTrue(report.contains("2,SKIPPED,"), report);
        assertTrue(report.contains("3,REFUSED,0123,"), report);
    }

    @Test
    void productsComeFromExcelForTheHelpersHouseholdsAndOnlyOnce() throws IOException {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        TestHouseholds.Household household = TestHouseholds.register(helper);
        String stranger = TestHouseholds.register(TestHouseholds.helper()).phone();
        byte[] xlsx = xlsx(ImportKind.PRODUCTS.columns,
                List.of(household.phone(), "Cam Vàng Nà Khương", "FRUIT", "Cam chín cây", "thùng 5 kg", "5000",
                        "180.000", "20"),
                List.of(household.phone(), "Mật ong bạc hà", "honey", "Mật ong mùa hoa", "chai 500 ml", "700", "250000",
                        "12"),
                List.of(stranger, "Chè Shan tuyết", "TEA", "Chè cổ thụ", "gói 200 g", "250", "150000", "30"),
                List.of(household.phone(), "Gạo nếp", "RICE", "", "túi 2 kg", "hai cân", "80000", "5"));

        JsonPath preview = upload(helper, "PRODUCTS", "san-pham.xlsx", xlsx, ImportResource.XLSX).statusCode(201)
                .body("valid", equalTo(2)).body("refused", equalTo(2)).extract().jsonPath();
        assertEquals(List.of("phone", "category"), preview.getList("errors.field", String.class));
        JsonPath done = run(helper, preview.getLong("id"));
        assertEquals(2, done.getInt("created"));

        long again = upload(helper, "PRODUCTS", "san-pham.xlsx", xlsx, ImportResource.XLSX).statusCode(201).extract()
                .jsonPath().getLong("id");
        JsonPath second = run(helper, again);
        assertEquals(List.of(0, 2), List.of(second.getInt("created"), second.getInt("skipped")));

        String token = TestHouseholds.signInWithCode(household.phone());
        given().auth().oauth2(token).get("/api/household").then().statusCode(200)
                .body("acts.findAll { it.action == 'PRODUCT_CREATED' }.size()", equalTo(2));
    }

    @Test
    void aCooperativeImportsItsOwnProductsFromCsvButNoHouseholds() {
        TestShops.Shop coop = TestShops.open("HTX Chè Lũng Phìn " + TestShops.word(), TestShops.BAC_QUANG);
        String csv = "name;category;description;label;weightGrams;priceVnd;stock;phone\n"
                + "Chè Shan tuyết cổ thụ;TEA;Búp chè hái tay;gói 200 g;250;150000;40;\n";
        long id = upload(coop.owner(), "PRODUCTS", "che.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(201).body("valid", equalTo(1)).extract().jsonPath().getLong("id");
        assertEquals(1, run(coop.owner(), id).getInt("created"));
        upload(coop.owner(), "HOUSEHOLDS", "ho.csv", "phone,name,communeCode,village\n".getBytes(), "text/csv")
                .statusCode(403);
        given().auth().oauth2(TestHouseholds.helper().token()).get("/api/imports/{id}", id).then().statusCode(404);
    }

    @Test
    void filesThatAreNotSheetsTooLongOrZipBombsAreRefusedWithAReason() throws IOException {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        upload(helper, "HOUSEHOLDS", "ho.csv", TestImages.png(20, 20), "text/csv").statusCode(415)
                .contentType(containsString("problem+json")).body("detail", containsString("không phải CSV"));
        upload(helper, "HOUSEHOLDS", "ho.xlsx", zipOf("word/document.xml", "<w/>".getBytes()), ImportResource.XLSX)
                .statusCode(415);

        StringBuilder many = new StringBuilder("phone,name,communeCode,village\n");
        for (int i = 0; i < 10_001; i++) {
            many.append("09").append(String.format("%08d", i)).append(",Hộ ").append(i).append(",01153,Thôn\n");
        }
        upload(helper, "HOUSEHOLDS", "ho.csv", many.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .statusCode(413).body("detail", containsString("10.000"));

        upload(helper, "HOUSEHOLDS", "bom.xlsx", bomb(), ImportResource.XLSX).statusCode(413).body("detail",
                containsString("độc hại"));
    }

    @Test
    void templatesComeAsCsvAndExcelAndReadBackAsAPreview() throws IOException {
        TestAccounts.SignedIn helper = TestHouseholds.helper();
        byte[] csv = given().auth().oauth2(helper.token()).queryParam("kind", "HOUSEHOLDS").queryParam("format", "csv")
                .get("/api/imports/template").then().statusCode(200).extract().asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("phone,name,communeCode,village"));
        byte[] xlsx = given().auth().oauth2(helper.token()).queryParam("kind", "PRODUCTS").queryParam("format", "xlsx")
                .get("/api/imports/template").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("phone", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        upload(helper, "HOUSEHOLDS", "mau.csv", csv, "text/csv").statusCode(201).body("rows", equalTo(1));
    }

    private static ValidatableResponse upload(TestAccounts.SignedIn who, String kind, String name, byte[] content,
            String type) {
        return given().auth().oauth2(who.token()).multiPart("kind", kind).multiPart("file", name, content, type)
                .post("/api/imports").then().log().ifValidationFails();
    }

    private static JsonPath run(TestAccounts.SignedIn who, long id) {
        given().auth().oauth2(who.token()).post("/api/imports/{id}/start", id).then().statusCode(202);
        given().auth().oauth2(who.token()).post("/api/imports/{id}/start", id).then().statusCode(409);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> "DONE".equals(
                given().auth().oauth2(who.token()).get("/api/imports/{id}", id).then().extract().path("status")));
        return given().auth().oauth2(who.token()).get("/api/imports/{id}", id).then().statusCode(200)
                .body("done", equalTo(given().auth().oauth2(who.token()).get("/api/imports/{id}", id).then().extract()
                        .<Integer>path("valid")))
                .extract().jsonPath();
    }

    static byte[] xlsx(List<String> header, List<?>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("hang");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(String.valueOf(rows[r].get(c)));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A real template whose sheet is padded with 30 MB of spaces: a few tens of kilobytes packed. */
    private static byte[] bomb() throws IOException {
        byte[] template = ImportFiles.templateXlsx(ImportKind.HOUSEHOLDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith("sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 30; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
