package vn.chophien.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.chophien.web.Text;

/**
 * The words search compares: folded to ASCII without diacritics (đ → d), lower case, split at anything that is not a
 * letter or digit. "ĐẶC SẢN Hà Giang" and "dac san ha giang" give the same words, and hostile input is just words.
 */
public final class SearchWords {

    /** Longer words are cut here: the index column holds 40 characters. */
    public static final int MAX_LENGTH = 40;
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchWords() {
    }

    /** The distinct words of a text, in order of first appearance. */
    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(Text.fold(text).toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return new ArrayList<>(words);
    }
}
