package vn.chophien.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    /** Every Vietnamese vowel in every tone, lower and upper case, and đ/Đ: all fold to their bare ASCII letter. */
    @Test
    void foldsEveryVietnameseLetterToAscii() {
        String[][] families = {{"a", "aàáảãạăằắẳẵặâầấẩẫậ"}, {"e", "eèéẻẽẹêềếểễệ"}, {"i", "iìíỉĩị"},
                {"o", "oòóỏõọôồốổỗộơờớởỡợ"}, {"u", "uùúủũụưừứửữự"}, {"y", "yỳýỷỹỵ"}, {"d", "dđ"}};
        for (String[] family : families) {
            for (String letters : List.of(family[1], family[1].toUpperCase(Locale.ROOT))) {
                letters.codePoints().forEach(c -> assertEquals(List.of(family[0]),
                        SearchWords.of(Character.toString(c)), () -> "folding " + Character.toString(c)));
            }
        }
    }

    @Test
    void givesTheSameWordsWithOrWithoutDiacriticsAndCapitals() {
        List<String> expected = List.of("dac", "san", "ha", "giang");
        assertEquals(expected, SearchWords.of("Đặc sản Hà Giang"));
        assertEquals(expected, SearchWords.of("ĐẶC SẢN HÀ GIANG"));
        assertEquals(expected, SearchWords.of("dac san ha giang"));
        // decomposed input, as some phone keyboards send it, folds the same as composed
        assertEquals(expected, SearchWords.of(Normalizer.normalize("Đặc sản Hà Giang", Normalizer.Form.NFD)));
    }

    @Test
    void splitsAtPunctuationAndKeepsEachWordOnce() {
        assertEquals(List.of("cam", "vang", "10kg"), SearchWords.of("cam-vàng, CAM (vàng) 10kg!"));
        assertEquals(List.of("xa", "ea", "h", "leo"), SearchWords.of("Xã Ea H’Leo"));
    }

    @Test
    void hostileInputIsJustWords() {
        assertEquals(List.of("drop", "table", "product"), SearchWords.of("'; DROP TABLE product; --"));
        assertEquals(List.of("script", "alert", "1"), SearchWords.of("<script>alert(1)</script>"));
        assertEquals(List.of(), SearchWords.of("%_%  ' \" ;"));
        assertEquals(SearchWords.MAX_LENGTH, SearchWords.of("a".repeat(500)).get(0).length());
    }
}
