package vn.chophien.photo;

/**
 * How one photo's stored sizes are named: a display size, a medium size for a phone's screen, and a thumbnail, each
 * a key of its own under one name. The medium key is found from the display key, so photos stored before it existed
 * get theirs on first request ({@link PhotoResource}).
 */
public final class PhotoKeys {

    private static final String DISPLAY = "-d.jpg";
    private static final String MEDIUM = "-m.jpg";
    private static final String THUMBNAIL = "-t.jpg";

    private PhotoKeys() {
    }

    public static String display(String name) {
        return name + DISPLAY;
    }

    public static String thumbnail(String name) {
        return name + THUMBNAIL;
    }

    /** The medium size of the photo whose display size has this key. */
    public static String mediumOf(String displayKey) {
        return displayKey.endsWith(DISPLAY)
                ? displayKey.substring(0, displayKey.length() - DISPLAY.length()) + MEDIUM
                : displayKey;
    }

    /** The display key a medium key was made from; null when the key is not a medium size. */
    static String displayOf(String mediumKey) {
        return mediumKey.endsWith(MEDIUM)
                ? mediumKey.substring(0, mediumKey.length() - MEDIUM.length()) + DISPLAY
                : null;
    }
}
