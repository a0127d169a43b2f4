package vn.chophien.catalog;

import java.util.Locale;

import vn.chophien.web.Text;

/** Account holder names as Vietnamese banks and VietQR print them: capitals without diacritics, single spaces. */
public final class BankNames {

    private BankNames() {
    }

    public static String holder(String name) {
        return Text.fold(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", " ").replaceAll("\\s+", " ").strip();
    }
}
